"""Words of the other languages decks are written in: months, articles, a text's language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from trainer.core.card_frames import ENGLISH, FRAMES, OTHER_MONTH_SPELLINGS
from trainer.core.lexicon import frequency, is_known_word

# The months of France's Republican calendar, as French writes them mid-sentence.
REPUBLICAN_MONTHS = (
    *("vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse", "ventôse"),
    *("germinal", "floréal", "prairial", "messidor", "thermidor", "fructidor"),
)
# Month names of French (and its Republican calendar), German, Spanish and Italian, as
# written (`card_frames`): a day number beside one is a date's day, as beside an English
# month ("le 14 juillet 1789", "am 14 Juli 1789").
MONTHS_ABROAD = frozenset(
    {
        *(name for frame in FRAMES.values() if frame is not ENGLISH for name in frame.months),
        *REPUBLICAN_MONTHS,
        *OTHER_MONTH_SPELLINGS,
    }
)

# For each language, small words that no English text writes in lower case, two of which
# tell that a text is written in it, and the small words that open its sentences with a
# capital, as "The", "In" and "His" open an English one: "Le 14 juillet …", "Das Stück
# gilt …", "En América se formaron …", "Tras la ejecución …" open no name.
_WORDS_BY_LANGUAGE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    language: (frozenset(markers.split()), frozenset(openers.split()))
    for language, markers, openers in (
        (
            "fr",
            "le les des du une et est dans qui avec sur pour aux sont d'une",
            """Le La Les L Un Une Des Du Au Aux En Dans Pour Avec Sur Sous Après Avant
            Pendant Depuis Par Ce Cet Cette Ces Son Sa Ses Leur Leurs Il Elle Ils Elles
            On Quand Mais Et Chez Vers Selon""",
        ),
        (
            "de",
            "der das und ist den dem des ein eine einen nicht mit wurde sich auf zum zur im",
            "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines",
        ),
        (
            "es",
            "el los las del es por una fue desde pero que se con su sus en al y ya muy",
            """El La Los Las Un Una En Con Por Para Tras Desde Durante Según Ese Esa Este
            Esta Estos Estas Aquel Su Sus Al Del Lo Entre Hasta Sin Sobre Ante Como
            Cuando Pero""",
        ),
        (
            "it",
            "il gli della che sono nel degli una fu anche",
            """Il Lo La Gli Le Un Una Uno Nel Nella Nei Con Per Dopo Durante Questo Questa
            Suo Sua""",
        ),
    )
}
_LANGUAGES = tuple(_WORDS_BY_LANGUAGE.values())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ARTICLES = frozenset({"a", "an", "the"})


class _Word(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def sentence_start(self) -> bool: ...


def opening_articles(words: Sequence[_Word]) -> frozenset[int]:
    """The positions in `words` of an article, or another small word, that opens a sentence
    of a text written in its language: "Le" of "Le 5 mai 1789, les états généraux …",
    "Das" of "Das Stück gilt …", "En" of "En América …". No name starts with it there,
    unless the text writes it with a capital mid-sentence too ("le marquis de La
    Fayette"); an English text's `Los Angeles` or `La Paz` keeps its article, as no two
    French or Spanish small words stand around it."""
    lower = {word.text for word in words if word.text[:1].islower()}
    articles: set[str] = set()
    for markers, opening in _LANGUAGES:
        if len(lower & markers) >= 2:
            articles |= opening
    # One the text writes with a capital mid-sentence opens a name there: `La Fayette`.
    articles -= {word.text for word in words if not word.sentence_start}
    if not articles:
        return frozenset()
    return frozenset(
        index for index, word in enumerate(words) if word.sentence_start and word.text in articles
    )


def reads_as_english(text: str) -> bool:
    """Whether the words of a template's own text read as English: half at least of its
    words in small letters (and its first word), its articles aside, are English words.
    "Qui a {action} ?" and "C'est {qui} qui a {action}." are French, where `a` is a verb,
    never an article to make `an`; a text with no such word is taken for English."""
    share = english_share(text)
    return share is None or share >= 0.5


def english_share(text: str, *, least_count: int = 0) -> float | None:
    """The share of English words among a text's words in small letters (and its first
    word), its articles aside (see `reads_as_english`); None when it has no such word.
    With `least_count`, a word counts only if English writes it that often at least (the
    word list's count): the list holds "lieu", "eu" and "che" too."""
    words = _WORD.findall(text)
    judged = [
        word.casefold()
        for position, word in enumerate(words)
        if (position == 0 or word[:1].islower()) and word.casefold() not in _ARTICLES
    ]
    if not judged:
        return None
    english = [word for word in judged if is_known_word(word)]
    if least_count:
        english = [word for word in english if frequency(word) >= least_count]
    return len(english) / len(judged)


# Small words of English that no other language decks are written in shares.
_ENGLISH_MARKERS = frozenset(
    "the of and is that with for by from which were his their this are has have been".split()  # noqa: SIM905
)
# More small words of each language, which tell a text's language (`text_language`)
# though too few to mark the articles that open its sentences (`opening_articles`); and
# words it shares with another's markers ("en" and "que" are French as much as Spanish),
# so that they tell neither.
_MORE_MARKERS = {
    "fr": "à au ces leur ont était cette en que se il",
    "de": "bei nach auch war wurden aus für über es",
    "es": "para entre hasta sobre como más fueron después también cuando hacia aunque sin tras",
    "it": "dei delle nella nelle alla dalla sul sulla è furono divenne se con su al",
}
# Each language's markers that no other's has ("des" is French and German, "una"
# Spanish and Italian): what tells one from the other.
_ALL_MARKERS = {
    language: markers | frozenset(_MORE_MARKERS[language].split())
    for language, (markers, _) in _WORDS_BY_LANGUAGE.items()
}
_OWN_MARKERS = {
    language: markers.difference(
        *(other for code, other in _ALL_MARKERS.items() if code != language)
    )
    for language, markers in _ALL_MARKERS.items()
}


# A month written in small letters tells its language as a small word does ("le 14
# juillet 1790"): one month of one language alone (not "marzo", Spanish and Italian;
# nor "mai", French and German, and Italian's "never"), and no word English writes
# often (not "mars": 4,439 in the word list, where "julio" has 478). Named here, not
# looked up: reading the word list when this module is imported would cost every
# process that imports the compiler 27 MiB and 60 ms.
_ENGLISH_TOO = frozenset({"mars"})
_MONTH_LANGUAGES = Counter(
    month.casefold()
    for frame in FRAMES.values()
    if frame is not ENGLISH
    for month in set(frame.months)
)
_MONTH_MARKERS = {
    month: frame.language
    for frame in FRAMES.values()
    if frame is not ENGLISH
    for month in frame.months
    if month.islower() and _MONTH_LANGUAGES[month] == 1 and month not in _ENGLISH_TOO
}
# Every marker's language ("en" for English's), and one search for them all: a text's
# markers are found at C speed, not by counting every word it holds.
_MARKER_LANGUAGE = (
    dict.fromkeys(_ENGLISH_MARKERS, "en")
    | {word: language for language, markers in _OWN_MARKERS.items() for word in markers}
    | _MONTH_MARKERS
)
_MARKER = re.compile(
    r"(?<![^\W\d_'’])(?:"
    + "|".join(sorted(map(re.escape, _MARKER_LANGUAGE), key=len, reverse=True))
    + r")(?![^\W\d_'’])"
)


def marker_counts(text: str) -> Counter[str]:
    """How many small words of each language (`_MARKER_LANGUAGE`) a text writes."""
    return Counter(_MARKER_LANGUAGE[word] for word in _MARKER.findall(text))


@lru_cache(maxsize=4096)
def text_language(text: str) -> str:
    """The language a text is written in, as a code ("en", "fr", "de", "es", "it"): the
    one whose own small words it writes most often, two times at least and more often than
    English's ("La Revolución de Mayo estalló en Buenos Aires …" is Spanish); English for
    any other text, one that quotes French names included."""
    return language_of(remembered_marker_counts(text))


@lru_cache(maxsize=1024)
def remembered_marker_counts(text: str) -> Counter[str]:
    """`marker_counts`, remembered for a text read again and again (an excerpt, for each
    card made from it: a GIFT matching question of 4,000 pairs is 4,000 cards of one
    excerpt, read whole for each, 49 s). Read only: add to it, never change it."""
    return marker_counts(text)


def language_of(counts: Counter[str]) -> str:
    """The language whose small words `counts` holds most (see `text_language`)."""
    best, most = "en", max(1, counts["en"])
    for language in _OWN_MARKERS:
        if counts[language] > most:
            best, most = language, counts[language]
    return best

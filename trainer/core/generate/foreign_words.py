"""Words of the other languages decks are written in: months, articles, and English told apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from trainer.core.lexicon import is_known_word

# Month names of French (and its Republican calendar, written in small letters), German,
# Spanish and Italian: a day number beside one is a date's day, as beside an English
# month ("le 14 juillet 1789", "am 14 Juli 1789").
MONTHS_ABROAD = frozenset(
    """janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre vendémiaire brumaire frimaire nivôse pluviôse ventôse germinal floréal
    prairial messidor thermidor fructidor Januar Jänner Februar März April Mai Juni Juli
    August September Oktober November Dezember enero febrero marzo abril mayo junio julio
    agosto septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile
    maggio giugno luglio settembre ottobre dicembre""".split()  # noqa: SIM905
)

# For each language, small words that no English text writes in lower case, two of which
# tell that a text is written in it, and the small words that open its sentences with a
# capital, as "The", "In" and "His" open an English one: "Le 14 juillet …", "Das Stück
# gilt …", "En América se formaron …", "Tras la ejecución …" open no name.
_LANGUAGES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(markers.split()), frozenset(openers.split()))
    for markers, openers in (
        (
            "le les des du une et est dans qui avec sur pour aux sont d'une",
            """Le La Les L Un Une Des Du Au Aux En Dans Pour Avec Sur Sous Après Avant
            Pendant Depuis Par Ce Cet Cette Ces Son Sa Ses Leur Leurs Il Elle Ils Elles
            On Quand Mais Et Chez Vers Selon""",
        ),
        (
            "der das und ist den dem des ein eine einen nicht mit wurde sich auf zum zur im",
            "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines",
        ),
        (
            "el los las del es por una fue desde pero que se con su sus en al y ya muy",
            """El La Los Las Un Una En Con Por Para Tras Desde Durante Según Ese Esa Este
            Esta Estos Estas Aquel Su Sus Al Del Lo Entre Hasta Sin Sobre Ante Como
            Cuando Pero""",
        ),
        (
            "il gli della che sono nel degli una fu anche",
            """Il Lo La Gli Le Un Una Uno Nel Nella Nei Con Per Dopo Durante Questo Questa
            Suo Sua""",
        ),
    )
)

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
    words = _WORD.findall(text)
    judged = [
        word.casefold()
        for position, word in enumerate(words)
        if (position == 0 or word[:1].islower()) and word.casefold() not in _ARTICLES
    ]
    if not judged:
        return True
    known = sum(1 for word in judged if is_known_word(word))
    return 2 * known >= len(judged)

"""Values that a card's answer may hold or be held by: no fair wrong option or swap.

Two values of one field are not always rivals. "The execution of Louis XVI took place in
Paris" is true though the fact says "the Place de la Révolution", and a card offering both
has two right answers. Words cannot tell which town holds which square, but they tell two
things:

- the card's own excerpt says the value beside the answer: within two words of it in
  one sentence ("the Place de la Révolution in Paris", "Marat and Danton", "Nantes, on
  the Loire"), so that the one describes, holds or accompanies the other. Values named
  further apart in one sentence are separate facts ("Robespierre fell on 27 July 1794,
  and Marie Antoinette died on 16 October 1793") and stay fair;
- the answer is a site within a town (a square, a palace, a street: "the Place de la
  Révolution", "the Tuileries Palace"), and the value a place of a higher level that may
  hold it: a name with no kind of place nor article in it ("Paris"; it may be a town, a
  region or a country), a region or a country ("the Kingdom of France"). A square is never the
  place of a town, so the other way round is fair. So with waters: a sea, a gulf, a bay
  or a strait may lie in any ocean ("the Gulf of Mexico" in "the Atlantic Ocean", "the
  North Sea" in "the Atlantic"); and with land: a continent may hold any other place
  ("Egypt" in "Africa", "the Kingdom of France" in "Europe"). Again a sea is never
  where an ocean is, nor a country where a continent is, so the reverse is fair.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from fractions import Fraction
from functools import lru_cache

from trainer.core.answering.approximate import is_approximate
from trainer.core.answering.normalise import fold
from trainer.core.answering.regions import CONTINENTS, COUNTRIES
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.answering.words import answer_words
from trainer.core.authored import Fact
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.bound_growth import looser_bound
from trainer.core.generate.field_display import date_in_words
from trainer.core.generate.option_rules import core_words, signed_fold_once
from trainer.core.generate.phrase_places import phrase_starts
from trainer.core.generate.state_parts import held_by_state
from trainer.core.generate.surnames import surname_of
from trainer.core.generate.value_classes import number_in

# At most this many words between the answer and a value said beside it: "in", "on the",
# "and", "'s". Three let in two clauses ("under distractors, or asks, with draw").
NEAREST_WORDS = 2
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")

# Kinds of place within a town, written after a name ("the Tuileries Palace") or before
# it, as French, Italian, Spanish and German names write them ("the Place de la
# Révolution", "Piazza Navona", "Plaza Mayor"). Folded.
_SITE_KINDS = frozenset(
    """square place plaza piazza platz placa street rue road avenue boulevard lane strasse
    via calle bridge pont ponte palace palais palazzo palacio castle chateau schloss
    castello tower church eglise cathedral basilica abbey chapel temple mosque
    synagogue monastery convent prison gaol jail conciergerie hospital hotel theatre
    theater museum library park garden gardens champ market marketplace gate quay quai
    arena stadium cemetery station barracks arsenal courtyard salle manege forum
    amphitheatre""".split()  # noqa: SIM905
)
# Kinds of place that hold towns: regions, and countries.
_REGION_KINDS = frozenset(
    """province region county department departement duchy shire district canton
    oblast governorate prefecture valley""".split()  # noqa: SIM905
)
_COUNTRY_KINDS = frozenset(
    """kingdom empire republic country nation confederation federation principality
    dominion""".split()  # noqa: SIM905
)
# Continents, by their names (folded, as grading knows them) or their kind.
_CONTINENT_NAMES = CONTINENTS | {"americas", "eurasia", "australasia"}
_CONTINENT_KINDS = frozenset({"continent"})
# Countries by their names alone, as grading knows them, but for those that also name a
# town (Luxembourg, Mexico for Mexico City), a state of the United States (Georgia) or
# the whole Americas: such a name may stand for a town, so it stays a bare name.
_ALSO_TOWNS = frozenset(
    """luxembourg monaco singapore djibouti kuwait panama guatemala mexico andorra
    america georgia""".split()  # noqa: SIM905
) | {"san marino", "vatican city"}
_COUNTRY_NAMES = COUNTRIES - _ALSO_TOWNS
_SITE, _NAMED, _REGION, _COUNTRY, _CONTINENT = 1, 2, 3, 4, 5
COUNTRY_LEVEL = _COUNTRY


@lru_cache(maxsize=1 << 12)
def place_level(value: str) -> int | None:
    """How high a place `value` names: 1 a site within a town, 2 a bare name (a town, or
    larger), 3 a region, 4 a country (by its kind, or by its name alone: "Poland"), 5 a
    continent; None for a value that reads as no place's name (lower-case words, a
    number)."""
    words = core_words(value).split()
    if not words:
        return None
    if " ".join(words) in _CONTINENT_NAMES:
        return _CONTINENT
    if " ".join(words) in _COUNTRY_NAMES:
        return _COUNTRY  # "Poland" holds any town: no false place for "New York"
    for kinds, level in (
        (_SITE_KINDS, _SITE),
        (_REGION_KINDS, _REGION),
        (_COUNTRY_KINDS, _COUNTRY),
        (_CONTINENT_KINDS, _CONTINENT),
    ):
        if words[0] in kinds or words[-1] in kinds:
            return level
    # A town's name takes no article: "the Louvre", "the Bastille" and "the Vendée" may
    # be a building or a region, whose level words cannot tell.
    written = [word for word in value.split() if word[:1].isalpha()]
    if (
        written
        and written[0][0].isupper()
        and written[-1][0].isupper()
        and written[0].casefold() not in ARTICLES
    ):
        return _NAMED
    return None


def may_hold(answer: str, value: str) -> bool:
    """Whether `value` may name a place holding the one `answer` names: the answer a site
    within a town, and the value a bare name, a region or a country; or the answer a
    named place, a region or a country, and the value of a kind higher still (a
    continent); or the answer a sea, a gulf, a bay or a strait, and the value an ocean
    ("The Mississippi flows into the Atlantic Ocean" is true of the Gulf of Mexico)."""
    if _is_water(answer, _MARGINAL_WATERS) and _is_ocean(value):
        return True
    if held_by_state(answer, value):
        return True  # "Britain" for "Scotland", "Russia" for "the Soviet Union"
    own = place_level(answer)
    if own is None or (own == _NAMED and (place_level(value) or 0) < _REGION):
        return False
    other = place_level(value)
    return other is not None and other > own


# Waters an ocean holds. Folded.
_MARGINAL_WATERS = frozenset(
    "sea gulf bay bight strait straits channel sound firth lagoon estuary".split()  # noqa: SIM905
)
# An ocean by its kind ("the Indian Ocean"), or by a name said alone as often ("the
# Atlantic", "the South Pacific"; the Arctic holds its seas whatever it names).
_OCEANS = frozenset({"ocean"})
_OCEAN_NAMES = frozenset({"atlantic", "pacific", "arctic", "antarctic"})
_OCEAN_SIDES = frozenset({"north", "south"})


def _is_water(value: str, kinds: frozenset[str]) -> bool:
    """Whether `value` names a body of water of one of `kinds`, by its first or last word
    ("Gulf of Mexico", "North Sea")."""
    words = core_words(value).split()
    return bool(words) and (words[0] in kinds or words[-1] in kinds)


def _is_ocean(value: str) -> bool:
    """Whether `value` names an ocean: "the Pacific Ocean", "the Atlantic", "North Pacific"."""
    if _is_water(value, _OCEANS):
        return True
    words = core_words(value).split()
    return bool(words) and words[-1] in _OCEAN_NAMES and set(words[:-1]) <= _OCEAN_SIDES


def may_be_true_too(answer: str, value: str) -> bool:
    """Whether a statement with `value` in the place of `answer` may be true as well: a
    place that may hold the answer's (`may_hold`), a looser upper bound ("O(n^2)" for
    "O(n log n)", still an upper bound), or an amount within what an approximate one
    allows ("about 6,300 km" for "about 6,400 km": `within_approximation`)."""
    return (
        may_hold(answer, value)
        or looser_bound(answer, value)
        or within_approximation(answer, value)
    )


# How far "about" reaches: an amount within a tenth of an approximate one may be it.
_APPROXIMATION = Fraction(1, 10)


def within_approximation(answer: str, value: str) -> bool:
    """Whether one of two amounts is given as approximate ("about 6,400 km") and the
    other is within a tenth of it: "The Amazon is about 6,300 km long" is no false
    statement a learner can judge."""
    if not (is_approximate(answer_words(answer)) or is_approximate(answer_words(value))):
        return False
    first, second = number_in(answer), number_in(value)
    if first is None or second is None or first == second:
        return False
    return abs(first - second) <= _APPROXIMATION * max(abs(first), abs(second))


def said_beside(
    answer: str, value: str, text: str, own: tuple[Iterable[Fact], str] | None = None
) -> bool:
    """Whether a sentence of `text` (an excerpt's) names `value` within NEAREST_WORDS
    words of `answer`; ISO dates are sought as a reader writes them. Not where that
    sentence ties the value to the excerpt's own fact that gives it (`own`: the
    excerpt's facts and the field), saying beside it a value of that fact's no other
    fact has: "je suis, tu es, il est" lists each fact's form by its person, where
    "beaten at Savenay, near Nantes" says Nantes of no fact of its own, and it may be
    right as well."""
    sentences = _sentences_beside(answer, value, text)
    first = next(sentences, None)
    if first is None or own is None:
        return first is not None
    sentences = itertools.chain((first,), sentences)
    facts = list(own[0])
    field_name = own[1]
    key = fold(value)
    holders = [fact for fact in facts if fold(fact.values.get(field_name, "")) == key]
    held = {id(fact) for fact in holders}
    # Only a value its own fact alone has ties it: "tu", not the "être" of every form.
    shared = {
        (name, other)
        for fact in facts
        if id(fact) not in held
        for name, other in fact.values.items()
    }
    others = [
        _words(other)
        for fact in holders
        for name, other in fact.values.items()
        if name != field_name and (name, other) not in shared
    ]
    needle = _words(value)
    return any(
        not any(other and _near(sentence, other, needle) for other in others)
        for sentence in sentences
    )


def may_be_named_in(value: str, text: str) -> bool:
    """False when no sentence of `text` (an excerpt's) names `value`, in full or by
    surname: then neither `said_beside` nor `refers_back` holds of it, and a caller
    asking both passes over it at once. Most values are nowhere in the excerpt: asked
    first, it spares 8,216 pairs of calls at 10,000 cards (with `refers_back`'s own
    early exit, `like_facts._not_rival` went from 79 ms to 50, timed with wrappers)."""
    mentions = _mentions(value)
    if not mentions:
        return False
    # Each sentence between spaces is a piece of the whole text between spaces.
    whole = _padded(_sentences(text))
    return any(mention in whole for mention in mentions)


def _sentences_beside(answer: str, value: str, text: str) -> Iterator[str]:
    """The (folded) sentences of `text` that name `value` near `answer`, one by one."""
    needle = _words(value)
    truth = _words(answer)
    if not needle or not truth:
        return
    sentences = _sentences(text)
    # Most values are nowhere in the excerpt: one search of its whole text says so.
    phrase = _phrase(value)
    if phrase not in _padded(sentences):
        return
    # (`_phrase` is each phrase between spaces, as the loop seeks it in every sentence.)
    truth_phrase = _phrase(answer)
    for sentence in sentences:
        padded = f" {sentence} "
        if phrase not in padded or truth_phrase not in padded:
            continue
        if _near(sentence, needle, truth):
            yield sentence


def _near(sentence: str, first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether the two phrases stand within NEAREST_WORDS words of each other."""
    for start in phrase_starts(sentence, first):
        for other in phrase_starts(sentence, second):
            gap = other - start - len(first) if start < other else start - other - len(second)
            if 0 <= gap <= NEAREST_WORDS:
                return True
    return False


@lru_cache(maxsize=1 << 12)
def _words(value: str) -> tuple[str, ...]:
    return tuple(core_words(date_in_words(value) or value).split())


@lru_cache(maxsize=1 << 12)
def _phrase(value: str) -> str:
    return f" {' '.join(_words(value))} "


@lru_cache(maxsize=256)
def _padded(sentences: tuple[str, ...]) -> str:
    return f" {' '.join(sentences)} "


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[str, ...]:
    """The folded sentences of an excerpt's text; kept, as each card of it asks again."""
    return tuple(signed_fold_once(sentence) for sentence in _SENTENCE_END.split(plain_text(text)))


# Words by which a sentence takes up what the one before it did: the same thing ("had made
# the same gas", not "at the same temperature"), a verb done to it ("popularised it",
# not "around it"), or the doing again ("also", "independently").
_BACK_REFERENCE = re.compile(
    r"\bthe same (?!(?:temperature|pressure|time|year|day|way|size|rate|amount|volume"
    r"|number|place|age|period|century|month|distance|speed)\b)[a-z]+"
    r"|\b[a-z]+ed it\b|\b(?:also|likewise|independently)\b"
)


def refers_back(answer: str, value: str, text: str) -> bool:
    """Whether a sentence of `text` (an excerpt's) names the person `value`, not
    `answer`, right after a sentence naming `answer`, and takes up what that one said:
    "In 1774 Joseph Priestley made oxygen at Calne. Carl Wilhelm Scheele had made the
    same gas a little earlier in Uppsala." Scheele may be right as well; a person is
    named in full or by surname, and sentences opening with a pronoun
    ("He called it dephlogisticated air.") go on about the person before them."""
    truth, other = _mentions(answer), _mentions(value)
    if not truth or not other:
        return False
    # Most values are nowhere in the excerpt: one search of its whole text says so, rather
    # than reading it sentence by sentence for each of 8,216 values at 10,000 cards.
    if not may_be_named_in(value, text):
        return False
    about_answer = False  # the sentence before names the answer, or goes on about it
    for sentence in _sentences(text):
        names_answer = _names(sentence, truth)
        if (
            about_answer
            and not names_answer
            and _names(sentence, other)
            and _BACK_REFERENCE.search(sentence) is not None
        ):
            return True
        # "He called it dephlogisticated air.": still the answer's deed.
        about_answer = names_answer or (about_answer and sentence.startswith(_GOING_ON))
    return False


_GOING_ON = ("he ", "she ", "they ", "his ", "her ", "their ")


@lru_cache(maxsize=1 << 12)
def _mentions(name: str) -> tuple[str, ...]:
    """How a sentence may name a person: in full, or by surname (`surname_of`)."""
    if not _words(name):
        return ()
    surname = surname_of(name)
    return (_phrase(name), _phrase(surname)) if surname else (_phrase(name),)


def _names(sentence: str, mentions: tuple[str, ...]) -> bool:
    padded = f" {sentence} "
    return any(mention in padded for mention in mentions)

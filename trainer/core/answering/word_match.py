"""Comparing one typed word with one expected word: same, a spelling variant, another form,
a typo, or another word.

British and American spellings of one word ("colour", "color") are the same word
(`lexicon.same_word`): right, and not even a slip.

Each word has its own typo allowance, counted in Damerau–Levenshtein (OSA) edits, where
swapping two neighbouring letters is one edit ("Lipetks"). A typed word that is itself
a different real English word is never a typo of a real word ("Prussian" for
"Russian", "affect" for "effect"): the lexicon says which words are real. Nor is a word
that differs from the answer's by a part that makes another term ("hydrophilic" for
"hydrophobic", "suborbital" for "orbital": see `morphemes`). When the expected word is
not in the lexicon and may be a name, a real word near it is taken for the slip it
most likely is; so is a common word typed for a surname ("Arthur Homes"). A `term`, a
word the answer writes in lower case, is no name: a real word near it is another term
("stoma" for "stroma"), however rare both are.
"""

from __future__ import annotations

import math
import re
from enum import IntEnum
from fractions import Fraction
from functools import lru_cache

from rapidfuzz.distance import OSA

from trainer.core.answering.action_nouns import action_of_verb
from trainer.core.answering.dates_in_text import same_month_or_day
from trainer.core.answering.directions import direction, way_of_change
from trainer.core.answering.learned_adjectives import of_the_same_thing
from trainer.core.answering.morphemes import another_term
from trainer.core.answering.transliteration import name_key
from trainer.core.answering.verb_meanings import same_meaning
from trainer.core.answering.word_lists import (
    A_NEGATES_ENDINGS,
    ABBREVIATED_WORDS,
    BRITISH_RE_WORDS,
    LINKING_VERB_GROUPS,
    NEGATING_PREFIXES,
    SAME_WORDS,
)
from trainer.core.lexicon import NAME_CEILING, frequency, is_known_word, same_word
from trainer.core.name_forms import familiar_form_of
from trainer.core.records import record

# Words shorter than this must be typed exactly, but for one swap of neighbouring
# letters in a common word that makes no other word ("oli" for "oil"): a wrong,
# doubled or like-sounding letter in "Ufa" or "Cs" is another name or symbol.
MIN_TYPO_LENGTH = 4
# pyspellchecker's list gives its rarest words, many of them names, this count: a word
# seen no more often is too obscure to be a learner's intended answer ("Bern" for
# "Berne", "Kuybyshev" for "Kuibyshev" are spellings of one name).
RAREST_COUNT = 50
_DOUBLED = re.compile(r"(.)\1+")
_RE_ENDING = re.compile(r"re[sd]?$")
_ER_ENDING = re.compile(r"er(?:s|ed)?$")
# Long words only: short rare words a letter apart are often two names (Mali, Malta).
_MIN_RARE_SPELLING_LENGTH = 8
# Endings that make a plural of the same word (tenses and modifiers: see `_other_form`).
_PLURAL_ENDINGS = ("s", "es")
# Latin and Greek plurals: bacterium / bacteria, criterion / criteria, nucleus / nuclei,
# axis / axes, larva / larvae.
_LATIN_PLURALS = (("um", "a"), ("on", "a"), ("us", "i"), ("is", "es"), ("a", "ae"))
_MIN_LATIN_STEM = 5
_MIN_STEM = 3
# A verb and the nouns made of it, past a shared stem ("vaccine", "vaccination";
# "circulates", "circulation"; "agreed", "agreement"; "dividing", "division"). The
# stem is long and its verb a known word, so that "companion" and "companies", which
# share "compan", are not one word.
_INFLECTED_ENDINGS = frozenset({"", "e", "s", "es", "ed", "d"})
_DERIVED_ENDINGS = frozenset(
    {"ing", "ings", "ion", "ions", "tion", "tions", "ation", "ations", "ment", "ments"}
)
_VERB_ENDINGS = ("", "e")
_MIN_DERIVED_STEM = 5
# A participle in -ing is the verb itself, so a shorter verb will do ("wilts", "wilting";
# "heats", "heating"): no noun of another sense hides behind four letters and -ing as
# behind -ion or -ment.
_PARTICIPLE_ENDINGS = frozenset({"ing"})
_MIN_PARTICIPLE_STEM = 4
# A verb in -de and its noun in -sion: divide / division, invade / invasion.
_DE_ENDINGS = frozenset({"de", "des", "ded", "ding"})
_SION_ENDINGS = frozenset({"sion", "sions"})


class Kind(IntEnum):
    """How a typed word matched an expected one, from best to worst."""

    SAME = 0
    REGIONAL = 1  # the British or American spelling of the word (colour, color)
    INITIAL = 2  # the initial of a name ("W. Shakespeare")
    VARIANT = 3  # another spelling of the same name (Kuybyshev, Lipeck, Bern)
    FORM = 4  # another form of the word (Russian/Russians, capitulate/capitulated)
    TYPO = 5  # within the word's typo allowance


class Refusal(IntEnum):
    """Why a typed word close to the expected one is still not it."""

    OTHER_WORD = 1  # a different real word ("prussian" for "russian")
    NEGATED = 2  # the word with a negating prefix ("unnatural" for "natural")
    # Another term by its parts: an opposite morpheme ("hydrophilic" for "hydrophobic"),
    # a prefix added ("orbital" for "suborbital"), another compound ("sulphite").
    OTHER_TERM = 3
    # Another form of the word where the question asks for one form (see form_questions).
    OTHER_FORM = 4


@record
class WordMatch:
    kind: Kind
    edits: int = 0


@record
class WordRefusal:
    reason: Refusal


@lru_cache(maxsize=1024)
def word_allowance(length: int, typo_tolerance: float) -> int:
    """Edits allowed in a word of this many letters: 0 below 4 letters, else the
    tolerance's share of its length, rounded, and at least 1 (1 up to 9 letters, 2 up
    to 16, 3 up to 23 at the default 0.15)."""
    if length < MIN_TYPO_LENGTH or typo_tolerance <= 0:
        return 0
    return max(1, math.floor(length * Fraction(str(typo_tolerance)) + Fraction(1, 2)))


def match_word(
    expected: str,
    typed: str,
    typo_tolerance: float,
    *,
    modifier_forms: bool = False,
    surname: bool = False,
    term: bool = False,
    name: bool = False,
    acronym: bool = False,
) -> WordMatch | WordRefusal | None:
    """How `typed` matches `expected` (both folded words); a refusal when it is close but
    another word; None when it is not close at all. A `surname` (after a given name) may
    slip into a common word ("Arthur Homes" for "Arthur Holmes": nobody means "homes"
    there), never into another name ("Claude Manet" for "Claude Monet"). A `term` is
    written in lower case by the answer: no name, so no real word is a slip for it. A
    `name` (a person's, asked "Who …?") has no parts of a term: "Thucydites" is a slip
    of "Thucydides", where "sulfite" is another compound than "sulfide". An `acronym`
    (written in capitals) takes no slip: "AND" is another gate than "NAND"."""
    # Another real word is no typo, but for a name typed as a common word.
    other_word = not (surname and frequency(expected) < NAME_CEILING <= frequency(typed))
    if typed == expected:
        return WordMatch(Kind.SAME)
    if acronym:
        return _acronym_match(expected, typed)
    if _same_way(expected, typed) or same_meaning(expected, typed):
        return WordMatch(Kind.FORM)  # "it goes down" for "it falls", "create" for "set up"
    if of_the_same_thing(expected, typed) or action_of_verb(expected, typed):
        return WordMatch(Kind.FORM)  # "hepatic" for "liver", "selling" for "sale"
    if not (typed.isalpha() and expected.isalpha()):
        return None  # numbers are facts: "1927" is no typo of "1926"
    if same_word(expected, typed):
        if _slip_like_an_re_spelling(expected, typed):
            return WordMatch(Kind.TYPO, 1)
        return WordMatch(Kind.REGIONAL)
    if typed in SAME_WORDS.get(expected, ()) or ABBREVIATED_WORDS.get(typed) == expected:
        return WordMatch(Kind.REGIONAL)  # "around" for "round", "art" for "article"
    if same_month_or_day(expected, typed):
        return WordMatch(Kind.REGIONAL)  # "1 Apr" for "1 April", "Mon" for "Monday"
    if familiar_form_of(expected, typed):
        return WordMatch(Kind.VARIANT)  # "Bill Clinton" for "William Clinton": his name
    if any(expected in group and typed in group for group in LINKING_VERB_GROUPS):
        return WordMatch(Kind.FORM)  # "it becomes floppy" for "it goes floppy"
    if negated_pair(expected, typed):
        return WordRefusal(Refusal.NEGATED)
    if not name and another_term(expected, typed):
        return WordRefusal(Refusal.OTHER_TERM)
    if _other_form(expected, typed, modifier_forms):
        return WordMatch(Kind.FORM)
    if len(expected) < MIN_TYPO_LENGTH:
        return _short_word_match(expected, typed, typo_tolerance)
    if _undoubled(expected) == _undoubled(typed):
        # A letter doubled or not ("Monnet", "Rheinmetal"): a slip, unless it makes
        # another common word ("latter" for "later").
        if _both_attested(expected, typed) and other_word:
            return WordRefusal(Refusal.OTHER_WORD)
        return WordMatch(Kind.TYPO, 1)
    if name_key(expected) == name_key(typed):
        if frequency(typed) > RAREST_COUNT and is_known_word(expected) and other_word:
            return WordRefusal(Refusal.OTHER_WORD)  # wine / vine, Greece / Greek
        return WordMatch(Kind.VARIANT)
    allowance = word_allowance(len(expected), typo_tolerance)
    if allowance == 0:
        return None
    edits = min(
        OSA.distance(expected, typed, score_cutoff=allowance + 1),
        OSA.distance(name_key(expected), name_key(typed), score_cutoff=allowance + 1),
        1 if _letters_swapped_across_one(expected, typed) else allowance + 1,
    )
    if edits > allowance:
        return None
    if (
        is_known_word(typed)
        and other_word
        and (term or (is_known_word(expected) and not _rare_spellings(expected, typed)))
    ):
        return WordRefusal(Refusal.OTHER_WORD)
    return WordMatch(Kind.TYPO, edits)


def _acronym_match(expected: str, typed: str) -> WordMatch | WordRefusal | None:
    """An acronym's plural ("CPUs"), or a letter more or less that writes another one."""
    if typed == expected + "s":
        return WordMatch(Kind.FORM)
    near = OSA.distance(expected, typed, score_cutoff=1) <= 1
    return WordRefusal(Refusal.OTHER_TERM) if near else None


def _same_way(expected: str, typed: str) -> bool:
    """Two words that say the same way of change, one of them a verb of direction: "it
    decreases" or "it goes down" for "it falls", "higher prices" for "prices rise". (Two
    comparatives are left to their letters: "greater" and "higher" are other words.)"""
    if direction(expected) is None and direction(typed) is None:
        return False
    way = way_of_change(expected)
    return way is not None and way == way_of_change(typed)


def _slip_like_an_re_spelling(expected: str, typed: str) -> bool:
    """Whether a typo is a slip like "formre" for "former": letters swapped that the
    lexicon's -er/-re rule takes for a British spelling, though no British word is spelt so."""
    re_form = next((w for w in (typed, expected) if _RE_ENDING.search(w)), None)
    if re_form is None or not _ER_ENDING.search(expected if re_form == typed else typed):
        return False
    bare = _RE_ENDING.sub("re", re_form)
    return not bare.endswith(BRITISH_RE_WORDS)


def _short_word_match(expected: str, typed: str, typo_tolerance: float) -> WordMatch | None:
    """A word of one to three letters ("Cs", "DNA", "Ufa") is typed exactly: a letter more,
    less, doubled or sounding alike makes another symbol, code or name ("C", "Css", "X"
    for "Cs"). Only a common word ("oil") may have two neighbouring letters swapped
    into no other word ("oli")."""
    if (
        typo_tolerance > 0
        and _one_swap(expected, typed)
        and frequency(expected) > RAREST_COUNT
        and not is_known_word(typed)
    ):
        return WordMatch(Kind.TYPO, 1)
    return None


def is_initial(expected: str, typed: str) -> bool:
    """A single typed letter standing for a name ("W. Shakespeare")."""
    return len(typed) == 1 and len(expected) > 1 and expected.isalpha() and expected[0] == typed


def is_other_form(a: str, b: str) -> bool:
    """True when one word is a plural or past tense of the other."""
    return _other_form(a, b, modifier_forms=False)


def _other_form(expected: str, typed: str, modifier_forms: bool) -> bool:
    short, long = sorted((expected, typed), key=len)
    if len(short) == len(long) and {short[-3:], long[-3:]} == {"man", "men"}:
        return len(short) > 3 and short[:-3] == long[:-3]  # chairman / chairmen
    if long.endswith("cratic") and short in (long[:-2], long[:-2] + "s"):
        return True  # democratic / democrats: "the Democrats" for the Democratic Party
    if _present_participle(short, long):
        return True  # move / moving, run / running, moves / moving
    if len(short) < _MIN_STEM or not long.startswith(short[:-1]):
        return _derived_form(short, long)
    ending = long[len(short) :]
    if long.startswith(short) and ending in _PLURAL_ENDINGS:
        return True  # russian / russians, gas / gases
    if short.endswith("y") and long == short[:-1] + "ies":
        return True  # colony / colonies
    if len(short) >= _MIN_LATIN_STEM and any(
        {short, long} == {stem + a, stem + b}
        for a, b in _LATIN_PLURALS
        for stem in (short[: len(short) - len(a)], short[: len(short) - len(b)])
    ):
        return True  # mitochondrion / mitochondria, nucleus / nuclei
    past = ending == "ed" or (ending == "d" and short.endswith("e"))
    if long == expected and long.startswith(short) and past:
        return True  # "capitulate" for "capitulated"; not "effected" for "effect"
    if modifier_forms and long.startswith(short):
        # Russia / Russian, German / Germany: "Communist Party of Germany" for "German
        # Communist Party". Only inside a longer answer: alone, "Austrian" is not a country.
        return (ending == "n" and short.endswith("a")) or (ending == "y" and short.endswith("an"))
    return _derived_form(short, long)


def _present_participle(short: str, long: str) -> bool:
    """Whether `long` is the -ing form of the verb `short` is a form of: "moving" of
    "move", "moves" or "moved"; "running" of "run". A stem of three letters is no verb
    to share ("hating" is not of "hats") unless the -ing form doubles its last letter."""
    if not long.endswith("ing"):
        return False
    stem = long[:-3]
    verbs = {verb for verb in (stem, stem + "e") if len(verb) > _MIN_STEM}
    if len(stem) > _MIN_STEM and stem[-1] == stem[-2]:
        verbs.add(stem[:-1])  # running: run
    return short in verbs or any(
        short == verb + ending for verb in verbs for ending in ("s", "es", "ed", "d")
    )


@lru_cache(maxsize=1 << 14)
def _derived_form(short: str, long: str) -> bool:
    """One word a noun or participle made of the other's verb ("vaccination" for
    "vaccine", "division" for "dividing"): both known words, sharing a stem whose verb
    is a known word. Plurals and tenses alone are left to `_other_form`'s own rules."""
    shared = 0
    for a, b in zip(short, long, strict=False):
        if a != b:
            break
        shared += 1
    for stem_length in range(shared, _MIN_STEM, -1):
        stem, rests = short[:stem_length], {short[stem_length:], long[stem_length:]}
        if _verb_and_noun(stem, rests):
            return is_known_word(short) and is_known_word(long)
    return False


def _verb_and_noun(stem: str, rests: set[str]) -> bool:
    """Whether two words, `stem` and each of `rests`, are a known verb and a noun or
    participle made of it."""
    if len(stem) >= _MIN_DERIVED_STEM and rests <= _INFLECTED_ENDINGS | _DERIVED_ENDINGS:
        return bool(rests & _DERIVED_ENDINGS) and any(
            is_known_word(stem + ending) for ending in _VERB_ENDINGS
        )
    if len(stem) >= _MIN_PARTICIPLE_STEM and rests <= _INFLECTED_ENDINGS | _PARTICIPLE_ENDINGS:
        return bool(rests & _PARTICIPLE_ENDINGS) and is_known_word(stem)
    return (
        len(rests) == 2
        and bool(rests & _SION_ENDINGS)
        and bool(rests & _DE_ENDINGS)
        and rests <= _DE_ENDINGS | _SION_ENDINGS
        and is_known_word(stem + "de")
    )


def negated_pair(expected: str, typed: str) -> bool:
    """One word is the other with a negating prefix: "unnatural", "atypical" (but not
    "Athens", which is no "a-" + word, nor "around", whose "a-" negates nothing)."""
    short, long = sorted((expected, typed), key=len)
    return is_known_word(short) and any(
        long == prefix + short and (prefix != "a" or short.endswith(A_NEGATES_ENDINGS))
        for prefix in NEGATING_PREFIXES
    )


def _one_swap(expected: str, typed: str) -> bool:
    return (
        len(expected) == len(typed) == 3
        and sorted(expected) == sorted(typed)
        and OSA.distance(expected, typed) == 1
    )


def _letters_swapped_across_one(expected: str, typed: str) -> bool:
    """Two letters one apart swapped ("Ecomonist", "Dunabe"): one slip, though OSA counts
    two edits."""
    if len(expected) != len(typed):
        return False
    differ = [i for i, (a, b) in enumerate(zip(expected, typed, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] - differ[0] == 2
        and expected[differ[0]] == typed[differ[1]]
        and expected[differ[1]] == typed[differ[0]]
    )


def _rare_spellings(expected: str, typed: str) -> bool:
    """Two long words known only as rarest words: spellings of one name (Dostoevsky,
    Dostoyevsky) more likely than two names a letter apart."""
    return (
        len(expected) >= _MIN_RARE_SPELLING_LENGTH
        and frequency(expected) <= RAREST_COUNT
        and frequency(typed) <= RAREST_COUNT
    )


def _undoubled(word: str) -> str:
    return _DOUBLED.sub(r"\1", word)


def _both_attested(a: str, b: str) -> bool:
    """Both words are real words seen more than the rarest words are, and one of them
    more than a name is: "Hilary" for "Hillary" are two names, one letter doubled, a
    slip; "latter" for "later" two words."""
    return (
        frequency(a) > RAREST_COUNT
        and frequency(b) > RAREST_COUNT
        and max(frequency(a), frequency(b)) >= NAME_CEILING
    )

"""What a value measures (a temperature, a pH, a mass per mole), so options are of its kind.

"801 °C" is a temperature, "pH 2" a pH, "12%" a percentage, "18 g/mol" a mass per amount
of substance and "6.02 × 10^23 per mole" a number per amount: a wrong option or a swap of
another kind than the answer gives the answer away ("What is the melting point of sodium
chloride?" among "6.02 × 10^23 per mole" and "pH 2"), and so does a value that measures
nothing ("100 times", "Apollo 11") beside one that does. The units and their kinds are the
ones grading reads (`answering.units`): "98.6 °F" is a temperature as "37 °C" is, "390
miles" a length as "626 km" is.

A value that says more than a measure ("a 10 km race", "4.2 light years") is read as
`MIXED`: what it is cannot be told from its units, so it is kept beside anything. A number
in SI unit symbols the grading's units do not read ("1.381 × 10⁻²³ J/K", "8.314 J/(mol
K)", "1.602 × 10⁻¹⁹ C") is of the dimension they make up (`core.si_units`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from trainer.core.answering.eras import ERA_FORMS
from trainer.core.answering.normalise import fold
from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.unit_readings import si_letters_read
from trainer.core.answering.units import is_unit_word, m_as_metres, units_in
from trainer.core.answering.word_lists import PER_WORDS
from trainer.core.answering.words import answer_words
from trainer.core.generate.field_display import MONTH_NAMES
from trainer.core.si_units import si_dimension

# The kind of a value that holds a measure among other words: alike with every kind.
MIXED = "mixed"
GREGORIAN_MONTH = "month of the year"
_MONTHS = frozenset(fold(month) for month in MONTH_NAMES)
PH = "pH"
PERCENTAGE = "percentage"
_SPEED = "speed"
# A speed "squared" (units_in reads "m/s²" as a speed whose unit ends so).
_ACCELERATION = "acceleration"
# Words that may stand in a measure beside its numbers and units without saying more:
# a hedge, a range, a sign, "degrees" of a temperature, a power of a length's unit, and
# "h" of "km/h" and "1 h 36 min" (no unit alone: `units_in` reads it only in a speed).
_MEASURE_WORDS = frozenset(
    """about around approximately roughly nearly almost over under some just exactly c ca
    circa up to between and or from more less than at least most of the minus plus degree
    degrees square cubic squared ph percent cent h""".split()  # noqa: SIM905
)
# A unit raised to a power that `units.units_apart` does not read ("dm³" → "dm3").
_POWERED = re.compile(r"([^\W\d_]+)([23])")
_POWER_WORDS = {"2": "square", "3": "cubic"}
# A slash between a unit and the one it is per ("g/mol", "mol/dm³"); not a fraction's.
_SLASH = re.compile(r"(?<=[^\W\d_]|[²³])\s*/\s*(?=[^\W\d_])")


def same_measure(first: str | None, second: str | None) -> bool:
    """Whether values measuring `first` and `second` (see `measure_kind`) may stand in for
    each other: the same kind, or no measure on both sides, or one that cannot be told."""
    return first == second or MIXED in (first, second)


@lru_cache(maxsize=1 << 14)
def measure_kind(value: str) -> str | None:
    """What `value` measures: a kind of unit ("temperature", "length"), a kind per another
    ("mass per amount", "number per amount"), "pH" or "percentage"; `MIXED` when it holds
    other words as well; "count of <thing>" for a number of things ("46 chromosomes");
    None when it measures nothing (a name, a bare count). A number in SI unit symbols that
    grading does not read ("1.381 × 10⁻²³ J/K") measures the dimension they make up."""
    kind = _unit_kind(value)
    if kind is None or kind == MIXED or kind.startswith((_COUNT_OF, _NUMBER_PER)):
        # Read as words, "J/K" is nothing, "J s" a count of "j" and "C/mol" a number per
        # amount: the symbols say more.
        return si_dimension(value) or kind
    return kind


def _unit_kind(value: str) -> str | None:
    if not _may_measure(value):
        # A month of the Gregorian calendar is a time of the year no month of another
        # calendar stands in for: "Christmas falls in the month of Nisan" tests nothing.
        return GREGORIAN_MONTH if fold(value) in _MONTHS else None
    words = _read(value)
    if not any(map(_holds_digit, words)):
        return None
    whole = units_in(words)
    if _SPEED in whole:
        # "30 km/h", "60 mph": the length and the time make the speed, not a rate.
        kind = _ACCELERATION if whole[_SPEED].endswith("²") else _SPEED
        return kind if _only_measure(words) else MIXED
    if _SLASH.search(value):
        words = _read(_SLASH.sub(" per ", value))
    at = _per_at(words)
    head, tail = (words, []) if at is None else (words[:at], words[at + 1 :])
    named = _kinds(head)
    if not named and not tail:
        # "46 chromosomes" and "4 gametes": counts of two things, no fair swap for each other.
        return _count_of(head) if _counted(head) and _a_count(value) else None
    if not named and tail and _only_measure(tail) and _counted(head):
        # "70 beats per minute", "12 breaths a minute": things counted per a unit.
        return f"{_NUMBER_PER}{' '.join(_kinds(tail))}"
    if not _only_measure(words):
        return MIXED
    kind = " ".join(named) or "number"
    return f"{kind} per {' '.join(_kinds(tail))}" if tail else kind


def measure_noun(kind: str | None) -> str:
    """How a message names a kind of measure: 'a temperature', 'a pH', 'no measure'."""
    if kind is None:
        return "no measure"
    if kind.startswith(_COUNT_OF):
        return f"a {kind}s"  # "a count of chromosomes"
    if kind.startswith("dimension "):
        return f"a quantity of {kind}"  # "a quantity of dimension T1 I1"
    # `units` calls an amount of substance, counted in moles, an "amount".
    named = kind.replace("amount", "amount of substance").replace("money", "sum of money")
    return f"{'an' if named[:1] in 'aeiou' else 'a'} {named}"


def _may_measure(value: str) -> bool:
    # Before reading `value` as grading does, which costs a hundred times more.
    return any(map(str.isdigit, value)) or any(
        is_unit_word(word) or word in ("ph", "percent") for word in fold(value).split()
    )


def _read(value: str) -> list[str]:
    """The words of `value` as grading reads them, its units as one way of writing each:
    letters of SI units ("98 N", "373 K"), 'm' as metres, a length's unit raised to a power
    ("dm³") as "cubic dm"."""
    words = list(answer_words(value))
    words = m_as_metres(si_letters_read(words, (), value, ())[0], [])
    read: list[str] = []
    for word in words:
        powered = _POWERED.fullmatch(word)
        if powered and "length" in units_in([powered.group(1)]):
            read += [_POWER_WORDS[powered.group(2)], powered.group(1)]
        else:
            read.append(word)
    return read


def _per_at(words: Sequence[str]) -> int | None:
    """Where the words turn to the unit a rate is per ("per mole", "an hour"), if they do."""
    for at in range(1, len(words) - 1):
        if words[at] in PER_WORDS and units_in(words[at + 1 : at + 3]):
            return at
    return None


def _kinds(words: Sequence[str]) -> list[str]:
    """The kinds of unit the words name, in order: "pH" and "percentage" with them."""
    kinds = list(units_in(words))
    if "ph" in words:
        kinds.insert(0, PH)
    if "percent" in words or any(
        word == "per" and after == "cent" for word, after in pairwise(words)
    ):
        kinds.insert(0, PERCENTAGE)
    return sorted(kinds)


def _counted(words: Sequence[str]) -> bool:
    """Whether the words are a number and the one or two words of what it counts, as
    "70 beats" or "12 heart beats" are: nothing but numbers and measure words before
    those nouns, none after them."""
    nouns = [word for word in words if not (_holds_digit(word) or word in _MEASURE_WORDS)]
    if not nouns or len(nouns) > 2 or not all(word.isalpha() for word in nouns):
        return False
    first_noun = words.index(nouns[0])
    return any(map(_holds_digit, words[:first_noun])) and list(words[first_noun:]) == nouns


# Words of a count that say how many, not what: "2 million people", "a dozen eggs".
_COUNT_OF = "count of "
# Things counted per a unit: "70 beats per minute".
_NUMBER_PER = "number per "
# Words after a number that count nothing: a scale ("2 million"), a multiplier ("100
# times") or an era ("480 BC").
_NOT_COUNTED = frozenset({*SCALES, "hundred", "dozen", "times"}) | ERA_FORMS
# Nouns that count people: a population is written with one or none ("5 million people",
# "68 million"), and is one measure either way.
_PEOPLE = frozenset(
    """people persons inhabitants residents citizens men women soldiers troops""".split()  # noqa: SIM905
)


# An ordinal in figures ("the 22nd"): a rank, where a count is a cardinal.
_ORDINAL_FIGURES = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)


def _a_count(value: str) -> bool:
    """Whether `value` counts things in figures ("46 chromosomes"), not ranks them in
    words or figures ("the Twenty-second Amendment", "the 22nd Amendment") nor names a
    group ("the 300")."""
    text = value.strip()
    return (
        any(map(str.isdigit, text))
        and _ORDINAL_FIGURES.search(text) is None
        and not text.casefold().startswith("the ")
    )


def _count_of(words: Sequence[str]) -> str | None:
    """What a count counts, as a kind of measure: "count of chromosome" for "46
    chromosomes"; None for a number's scale alone ("2 million") or a count of people,
    which stands beside a bare population ("5 million people", "68 million")."""
    noun = words[-1]
    if noun in _NOT_COUNTED or noun in _PEOPLE:
        return None
    singular = (
        noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun
    )
    return f"{_COUNT_OF}{singular}"


def _only_measure(words: Sequence[str]) -> bool:
    """Whether the words say nothing but numbers, units and words of a measure."""
    return all(
        _holds_digit(word) or word in _MEASURE_WORDS or word in PER_WORDS or is_unit_word(word)
        for word in words
    )


def _holds_digit(word: str) -> bool:
    return any(map(str.isdigit, word))


def other_people_counted(true_value: str, value: str) -> bool:
    """Whether two counts of people name them with other nouns ("some 200,000 people",
    "about 250,000 troops"): one measure, but swapped into a statement about refugees
    the other noun reads false on its face."""
    first, second = (_read(text) for text in (true_value, value))
    nouns = [words[-1] for words in (first, second) if words and words[-1] in _PEOPLE]
    return len(nouns) == 2 and nouns[0] != nouns[1]


def in_people_noun_of(true_value: str, value: str) -> str:
    """`value` counting the people `true_value` counts in its noun ("about 250,000
    troops" as "about 250,000 people"), where both count people with other nouns; as it
    is otherwise. The number is what a swap tests, not the word for people."""
    if not other_people_counted(true_value, value):
        return value
    return f"{value.rstrip().rsplit(maxsplit=1)[0]} {true_value.rstrip().rsplit(maxsplit=1)[1]}"

"""A bare number typed for a count and what it counts: "70" for "70 beats per minute".

So is a range: "60-100" for "60 to 100 beats per minute". One number within the range
("70 bpm" for "60-100 bpm") is close: a value it holds, not the range.

An answer that is a number, the one or two words of what it counts, and maybe the unit it
is counted per ("46 chromosomes", "70 beats per minute", "12 breaths a minute") says
nothing else: the number is the answer, and the words only name what the question asks
about. Typed alone, the same number is right with a slip, as a number typed without its
unit is ("5" for "5 litres"). Another number, or any word besides it, is judged as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from trainer.core.answering.eras import ERA_FORMS
from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.units import is_unit_word
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.word_lists import FUNCTION_WORDS, PER_WORDS
from trainer.core.answering.words import answer_words

# At most this many words name what is counted ("heart beats").
_MOST_COUNTED = 2
# Words that are part of the number, not what it counts ("2 million", "three quarters").
_NUMBER_PARTS = frozenset({*SCALES, "hundred", "dozen", "half", "third", "thirds"}) | {
    "quarter",
    "quarters",
    "percent",
    "cent",
    "times",
}


def counted_left_out(accepted: str, typed: str, expected: str) -> Verdict | None:
    """A slip when `typed` is the number alone of an `accepted` answer that is a count
    and what it counts (see the module's docstring); None otherwise."""
    typed_words = _without_joiners(answer_words(typed))
    typed_numbers = _numbers(typed_words)
    words = _without_joiners(answer_words(accepted))
    # The answer's number, or its range ("60 to 100 beats per minute"), first.
    size = next((k for k, word in enumerate(words) if not word[:1].isdecimal()), len(words))
    if (inside := _within_range(words[:size], words[size:], typed_words)) is not None:
        return Verdict(Outcome.CLOSE, 0.8, accepted, expected, rule=inside)
    if not typed_numbers or size != len(typed_numbers) or size > 2 or size == len(words):
        return None
    if _numbers(words[:size]) != typed_numbers:
        return None
    counted = _counted_words(words[size:])
    if counted is None:
        return None
    rule = f"what it counts left out ('{' '.join(counted)}')"
    return Verdict(Outcome.TYPO, 1.0, accepted, expected, rule=rule)


def _within_range(ends: Sequence[str], rest: Sequence[str], typed: Sequence[str]) -> str | None:
    """Why one number typed within the answer's range ("70 bpm" for "60-100 bpm", "7.4"
    for "7.35-7.45") is close: a value the range holds, not the range. Its other words
    must be the answer's."""
    numbers = [k for k, word in enumerate(typed) if word[:1].isdecimal()]
    if len(ends) != 2 or len(numbers) != 1 or not set(typed) - {typed[numbers[0]]} <= set(rest):
        return None
    low, high = _numbers(ends) or (None, None)
    value = parse_number(typed[numbers[0]])
    if low is None or high is None or value is None or not low < high or not low <= value <= high:
        return None
    return f"{typed[numbers[0]]} is within {ends[0]}–{ends[1]}, but the answer is the range"


# Words that join the two ends of a range: "60 to 100", "between 60 and 100".
_RANGE_WORDS = frozenset({"to", "and", "from", "between"})


def _without_joiners(words: Sequence[str]) -> list[str]:
    return [word for word in words if word not in _RANGE_WORDS]


def _numbers(words: Sequence[str]) -> list[Fraction] | None:
    """The values of `words` if every one is a number ("60", "100"); else None."""
    values = [parse_number(word) if word[:1].isdecimal() else None for word in words]
    if not values or any(value is None for value in values):
        return None
    return [Fraction(value) for value in values if value is not None]


def _counted_words(rest: Sequence[str]) -> Sequence[str] | None:
    """`rest` if it is the words of what a number counts, then maybe `per` a unit: one or
    two words of letters, no unit and no function word among them."""
    at = next((k for k, word in enumerate(rest) if word in PER_WORDS), len(rest))
    nouns, tail = rest[:at], rest[at:]
    if not 1 <= len(nouns) <= _MOST_COUNTED:
        return None
    if not all(word.isalpha() and word not in FUNCTION_WORDS for word in nouns):
        return None
    if any(word in _NUMBER_PARTS or word in ERA_FORMS for word in nouns):
        return None  # "431-404" for "431–404 BC": an era, never understood, is no count
    if any(is_unit_word(word) for word in nouns):
        return None  # "5 litres": a unit, which grading reads as one
    if tail and (len(tail) != 2 or not is_unit_word(tail[1])):
        return None
    return rest

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

import re
from collections.abc import Sequence
from fractions import Fraction

from trainer.core.answering.eras import ERA_FORMS
from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.units import is_unit_word
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.word_lists import FUNCTION_WORDS, PER_WORDS
from trainer.core.answering.words import answer_words

# How an answer writes a range: "60-100", "60 to 100", "between 60 and 100".
_RANGE_WRITTEN = re.compile(r"\d\s*[-–—]|\bto\b|\bbetween\b", re.IGNORECASE)
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
    typed_words = without_range_words(answer_words(typed))
    typed_numbers = _numbers(typed_words)
    words = without_range_words(answer_words(accepted))
    # The answer's number, or its range ("60 to 100 beats per minute"), first.
    size = next((k for k, word in enumerate(words) if not word[:1].isdecimal()), len(words))
    # Only an answer written as a range is one: "first fifty" is no range 1–50.
    written_as_range = _RANGE_WRITTEN.search(accepted) is not None
    if written_as_range and (inside := _within_range(words, typed_words)) is not None:
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


def _within_range(words: Sequence[str], typed: Sequence[str]) -> str | None:
    """Why one number typed within the answer's range ("70 bpm" for "60-100 beats per
    minute", "7.4" for "7.35-7.45", "0 °C" for "-5 to 5 °C") is close: a value the range
    holds, not the range. Its other words must be the answer's, or their initials."""
    ends, after = opening_numbers(words)
    value, at = opening_numbers(typed)
    if len(ends) != 2 or len(value) != 1 or not ends[0] < ends[1]:
        return None
    rest = words[after:]
    initials = {
        "".join(w[0] for w in rest[i:j])
        for i in range(len(rest))
        for j in range(i + 2, len(rest) + 1)
    }
    if not set(typed[at:]) <= {*rest, *initials} or not ends[0] <= value[0] <= ends[1]:
        return None
    said = " ".join(typed[:at]).replace("minus ", "-")
    low, high = (" ".join(words[:after]).replace("minus ", "-")).split(maxsplit=1)
    return f"{said} is within {low}–{high}, but the answer is the range"


def opening_numbers(words: Sequence[str]) -> tuple[list[Fraction], int]:
    """The numbers `words` open with, each maybe after "minus" ("minus 5 5" from "-5 to
    5"), and the index after them."""
    values: list[Fraction] = []
    at = 0
    while at < len(words):
        sign = -1 if words[at] == "minus" and at + 1 < len(words) else 1
        word = words[at + 1] if sign < 0 else words[at]
        value = parse_number(word) if word[:1].isdecimal() else None
        if value is None:
            break
        values.append(sign * Fraction(value))
        at += 2 if sign < 0 else 1
    return values, at


# Words that join the two ends of a range: "60 to 100", "between 60 and 100".
_RANGE_WORDS = frozenset({"to", "and", "from", "between", "through"})


def without_range_words(words: Sequence[str]) -> list[str]:
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

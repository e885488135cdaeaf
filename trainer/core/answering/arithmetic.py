"""A number typed as arithmetic ("2^8 - 1" for 255), worked out exactly.

"What is the largest value of an unsigned 8-bit integer?" is answered as well by "2^8 − 1"
as by "255": a learner who knows why writes it so. Only digits, brackets and the four
operators with powers are read, by the formula reader that grades equations
(`formula_reading`, exact, and bounded in the size of its numbers: `algebra_terms`),
in a short text. An expression that only repeats the question's own numbers ("7 × 8" for
"What is 7 × 8?") works out nothing the learner knew, and is not read; nor is a range
("1914-1918").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from trainer.core.answering.algebra_terms import ONE
from trainer.core.answering.formula_reading import TIMES_AS_X, Reading, sides

# Longer than this is no answer typed by hand.
_LONGEST = 40
# Digits, brackets, the operators and spaces, with at least one operator.
_ARITHMETIC = re.compile(r"[\d\s.()+\-−*×·/÷^]+")
_OPERATOR = re.compile(r"[-−+*×·/÷^]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_RANGE = re.compile(r"\d+(?:\.\d+)?\s*[-–−]\s*\d+(?:\.\d+)?")
# Numbers alone: no letter is a symbol here.
_NUMBERS_ONLY = Reading(frozenset(), keep_case=False)


_POWER_WORDS = {"squared": "2", "square": "2", "cubed": "3", "cube": "3"}


def worked_out(typed: str, question: Sequence[str] = ()) -> Fraction | None:
    """The value of `typed` when it is arithmetic on two numbers or more, and not only the
    question's own numbers; None otherwise."""
    text = TIMES_AS_X.sub(" * ", typed.strip())  # "60 x 60"
    if len(text) > _LONGEST or not _ARITHMETIC.fullmatch(text) or not _OPERATOR.search(text):
        return None
    numbers = _NUMBER.findall(text)
    if len(numbers) < 2 or _RANGE.fullmatch(text):
        return None  # "1914-1918", "20–30": a range, not a difference
    # "squared" and "cubed" say their powers: "12²" for "What is 12 squared?" only
    # writes the question again.
    asked = _asked_numbers(question)
    if all(number in asked for number in numbers):
        return None
    read = sides(text.replace("÷", "/"), _NUMBERS_ONLY)
    if read is None or len(read) != 1:
        return None
    (terms,) = read
    if not terms:
        return Fraction(0)
    if set(terms) != {ONE}:
        return None  # a power too large to write out, kept whole
    return terms[ONE]


_SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3"})


def restates_the_question(typed: str, question: Sequence[str]) -> bool:
    """Whether `typed` is arithmetic on the question's own numbers alone, its powers
    said as words too: "12²" or "12 x 12" for "What is 12 squared?", which only write
    the question out and work nothing out."""
    text = TIMES_AS_X.sub(" * ", typed.strip().translate(_SUPERSCRIPTS))
    if len(text) > _LONGEST or not _ARITHMETIC.fullmatch(text) or not _OPERATOR.search(text):
        return False
    numbers = _NUMBER.findall(text)
    if len(numbers) < 2 or _RANGE.fullmatch(text):
        return False
    return all(number in _asked_numbers(question) for number in numbers)


def _asked_numbers(question: Sequence[str]) -> set[str]:
    """The question's words, with the powers its words say ("squared": 2)."""
    return set(question) | {power for word, power in _POWER_WORDS.items() if word in question}

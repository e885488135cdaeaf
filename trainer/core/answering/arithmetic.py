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
    question's own numbers (`restates_the_question`); None otherwise."""
    expression = _expression(typed)
    if expression is None or _only_the_questions(expression[1], question):
        return None
    read = sides(expression[0].replace("÷", "/"), _NUMBERS_ONLY)
    if read is None or len(read) != 1:
        return None
    (terms,) = read
    if not terms:
        return Fraction(0)
    if set(terms) != {ONE}:
        return None  # a power too large to write out, kept whole
    return terms[ONE]


def restates_the_question(typed: str, question: Sequence[str]) -> bool:
    """Whether `typed` is arithmetic on the question's own numbers alone, its powers
    said as words too: "12²" or "12 x 12" for "What is 12 squared?", which only write
    the question out and work nothing out."""
    expression = _expression(typed)
    return expression is not None and _only_the_questions(expression[1], question)


# Powers written raised, read as the formula reader reads "^".
_SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3"})
# "squared" and "cubed" say their powers: "12²" for "What is 12 squared?" only writes
# the question again.
_POWER_WORDS = {"squared": "2", "square": "2", "cubed": "3", "cube": "3"}


def _expression(typed: str) -> tuple[str, list[str]] | None:
    """`typed` as arithmetic on two numbers or more, with its numbers; None for any other
    text, and for a range ("1914-1918", "20–30": no difference)."""
    text = TIMES_AS_X.sub(" * ", typed.strip().translate(_SUPERSCRIPTS))  # "60 x 60"
    if len(text) > _LONGEST or not _ARITHMETIC.fullmatch(text) or not _OPERATOR.search(text):
        return None
    numbers = _NUMBER.findall(text)
    if len(numbers) < 2 or _RANGE.fullmatch(text):
        return None
    return text, numbers


def _only_the_questions(numbers: Sequence[str], question: Sequence[str]) -> bool:
    """Whether every number is one the question writes, or a power its words say."""
    asked = set(question) | {power for word, power in _POWER_WORDS.items() if word in question}
    return all(number in asked for number in numbers)

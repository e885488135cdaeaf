"""A `number` answer to a question asking for a year ("In what year …?") is judged as a year."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from trainer.core.model import AnswerType

# Words before "year" that ask for one: "In what year …?", "Which year …?".
_ASKING = frozenset({"what", "which"})
# A year has at most four digits; a longer whole number is an amount.
_YEAR_DIGITS = 4


def asks_for_a_year(sequence: Sequence[str]) -> bool:
    """Whether the question's words (`sequence`) ask for a year: "what year", "which
    year"; not "how many years", which asks for an amount."""
    return any(first in _ASKING and second == "year" for first, second in pairwise(sequence))


def read_as_year(answer_type: AnswerType, accepted: str, sequence: Sequence[str]) -> bool:
    """Whether a `number` answer, a whole number of up to four digits, is a year because
    the question asks for one. A year's distance is absolute: 1216 is one year off 1215,
    but 1512 is three centuries off, though as a number it is within a fifth of it."""
    text = accepted.strip()
    return (
        answer_type is AnswerType.NUMBER
        and text.isascii()
        and text.isdecimal()
        and len(text) <= _YEAR_DIGITS
        and asks_for_a_year(sequence)
    )

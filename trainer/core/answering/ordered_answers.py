"""Answers whose order is their meaning: an equation's two sides, a sequence of numbers.

Grading lets typed words come in any order ("Lipetsk, a flying school" for "a flying
school at Lipetsk"), which two kinds of answer forbid:
- an equation or a reaction written with an arrow, whose sides swapped are the reverse
  reaction ("2H2O → 2H2 + O2" for "2H2 + O2 → 2H2O"), though the terms of one side may
  come in any order ("O2 + 2H2 → 2H2O");
- a sequence of three numbers or more written without words ("2,8,1", an atom's
  shells; "3-4-3", a formation), which the same numbers in another order are not.
"""

from __future__ import annotations

import re
from collections import Counter

from trainer.core.answering.words import answer_words

_ARROW = re.compile(r"→|⟶|⇌|⇒|->|=>|<=>")
# Numbers joined by commas, dots, hyphens or slashes and nothing else: "2,8,1", "2.8.1".
_SEQUENCE = re.compile(r"\s*\d+(?:\s*[,./-]\s*\d+){2,}\s*")
_NUMBER = re.compile(r"\d+")


def order_problem(expected: str, typed: str) -> str | None:
    """Why `typed` says something else than `expected` by its order alone; None when the
    order is right or does not matter."""
    wanted_sides, typed_sides = _ARROW.split(expected), _ARROW.split(typed)
    if len(wanted_sides) == len(typed_sides) == 2:
        wanted = [Counter(answer_words(side)) for side in wanted_sides]
        written = [Counter(answer_words(side)) for side in typed_sides]
        if wanted[0] != wanted[1] and written == wanted[::-1]:
            return "its two sides swapped: the reverse"
    if _SEQUENCE.fullmatch(expected):
        numbers, typed_numbers = _NUMBER.findall(expected), _NUMBER.findall(typed)
        if typed_numbers != numbers and sorted(typed_numbers) == sorted(numbers):
            return "the same numbers in another order: the order is the answer"
    return None

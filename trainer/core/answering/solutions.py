"""A solution of an equation, typed as its value: "four" or "x is 4" for "x = 4".

An answer that gives an unknown's value ("x = 4", "n = -3") is answered by the value in
any writing the grader reads as a number ("4", "four", "x is 4", "x equals four"): the
question asked what the unknown is. This only accepts: a value that differs, a hedge
("about 4", "4 or 7") or another unknown ("y = 4") is left to the other rules.
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.word_lists import HEDGE_WORDS, NEGATORS

# An unknown and its value: "x = 4", "n = -3", "y = 2.5", "t = 3/4".
_SOLUTION = re.compile(r"\s*([a-z])\s*=\s*([−-]?\d+(?:\.\d+)?(?:/\d+)?)\s*\.?\s*", re.IGNORECASE)
# Words that say the unknown is the value.
_IS = r"(?:=|is\s+equal\s+to|equals|is)"
# Words that say something other than the one value.
_OTHER_CLAIMS = frozenset({"or", "and", "about", "approximately", "roughly", "around", "than"})


def solution_match(expected: str, typed: str) -> TextMatch | None:
    """Right where `expected` gives an unknown's value and `typed` that value alone, or
    after the unknown and "=", "is" or "equals"; None for anything else."""
    solution = _SOLUTION.fullmatch(expected)
    if solution is None:
        return None
    unknown, value = solution.group(1), parse_number(solution.group(2))
    pattern = rf"\s*(?:{re.escape(unknown)}\s*{_IS}\s*)?(.+?)\s*\.?\s*"
    said = re.fullmatch(pattern, typed, re.IGNORECASE)
    if said is None or value is None:
        return None
    words = fold(said.group(1)).split()
    if any(w in _OTHER_CLAIMS or w in HEDGE_WORDS or w in NEGATORS for w in words):
        return None
    if any(len(w) == 1 and w.isalpha() for w in words) or "=" in said.group(1):
        return None  # "y = 4", "x + 1": another unknown, or an expression
    if parse_number(said.group(1)) != value:
        return None
    return TextMatch(True, False, "the unknown's value", 1.0)

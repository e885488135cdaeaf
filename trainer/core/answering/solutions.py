"""A solution of an equation, typed as its value: "four" or "x is 4" for "x = 4".

An answer that gives an unknown's value ("x = 4", "n = -3") is answered by the value in
any writing the grader reads as a number ("4", "four", "x is 4", "x equals four"): the
question asked what the unknown is. This only accepts: a value that differs, a hedge
("about 4", "4 or 7") or another unknown ("y = 4") is left to the other rules.
"""

from __future__ import annotations

import re
from fractions import Fraction

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
    after the unknown and "=", "is" or "equals"; the same where it gives several values
    (`solution_set_match`); None for anything else."""
    if (several := solution_set_match(expected, typed)) is not None:
        return several
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


# The solutions of an equation, listed: "x = 2 or x = -2", "x = ±2", "2, -2", "±2".
_LISTED = re.compile(r"\s*(?:,|;|\bor\b|\band\b)\s*", re.IGNORECASE)
_ONE = re.compile(r"\s*(?:([a-z])\s*=\s*)?(±|\+/-|\+-)?\s*([-+]?\d+(?:\.\d+)?(?:/\d+)?)\s*\.?\s*")


def solution_set_match(expected: str, typed: str) -> TextMatch | None:
    """Where `expected` lists two solutions or more of an unknown ("x = 2 or x = -2", "x =
    ±2", "±2"; not "2,8,1", whose order may count): right
    for the same solutions in any writing and order ("±2", "-2, 2"), close for some of
    them, wrong for another value; None where either is no such list."""
    wanted, got = _solution_set(expected), _solution_set(typed)
    if wanted is None or got is None or len(wanted[1]) < 2:
        return None
    if wanted[0] is None and "±" not in expected:
        return None  # numbers listed with no unknown may be in order: "2,8,1" (shells)
    if got[0] is not None and wanted[0] is not None and got[0] != wanted[0]:
        return None  # another unknown: "y = ±2"
    if got[1] == wanted[1]:
        return TextMatch(True, False, "the same values, in any order", 1.0)
    if got[1] < wanted[1]:
        return TextMatch(False, False, "a value is missing", 0.8)
    return TextMatch(False, False, "another value", 0.3, decisive=True)


def _solution_set(text: str) -> tuple[str | None, frozenset[Fraction]] | None:
    """The unknown a list of solutions names (None if it names none) and its values."""
    unknowns: set[str] = set()
    values: set[Fraction] = set()
    for part in _LISTED.split(text.replace("−", "-").replace("–", "-").strip()):
        found = _ONE.fullmatch(part)
        value = parse_number(found.group(3)) if found is not None else None
        if found is None or value is None:
            return None
        if found.group(1):
            unknowns.add(found.group(1).casefold())
        values.update({value, -value} if found.group(2) else {value})
    if len(unknowns) > 1:
        return None
    return (next(iter(unknowns), None), frozenset(values))

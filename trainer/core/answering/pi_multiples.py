"""An exact answer in π ("2π", "π/2") typed as its decimal value: right with a slip.

"6.28" for 2π radians and "1.57" for π/2 give the right amount but not in the form the
answer writes it, as a rearranged equation states the right law in another form; a
decimal that is not the value rounded ("6.2", "3.12") is a wrong amount. Too few digits
to tell ("3" for π, "6" for 2π) say nothing of π and are left to the numbers' own
comparison.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from trainer.core.answering.algebra_terms import single_term
from trainer.core.answering.formula_reading import Reading, sides
from trainer.core.answering.text_matches import TextMatch

ROUNDED = "the value of the answer in π, not written in π"
NOT_ROUNDED = "another value than the answer in π"

# A decimal with at least two digits after its point (fewer cannot tell π from 3), and
# any words after it: "6.28 radians" for "2π radians".
_DECIMAL = re.compile(r"\s*([−-]?\d+\.(\d{2,}))\s*(.*?)\s*")
_PI = (("pi", Fraction(1)),)


def pi_multiple_match(expected: str, typed: str) -> TextMatch | None:
    """Right with a slip when `typed` is the decimal value of `expected`, a multiple of π,
    rounded or cut to the digits it writes ("3.1416", "3.1415" for π); wrong when it is
    another decimal; None when `expected` is no multiple of π (with the same words after
    it as `typed`) or `typed` no decimal of two digits or more after its point."""
    written = _DECIMAL.fullmatch(typed)
    if written is None or ("π" not in expected and "pi" not in expected.casefold()):
        return None
    number, decimals, words = written.groups()
    if words:
        if not expected.casefold().endswith(words.casefold()):
            return None
        expected = expected[: -len(words)]
    multiple = _pi_multiple(expected)
    if multiple is None:
        return None
    value = float(multiple) * math.pi
    scale = 10 ** len(decimals)
    rounded = round(value * scale)
    cut = math.trunc(value * scale)
    if round(float(number.replace("−", "-")) * scale) in (rounded, cut):
        return TextMatch(True, True, ROUNDED, 0.9)  # right, not in the form asked
    return TextMatch(False, False, NOT_ROUNDED, 0.0, decisive=True)


def _pi_multiple(expected: str) -> Fraction | None:
    """The factor of π that `expected` is ("3π/4" → 3/4), or None."""
    read = sides(expected.strip(), Reading(frozenset(), keep_case=False))
    if read is None or len(read) != 1:
        return None
    term = single_term(read[0])
    if term is None or term[0] != _PI:
        return None
    return term[1]

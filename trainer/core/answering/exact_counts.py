"""A small whole number given exactly: another one is another fact, not a near miss.

Nearness means something for an amount: 45,000 for 50,000 soldiers, 365 for 360
degrees, is near the mark. For a count or a result a learner is meant to know exactly
(46 chromosomes, the atomic number 6, 11 players, 12 squared is 144) a near number is
simply another fact: 7 is nitrogen's atomic number, 8 legs a spider's. Such an answer is
only close where the typed digits are the answer's own with two side by side swapped
(64 for 46): a slip of the hand.
"""

from __future__ import annotations

from fractions import Fraction

# From here on, a whole number is as often an amount as a count: a population, a height.
_AMOUNTS_FROM = 1000
# Below it, a round number ("50", "360") is an amount as often as a count; below this,
# even a round one is a count (10 newtons, 20 amino acids).
_ROUND_AMOUNTS_FROM = 100


def is_exact_count(value: Fraction) -> bool:
    """Whether `value` is a whole number small enough, and not round enough, to be a
    count or a result rather than an amount."""
    if value.denominator != 1:
        return False
    size = abs(value.numerator)
    return size < _ROUND_AMOUNTS_FROM or (size < _AMOUNTS_FROM and size % 10 != 0)


def digits_swapped(want: Fraction, got: Fraction) -> bool:
    """Whether `got` writes the digits of `want` with two neighbours swapped (64 for 46,
    260 for 206), its sign kept."""
    if want.denominator != 1 or got.denominator != 1 or (want < 0) != (got < 0):
        return False
    wanted, typed = str(abs(want.numerator)), str(abs(got.numerator))
    if len(wanted) != len(typed) or wanted == typed:
        return False
    differ = [index for index, (a, b) in enumerate(zip(wanted, typed, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and wanted[differ[0]] == typed[differ[1]]
        and wanted[differ[1]] == typed[differ[0]]
    )

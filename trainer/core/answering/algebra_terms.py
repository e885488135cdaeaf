"""Algebra in a canonical form: a sum of monomials, each a coefficient and powers of symbols.

`equations` reads a typed formula into this form to tell "V = RI" (the same) from "V =
I/R" (another law). Products are expanded, so that the terms of a sum, the factors of a
product and the ways of writing a power or a fraction compare alike; a division by a
sum, a function's value and a power that is no number stay whole, as a factor named by
its own canonical text.
"""

from __future__ import annotations

import math
from fractions import Fraction

# A monomial: (symbol or whole factor, power) pairs, sorted by symbol, no power zero.
Monomial = tuple[tuple[str, Fraction], ...]
# A sum: each monomial's coefficient, none zero.
Terms = dict[Monomial, Fraction]

ONE: Monomial = ()


def constant(value: Fraction) -> Terms:
    return {ONE: value} if value else {}


def symbol(name: str) -> Terms:
    return {((name, Fraction(1)),): Fraction(1)}


def add(left: Terms, right: Terms, sign: int = 1) -> Terms:
    total = dict(left)
    for monomial, coefficient in right.items():
        total[monomial] = total.get(monomial, Fraction(0)) + sign * coefficient
    return {monomial: value for monomial, value in total.items() if value}


def _times(left: Monomial, right: Monomial) -> Monomial:
    powers: dict[str, Fraction] = dict(left)
    for name, power in right:
        powers[name] = powers.get(name, Fraction(0)) + power
    return tuple(sorted((name, power) for name, power in powers.items() if power))


def multiply(left: Terms, right: Terms) -> Terms:
    product: Terms = {}
    for first, a in left.items():
        for second, b in right.items():
            product = add(product, {_times(first, second): a * b})
    return product


def single_term(terms: Terms) -> tuple[Monomial, Fraction] | None:
    """The one term of a sum of one, or None."""
    return next(iter(terms.items())) if len(terms) == 1 else None


def whole(name: str, argument: Terms) -> Terms:
    """A factor kept whole: a function's value, or a sum it cannot be multiplied out of."""
    return symbol(f"{name}({text_of(argument)})")


def power(base: Terms, exponent: Terms) -> Terms:
    """`base` raised to `exponent`: multiplied out where the exponent is a number and the
    base one term (or a sum raised to a small whole power), else kept whole."""
    raised = single_term(exponent)
    if raised is not None and raised[0] == ONE:
        value = raised[1]
        term = single_term(base)
        if term is not None and (value.denominator == 1 or term[1] == 1):
            monomial, coefficient = term
            if value.denominator == 1 and _too_large(coefficient, value):
                # "(((9^64)^64)^64)^64" would take seconds and megabytes to write out:
                # kept whole, as a power that is no number is.
                return {((f"({text_of(base)})", value),): Fraction(1)}
            scaled = tuple((name, p * value) for name, p in monomial if p * value)
            return {scaled: coefficient ** int(value) if value.denominator == 1 else coefficient}
        if value.denominator == 1 and 0 < value <= 4:
            result = constant(Fraction(1))
            for _ in range(int(value)):
                result = multiply(result, base)
            return result
        if not base:
            return {}
        return {((f"({text_of(base)})", value),): Fraction(1)}
    return whole("pow", multiply(symbol(f"({text_of(base)})"), symbol(f"[{text_of(exponent)}]")))


def _too_large(coefficient: Fraction, exponent: Fraction) -> bool:
    """Whether `coefficient` to the whole power `exponent` would pass `_LARGEST_BITS`."""
    largest = max(abs(coefficient.numerator), coefficient.denominator)
    return math.log2(largest) * abs(exponent.numerator) > _LARGEST_BITS


# No answer typed by hand writes a number of more bits than this (about 300 digits).
_LARGEST_BITS = 1024


def reciprocal(terms: Terms) -> Terms | None:
    """1 / `terms`; None for 1 / 0."""
    if not terms:
        return None
    return power(terms, constant(Fraction(-1)))


def text_of(terms: Terms) -> str:
    """A canonical text of a sum: equal sums, equal texts."""
    parts = []
    for monomial, coefficient in sorted(terms.items()):
        factors = "*".join(f"{name}^{p}" for name, p in monomial)
        parts.append(f"{coefficient}*{factors}")
    return " + ".join(parts) or "0"


def proportional(left: Terms, right: Terms) -> bool:
    """Whether one sum is the other times a monomial (a number, or powers of symbols):
    "V - IR" and "I - V/R" (times -R) state one equation."""
    if not left or not right:
        return not left and not right
    if len(left) != len(right):
        return False
    first, first_coefficient = min(left.items())
    for monomial, coefficient in right.items():
        factor = {
            _times(first, tuple((n, -p) for n, p in monomial)): first_coefficient / coefficient
        }
        if multiply(right, factor) == left:
            return True
    return False

"""Tests for trainer.core.answering.algebra_terms: one canonical form for every writing of a sum."""

from __future__ import annotations

from fractions import Fraction
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.algebra_terms import (
    Terms,
    add,
    constant,
    multiply,
    power,
    proportional,
    reciprocal,
    symbol,
    text_of,
)
from trainer.core.answering.verdict import Outcome

_LETTERS = "abcdmnprtuvxyz"
_factors = st.lists(st.tuples(st.sampled_from(_LETTERS), st.integers(1, 3)), min_size=1, max_size=4)


def _product(factors: list[tuple[str, int]]) -> Terms:
    result = constant(Fraction(1))
    for name, exponent in factors:
        result = multiply(result, power(symbol(name), constant(Fraction(exponent))))
    return result


@given(_factors, st.randoms(use_true_random=False))
def test_factors_in_any_order_make_one_product(
    factors: list[tuple[str, int]], shuffler: Random
) -> None:
    shuffled = list(factors)
    shuffler.shuffle(shuffled)
    assert _product(shuffled) == _product(factors)
    assert text_of(_product(shuffled)) == text_of(_product(factors))


@given(_factors, _factors, _factors)
def test_multiplication_distributes_over_addition(
    first: list[tuple[str, int]], second: list[tuple[str, int]], third: list[tuple[str, int]]
) -> None:
    a, b, c = _product(first), _product(second), _product(third)
    assert multiply(a, add(b, c)) == add(multiply(a, b), multiply(a, c))


@given(_factors)
def test_a_product_times_its_reciprocal_is_one(factors: list[tuple[str, int]]) -> None:
    product = _product(factors)
    inverse = reciprocal(product)
    assert inverse is not None
    assert multiply(product, inverse) == constant(Fraction(1))


@given(_factors, _factors, _factors)
def test_a_sum_is_proportional_to_itself_times_a_monomial(
    first: list[tuple[str, int]], second: list[tuple[str, int]], scale: list[tuple[str, int]]
) -> None:
    total = add(_product(first), _product(second), -1)
    assert proportional(total, multiply(total, _product(scale)))


def test_a_sum_and_another_are_not_proportional() -> None:
    v, i, r = symbol("v"), symbol("i"), symbol("r")
    ohm = add(v, multiply(i, r), -1)  # V - IR
    assert not proportional(ohm, add(v, add(i, r), -1))  # V - (I + R)
    assert reciprocal(constant(Fraction(0))) is None


@given(
    st.sampled_from("EFPVW"),
    st.lists(st.sampled_from("abcmnqrtuvx"), min_size=1, max_size=4, unique=True),
    st.randoms(use_true_random=False),
    st.booleans(),
)
def test_an_equation_graded_is_invariant_to_factor_order_and_sides(
    left: str, factors: list[str], shuffler: Random, swap: bool
) -> None:
    """The grader reads "E = mc²" and "c²m = E" as one law, whatever the product."""
    expected = f"{left} = {''.join(factors)}"
    shuffled = list(factors)
    shuffler.shuffle(shuffled)
    product = "*".join(shuffled)
    typed = f"{product} = {left}" if swap else f"{left} = {product}"
    assert graded(expected, typed, "What does the law state?") is Outcome.EXACT


def test_letters_that_spell_a_function_may_be_a_product() -> None:
    # Found by the property above: "tan" is the tangent's name, or t times a times n.
    assert graded("E = tan", "t*a*n = E", "What does the law state?") is Outcome.EXACT
    assert graded("E = tan", "n*t*a = E", "What does the law state?") is Outcome.EXACT
    assert graded("E = tan", "t*a*m = E", "What does the law state?") is Outcome.WRONG


def test_a_fraction_over_zero_is_no_algebra_and_no_crash() -> None:
    # Found by a property of the grader: "0/0" was read as a number, Fraction(0, 0).
    assert graded("A²", "0/0", "lipetsk") is Outcome.WRONG


def test_a_power_too_large_to_write_out_is_kept_whole() -> None:
    # "(((9^64)^64)^64)^64" typed for "2x" took 14 s and a 4,300-digit error: a number of
    # more than 1,024 bits is kept as a power, as one that is no number is.
    nine_to_64 = power(constant(Fraction(9)), constant(Fraction(64)))
    assert nine_to_64 == {(): Fraction(9) ** 64}
    raised = power(nine_to_64, constant(Fraction(64)))
    assert () not in raised and len(raised) == 1
    assert power(constant(Fraction(2)), constant(Fraction(1000))) == {(): Fraction(2) ** 1000}

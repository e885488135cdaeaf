"""Tests for trainer.core.answering.pi_multiples: an answer in π typed as its decimal."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.pi_multiples import ROUNDED, pi_multiple_match
from trainer.core.answering.verdict import Outcome

TURN = "How many radians make a full turn?"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("π", "3.14"),
        ("π", "3.1416"),
        ("π", "3.1415"),  # cut, not rounded: still the value's digits
        ("2π", "6.28"),
        ("2π", "6.283"),
        ("π/2", "1.57"),
        ("3π/4", "2.36"),
        ("−π/2", "-1.57"),
        ("2π radians", "6.28 radians"),
        ("2πr", "6.28r"),
    ],
)
def test_the_value_rounded_is_right_with_a_slip(expected: str, typed: str) -> None:
    assert graded(expected, typed, TURN) is Outcome.TYPO


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("π", "3.12"),
        ("π", "3.15"),
        ("π/2", "1.58"),  # neither rounded nor cut
        ("2π", "6.29"),
        ("2π", "3.14"),
        ("π", "-3.14"),
        ("2π radians", "6.28 degrees"),
    ],
)
def test_another_decimal_is_wrong(expected: str, typed: str) -> None:
    assert graded(expected, typed, TURN) is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("π", "3"),  # too few digits to say anything of π
        ("6.28", "6.28"),  # no π in the answer
        ("the pi meson", "3.14"),
        ("2πr", "6.28"),  # a number for a formula: the formula's own comparison
        ("π", "pi"),
    ],
)
def test_only_a_decimal_for_a_multiple_of_pi_is_read(expected: str, typed: str) -> None:
    assert pi_multiple_match(expected, typed) is None


@given(
    st.fractions(min_value=-8, max_value=8, max_denominator=12).filter(lambda f: f != 0),
    st.integers(min_value=2, max_value=6),
)
def test_every_multiple_rounded_to_any_digits_is_read(factor: Fraction, digits: int) -> None:
    expected = f"{factor.numerator}π/{factor.denominator}"
    typed = f"{float(factor) * math.pi:.{digits}f}"
    found = pi_multiple_match(expected, typed)
    assert found is not None and found.accepted and found.rule == ROUNDED

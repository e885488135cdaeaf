"""Tests for trainer.core.answering.unit_expressions: units as a product of powers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.unit_expressions import unit_powers
from trainer.core.answering.verdict import Outcome

JOULE = (("kg", 1), ("m", 2), ("s", -2))


@pytest.mark.parametrize(
    "written",
    [
        "kg m^2 s^-2",
        "kg m²/s²",
        "kg m2 s-2",
        "kg·m²·s⁻²",
        "kg*m**2*s**-2",
        "kg m^2/s^2",
        "m^2 kg s^-2",
        "kilogram metres squared per second squared",
        "kg square metres per second squared",
    ],
)
def test_every_notation_of_a_product_of_units_is_one(written: str) -> None:
    assert unit_powers(written) == JOULE


@pytest.mark.parametrize("written", ["Lipetsk", "the capital", "V = IR", "H2O", "Js", ""])
def test_other_text_is_no_units(written: str) -> None:
    assert unit_powers(written) is None


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("kg/(s^2 A)", Outcome.EXACT),
        ("kg s-2 A-1", Outcome.EXACT),
        ("kg A^-1 s^-2", Outcome.EXACT),
        ("kg s^-2 A", Outcome.WRONG),  # a power's sign lost
        ("kg s^-2", Outcome.WRONG),  # a unit lost
        ("kg s^-2 A^-1 K", Outcome.WRONG),  # a unit added
        ("N A^-1 m^-1", Outcome.CLOSE),  # the tesla again, but not in base units
    ],
)
def test_units_alone_are_graded_by_their_powers(typed: str, wanted: Outcome) -> None:
    assert graded("kg s^-2 A^-1", typed, "What is the tesla in SI base units?") is wanted


def test_an_amount_losing_a_unit_is_another_quantity() -> None:
    question = "What is the Planck constant?"
    assert graded("6.63 × 10^-34 J s", "6.63 × 10^-34 J", question) is Outcome.WRONG
    assert graded("6.63 × 10^-34 J s", "6.63e-34 J s", question) is Outcome.EXACT
    assert graded("9.81 m/s²", "9.81 m s^-2", "What is g?") is Outcome.EXACT


@given(st.permutations([("kg", 1), ("m", 2), ("s", -2), ("A", -1)]))
def test_the_order_of_the_factors_never_matters(factors: list[tuple[str, int]]) -> None:
    written = " ".join(unit if power == 1 else f"{unit}^{power}" for unit, power in factors)
    assert unit_powers(written) == tuple(sorted(factors))

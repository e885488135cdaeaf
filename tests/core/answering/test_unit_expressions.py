"""Tests for trainer.core.answering.unit_expressions: units as a product of powers."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.unit_expressions import unit_expression_match
from trainer.core.answering.verdict import Outcome


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


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("J/K", "J K⁻¹", Outcome.EXACT),
        ("J/K", "J·K^-1", Outcome.EXACT),
        ("J/K", "J/mol", Outcome.WRONG),
        ("J/(mol K)", "J/mol/K", Outcome.EXACT),  # the second slash divides again
        ("J mol^-1 K^-1", "J mol^-1", Outcome.WRONG),
        # Units with prefixes, and the farad, henry, weber, atmosphere, electronvolt, litre.
        ("F m^-1", "F/m", Outcome.EXACT),
        ("F m^-1", "H/m", Outcome.WRONG),  # the permeability's units
        ("H m^-1", "F/m", Outcome.WRONG),
        ("mmol L^-1", "mmol/L", Outcome.EXACT),
        ("mmol L^-1", "mmol/kg", Outcome.WRONG),
        ("L atm mol^-1 K^-1", "L·atm/(mol·K)", Outcome.EXACT),
        ("L atm mol^-1 K^-1", "L atm/mol", Outcome.WRONG),  # the kelvin lost
        ("kPa m^3", "kN", Outcome.WRONG),
        ("MeV c^-2", "MeV/c²", Outcome.EXACT),
        ("μC V^-1", "µC/V", Outcome.EXACT),  # the micro sign for the Greek mu
        ("Wb m^-2", "Wb m^-3", Outcome.WRONG),
    ],
)
def test_prefixed_units_and_more_units_are_graded_by_their_powers(
    expected: str, typed: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, "In what units is it measured?") is wanted


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("F m^-1", "C² N⁻¹ m⁻²"),
        ("H m^-1", "Wb A⁻¹ m⁻¹"),
        ("Wb m^-2", "T"),
        ("mmol L^-1", "mmol/ml"),
        ("kPa m^3", "kJ"),
        ("μF V", "μC"),
        ("eV s", "J s"),
        ("atm L", "bar m³"),
    ],
)
def test_prefixed_and_derived_units_of_the_same_quantity_are_told_apart(
    expected: str, typed: str
) -> None:
    found = unit_expression_match(expected, typed)
    assert found is not None and not found.accepted
    assert found.rule == "other units of the same quantity"


@pytest.mark.parametrize(("expected", "typed"), [("mm^2", "Mm^2"), ("H2", "h2"), ("mT m", "MT m")])
def test_units_told_apart_by_case_alone_are_left_to_the_symbols_case(
    expected: str, typed: str
) -> None:
    assert unit_expression_match(expected, typed) is None

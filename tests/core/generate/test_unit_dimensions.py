"""Tests of reading the dimension of a number written in SI unit symbols."""

from __future__ import annotations

import pytest

from trainer.core.generate.unit_dimensions import si_dimension


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The same quantity in other symbols, prefixes or ways of writing a power.
        ("8.314 J/(mol K)", "0.0821 L atm/(mol K)"),
        ("9.81 m/s²", "9.81 N/kg"),
        ("3.0 × 10⁸ m/s", "3e8 m s^-1"),
        ("4.5 kJ", "1,200 eV"),
        ("2.2 μF", "470 nF"),
        ("8.85 × 10⁻¹² F/m", "8.9 × 10⁻¹² C²/(N m²)"),
        ("about 96,485 C/mol", "96500 A s mol⁻¹"),
    ],
)
def test_symbols_of_one_quantity_read_alike(first: str, second: str) -> None:
    assert si_dimension(first) is not None
    assert si_dimension(first) == si_dimension(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1.381 × 10⁻²³ J/K", "8.314 J/(mol K)"),
        ("1.26 × 10⁻⁶ H/m", "8.85 × 10⁻¹² F/m"),
        ("1.602 × 10⁻¹⁹ C", "1.602 × 10⁻¹⁹ J"),
        ("5.67 × 10⁻⁸ W m⁻² K⁻⁴", "1.097 × 10⁷ m⁻¹"),
        ("6.626 × 10⁻³⁴ J s", "6.674 × 10⁻¹¹ N m²/kg²"),
        ("0.5 T", "0.5 Wb"),
    ],
)
def test_symbols_of_other_quantities_read_apart(first: str, second: str) -> None:
    assert None not in (si_dimension(first), si_dimension(second))
    assert si_dimension(first) != si_dimension(second)


def test_the_dimension_is_named_by_base_quantities() -> None:
    assert si_dimension("1.381 × 10⁻²³ J/K") == "dimension M1 L2 T-2 Θ-1"
    assert si_dimension("1.602 × 10⁻¹⁹ C") == "dimension T1 I1"


@pytest.mark.parametrize(
    "value",
    [
        "Apollo 11",  # a name
        "46 chromosomes",  # a count of words, no symbols
        "about 5",  # a bare number
        "12 angry men",
        "H2O",  # a formula, no number first
        "3 c",  # no unit's symbol ("c" is the speed of light)
        "8.314 J/mol/K",  # two slashes: read no way for sure
        "5 kg (",  # an unclosed bracket
        "7 Js",  # no symbol, nor one with a prefix
    ],
)
def test_values_that_are_no_number_in_symbols_have_no_dimension(value: str) -> None:
    assert si_dimension(value) is None

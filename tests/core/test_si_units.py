"""Tests for trainer.core.si_units: the one reader of SI unit expressions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.si_units import dimension, si_dimension, symbol_of, unit_powers

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
        "kg m^2 s^(-2)",
        "(kg m^2)/s^2",
    ],
)
def test_every_notation_of_a_product_of_units_is_one(written: str) -> None:
    assert unit_powers(written) == JOULE


@pytest.mark.parametrize(
    "written",
    [
        *("Lipetsk", "the capital", "V = IR", "H2O", "Js", "", "pH", "NaCl"),
        *("kg (", "kg)", "m^", "kg ()", "kg/", "kg//s", "/s", "per mole", "(kg/) m"),
    ],
)
def test_other_text_is_no_units(written: str) -> None:
    assert unit_powers(written) is None


@given(st.permutations([("kg", 1), ("m", 2), ("s", -2), ("A", -1)]))
def test_the_order_of_the_factors_never_matters(factors: list[tuple[str, int]]) -> None:
    written = " ".join(unit if power == 1 else f"{unit}^{power}" for unit, power in factors)
    assert unit_powers(written) == tuple(sorted(factors))


@pytest.mark.parametrize(
    ("written", "symbol"),
    [
        # A prefix on any unit, read only where the whole is no symbol.
        ("μF", "μF"),
        ("µF", "μF"),  # the micro sign is the Greek mu
        ("nF", "nF"),
        ("pF", "pF"),
        ("kPa", "kPa"),
        ("hPa", "hPa"),
        ("MeV", "MeV"),
        ("keV", "keV"),
        ("mm", "mm"),
        ("km", "km"),
        ("μs", "μs"),
        ("mH", "mH"),
        ("mWb", "mWb"),
        ("mT", "mT"),
        ("mbar", "mbar"),
        ("mmol", "mmol"),
        ("kΩ", "kΩ"),
        ("ml", "mL"),
        ("mL", "mL"),
        ("l", "L"),
        # Whole symbols before prefixes: no milli-ol, centi-day, peta-annum or tera-nothing.
        ("m", "m"),
        ("mol", "mol"),
        ("cd", "cd"),
        ("min", "min"),
        ("h", "h"),
        ("Pa", "Pa"),
        ("T", "T"),
        ("bar", "bar"),
        ("atm", "atm"),
        ("F", "F"),
        ("H", "H"),
        ("Wb", "Wb"),
        # Names, prefixed or not, in any case.
        ("farads", "F"),
        ("Henries", "H"),
        ("webers", "Wb"),
        ("atmospheres", "atm"),
        ("kilopascals", "kPa"),
        ("microfarads", "μF"),
        ("millilitres", "mL"),
        ("electronvolts", "eV"),
        ("megaelectronvolts", "MeV"),
        ("kilograms", "kg"),
    ],
)
def test_units_are_read_with_their_prefixes(written: str, symbol: str) -> None:
    assert symbol_of(written) == symbol


@pytest.mark.parametrize(
    "written",
    ["pH", "TV", "Js", "c", "k", "mmin", "kh", "katm", "Kg", "PA", "mM", "kilohours", "ha"],
)
def test_words_that_look_prefixed_are_no_unit(written: str) -> None:
    assert symbol_of(written) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("μF", "C/V"),
        ("nF", "A s V^-1"),
        ("H", "Wb/A"),
        ("mH", "V s A⁻¹"),
        ("T", "Wb/m²"),
        ("MeV", "J"),
        ("atm", "Pa"),
        ("mbar", "kPa"),
        ("L", "dm³"),
        ("mL", "cm^3"),
        ("kWb", "T m^2"),
        ("μs", "min"),
        ("F/m", "C² N⁻¹ m⁻²"),
    ],
)
def test_units_of_one_quantity_have_one_dimension(first: str, second: str) -> None:
    first_read, second_read = unit_powers(first), unit_powers(second)
    assert first_read is not None and second_read is not None
    assert dimension(first_read) == dimension(second_read)


@pytest.mark.parametrize(
    ("first", "second"),
    [("F", "H"), ("Wb", "T"), ("mbar", "mm"), ("μF", "μC"), ("mol", "mmol m^-3")],
)
def test_units_of_other_quantities_have_other_dimensions(first: str, second: str) -> None:
    first_read, second_read = unit_powers(first), unit_powers(second)
    assert first_read is not None and second_read is not None
    assert dimension(first_read) != dimension(second_read)


def test_a_second_slash_divides_again_unless_refused() -> None:
    assert unit_powers("J/mol/K") == unit_powers("J/(mol K)")
    assert unit_powers("J/mol/K", chained_slashes=False) is None


# Values: the number a generated option or swap carries, then its units.


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
        ("101 kPa", "1 atm"),
        ("1013 mbar", "1.013 bar"),
        ("200 MeV", "3.2 × 10⁻¹¹ J"),
        ("22.4 L/mol", "0.0224 m³ mol⁻¹"),
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
        ("2.2 μF", "2.2 μH"),
        ("5 mm", "5 mmol"),
        ("1 atm", "1 L"),
    ],
)
def test_symbols_of_other_quantities_read_apart(first: str, second: str) -> None:
    assert None not in (si_dimension(first), si_dimension(second))
    assert si_dimension(first) != si_dimension(second)


def test_the_dimension_is_named_by_base_quantities() -> None:
    assert si_dimension("1.381 × 10⁻²³ J/K") == "dimension M1 L2 T-2 Θ-1"
    assert si_dimension("1.602 × 10⁻¹⁹ C") == "dimension T1 I1"
    assert si_dimension("4.7 μF") == "dimension M-1 L-2 T4 I2"


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
        "7 pH",  # the acidity, no picohenry
        "6.022 × 10²³ per mole",  # a number per amount, no units alone
        "3 TV",
    ],
)
def test_values_that_are_no_number_in_symbols_have_no_dimension(value: str) -> None:
    assert si_dimension(value) is None


# Any product of units, to any powers: written with a slash or with negative powers, with
# dots or with spaces, it reads the same.
_SYMBOLS = "kg m s A K mol cd N J W Pa C V Ω F H Wb T Hz eV L atm bar min h μF nF kPa MeV mm km μs mmol mL mT kΩ".split()  # noqa: SIM905, E501
_FACTORS = st.lists(
    st.tuples(st.sampled_from(_SYMBOLS), st.integers(-3, 3).filter(bool)),
    min_size=1,
    max_size=5,
    unique_by=lambda factor: factor[0],
).filter(lambda factors: any(power > 0 for _, power in factors))
_RAISED = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _powered(unit: str, power: int, raised: bool) -> str:
    if power == 1:
        return unit
    return unit + str(power).translate(_RAISED) if raised else f"{unit}^{power}"


@given(_FACTORS, st.booleans(), st.sampled_from([" ", "·", "*", " · "]))
def test_a_slash_reads_as_negative_powers_and_dots_as_spaces(
    factors: list[tuple[str, int]], raised: bool, times: str
) -> None:
    negative = " ".join(_powered(unit, power, raised) for unit, power in factors)
    above = times.join(_powered(unit, power, raised) for unit, power in factors if power > 0)
    below = [_powered(unit, -power, raised) for unit, power in factors if power < 0]
    slashed = above if not below else f"{above}/({times.join(below)})"
    read = unit_powers(negative)
    assert read == tuple(sorted(factors))
    assert unit_powers(slashed) == read
    assert si_dimension(f"2.5 {slashed}") == si_dimension(f"2.5 {negative}")
    assert si_dimension(f"2.5 {negative}") == f"dimension {_named(dimension(read))}"


def _named(powers: tuple[int, ...]) -> str:
    named = " ".join(
        f"{base}{power}" for base, power in zip("MLTIΘNJ", powers, strict=True) if power
    )
    return named or "none"

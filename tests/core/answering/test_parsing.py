"""Reading years, numbers and dates written in words, and true/false words."""

from __future__ import annotations

from fractions import Fraction

import pytest

from trainer.core.answering.date_parsing import parse_date, parse_year
from trainer.core.answering.parsing import parse_choice, parse_number, parse_order
from trainer.core.partial_dates import PartialDate, Precision


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("fifty thousand", 50_000),
        ("50 thousand hectares", 50_000),
        ("a million", 1_000_000),
        ("1.5 million", 1_500_000),
        ("one hundred degrees", 100),
        ("minus 273", -273),
        ("minus forty", -40),
        ("forteen", 14),
        ("eight thousand eight hundred and forty-nine", 8849),
    ],
)
def test_numbers_in_words(typed: str, value: int) -> None:
    assert parse_number(typed) == Fraction(value)


def test_two_numbers_in_words_are_not_one() -> None:
    assert parse_number("five or six") is None
    assert parse_number("many") is None


@pytest.mark.parametrize(
    ("typed", "year"),
    [("nineteen twenty-six", 1926), ("in nineteen twenty six", 1926), ("eighteen seventy", 1870)],
)
def test_years_in_words(typed: str, year: int) -> None:
    assert parse_year(typed) == year


@pytest.mark.parametrize(
    ("typed", "year"),
    [
        # A year typed with a thousands separator is that year, not the number after it.
        ("1,614", 1614),
        ("in 1,614", 1614),
        ("1 614", 1614),
        ("1\u202f926 AD", 1926),
        ("12,000 BC", -12000),
        # A date's comma separates its day from its year.
        ("September 1, 1928", 1928),
        ("1, 1928", 1928),
        # Not a whole number of groups of three digits: not that year.
        ("1,614.5", None),
    ],
)
def test_years_with_grouped_digits(typed: str, year: int | None) -> None:
    assert parse_year(typed) == year


@pytest.mark.parametrize(
    "typed",
    [
        "the first of September 1928",
        "first September nineteen twenty-eight",
        "September the first, 1928",
        "01 September 1928",
        # A weekday before the date says nothing more.
        "Saturday 1 September 1928",
        "Sat, 1 Sept 1928",
    ],
)
def test_dates_with_ordinals_and_numbers_in_words(typed: str) -> None:
    assert parse_date(typed) == PartialDate(1928, 9, 1, Precision.DAY)


@pytest.mark.parametrize(("typed", "index"), [("not true", 1), ("not false", 0), ("correct", 0)])
def test_true_false_phrases(typed: str, index: int) -> None:
    assert parse_choice(typed, ("True", "False")) == index


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("half a degree", Fraction(1, 2)),
        ("about half a degree", Fraction(1, 2)),
        ("a quarter", Fraction(1, 4)),
        ("three quarters", Fraction(3, 4)),
        ("one and a half", Fraction(3, 2)),
        ("2 and a half hours", Fraction(5, 2)),
        ("one and a half million", Fraction(1_500_000)),
        ("half a million", Fraction(500_000)),
        ("a quarter of a million", Fraction(250_000)),
        ("minus a half", Fraction(-1, 2)),
        ("2½", Fraction(5, 2)),
        ("¾ of a mile", Fraction(3, 4)),
        ("3/4", Fraction(3, 4)),
    ],
)
def test_fractions_in_words(typed: str, value: Fraction) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["half of 10", "quarter past 3", "a half or a quarter"])
def test_a_fraction_with_another_number_is_not_one_number(typed: str) -> None:
    assert parse_number(typed) is None


@pytest.mark.parametrize(
    ("typed", "month", "day"),
    [
        ("22/5/1960", 5, 22),  # over 12: the day
        ("5/22/1960", 5, 22),
        ("22.5.1960", 5, 22),
        ("22-5-1960", 5, 22),
        ("3/4/1960", 4, 3),  # either could be the month: day first
    ],
)
def test_numeric_dates_with_the_year_last(typed: str, month: int, day: int) -> None:
    assert parse_date(typed) == PartialDate(1960, month, day, Precision.DAY)


def test_a_numeric_month_and_year() -> None:
    assert parse_date("5/1960") == PartialDate(1960, 5, 1, Precision.MONTH)
    assert parse_date("13/13/1960") is None
    assert parse_date("31/2/1960") is None


@pytest.mark.parametrize(("typed", "value"), [("606th", 606), ("the 23rd", 23), ("2ND", 2)])
def test_ordinals_in_digits_are_numbers(typed: str, value: int) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["14 Febuary 1796", "14 Feb 1796", "Febuary 14, 1796"])
def test_a_month_misspelt_by_one_slip_is_read(typed: str) -> None:
    assert parse_date(typed) == PartialDate(1796, 2, 14, Precision.DAY)


@pytest.mark.parametrize(
    "typed", ["option 2", "number two", "no. 2", "the second", "2nd", "the second one", "Option 2"]
)
def test_an_option_named_by_its_number_in_words(typed: str) -> None:
    assert parse_choice(typed, ("Krupp", "Stinnes", "Junkers")) == 1


@pytest.mark.parametrize("typed", ["option 9", "the tenth", "option b", "two options"])
def test_no_option_by_a_number_it_does_not_have(typed: str) -> None:
    assert parse_choice(typed, ("Krupp", "Stinnes", "Junkers")) is None


BATTLES = ("The Battle of Waterloo", "The Battle of Marengo", "The Battle of Austerlitz")


@pytest.mark.parametrize(
    "typed",
    [
        "Marengo, Austerlitz, Waterloo",
        "Marengo Austerlitz Waterloo",
        "the Battle of Marengo; Austerlitz -> Waterloo",
        "marengo → austerlitz → waterloo",
        "2 3 1",
    ],
)
def test_an_order_typed_as_the_options_texts(typed: str) -> None:
    assert parse_order(typed, 3, BATTLES) == (1, 2, 0)


@pytest.mark.parametrize(
    "typed", ["Marengo, Austerlitz", "Battle, Marengo, Austerlitz", "Marengo, Marengo, Waterloo"]
)
def test_an_order_of_texts_names_every_option_once_and_only_it(typed: str) -> None:
    assert parse_order(typed, 3, BATTLES) is None
    assert parse_order("Marengo, Austerlitz, Waterloo", 3) is None  # no options given


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("17k", Fraction(17_000)),
        ("2.5k", Fraction(2_500)),
        ("about 17k people", Fraction(17_000)),
        ("3bn", Fraction(3_000_000_000)),
        ("3 bn", Fraction(3_000_000_000)),
        # An upper-case K is kelvin, and "m" metres as often as millions: as typed.
        ("273 K", Fraction(273)),
    ],
)
def test_a_scale_written_as_letters_against_the_number(typed: str, value: Fraction) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("- 1.5", Fraction(-3, 2)),
        ("-3/2", Fraction(-3, 2)),
        ("minus 3/4", Fraction(-3, 4)),
        ("$-36", Fraction(-36)),
        ("-$36", Fraction(-36)),
        ("40 below zero", Fraction(-40)),
        ("a single vote", Fraction(1)),
        ("1914-1918", None),
        ("20 - 30", None),
    ],
)
def test_a_number_keeps_its_sign_however_written(typed: str, value: Fraction | None) -> None:
    assert parse_number(typed) == value

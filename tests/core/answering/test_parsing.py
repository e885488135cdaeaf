"""Reading years, numbers and dates written in words, and true/false words."""

from __future__ import annotations

from fractions import Fraction

import pytest

from trainer.core.answering.parsing import parse_choice, parse_date, parse_number, parse_year
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
    "typed",
    [
        "the first of September 1928",
        "first September nineteen twenty-eight",
        "September the first, 1928",
        "01 September 1928",
    ],
)
def test_dates_with_ordinals_and_numbers_in_words(typed: str) -> None:
    assert parse_date(typed) == PartialDate(1928, 9, 1, Precision.DAY)


@pytest.mark.parametrize(("typed", "index"), [("not true", 1), ("not false", 0), ("correct", 0)])
def test_true_false_phrases(typed: str, index: int) -> None:
    assert parse_choice(typed, ("True", "False")) == index

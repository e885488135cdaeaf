"""Numbers in words, ordinals, Roman numerals and leading zeros read as digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.normalise import fold
from trainer.core.answering.number_words import (
    normalize_numbers,
    single_as_one,
)
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def digits(text: str) -> list[str]:
    return normalize_numbers(fold(text).split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fifty thousand", ["50000"]),
        ("a million", ["1000000"]),
        ("two hundred and five", ["205"]),
        ("one hundred degrees", ["100", "degrees"]),
        ("eight thousand eight hundred and forty-nine", ["8849"]),
        ("three hundred thousand", ["300000"]),
        ("nineteen twenty-six", ["1926"]),
        ("nineteen oh five", ["1905"]),
        ("eighteen seventy-two", ["1872"]),
        ("nineteen hundred", ["1900"]),
        ("two thousand and five", ["2005"]),
        ("50 million gold marks", ["50000000", "gold", "marks"]),
        ("5 hundred", ["500"]),
        ("the first of April", ["the", "1", "of", "april"]),
        ("twenty-first", ["21"]),
        ("the 9th", ["the", "9"]),
        ("1st", ["1"]),
        ("01 April", ["1", "april"]),
        ("sixteenth of June", ["16", "of", "june"]),
        ("Henry VIII", ["henry", "8"]),
        ("Louis XIV", ["louis", "14"]),
        ("World War I", ["world", "war", "1"]),
        ("the Saturn V rocket", ["the", "saturn", "5", "rocket"]),
        ("Saturn V went up", ["saturn", "v", "went", "up"]),
        ("Charles V of Spain", ["charles", "5", "of", "spain"]),
        ("Henry I of England", ["henry", "1", "of", "england"]),
        ("so I of course agree", ["so", "i", "of", "course", "agree"]),
        # "first" last, after a word of no number, says when: "byte first", "came first".
        ("the most significant byte first", ["the", "most", "significant", "byte", "first"]),
        ("Henry the First", ["henry", "the", "1"]),
        ("Elizabeth First", ["elizabeth", "1"]),
        ("the twenty-first", ["the", "21"]),
        ("one of them", ["one", "of", "them"]),
    ],
)
def test_numbers_become_digits(text: str, expected: list[str]) -> None:
    assert digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("forteen", ["14"]), ("fourty", ["40"]), ("ninty", ["90"]), ("eigth", ["8"])],
)
def test_misspelt_number_words_are_read_where_a_number_is_expected(
    text: str, expected: list[str]
) -> None:
    assert normalize_numbers(fold(text).split(), misspelt=True) == expected
    assert digits(text) == [text]  # in text, "seden" is more likely Sweden than seven


@pytest.mark.parametrize(
    "text", ["mix", "civil war", "vivid", "cd", "i think", "a lot", "often", "tent"]
)
def test_words_that_are_not_numbers_stay(text: str) -> None:
    assert digits(text) == fold(text).split()


def test_two_numbers_stay_apart() -> None:
    assert digits("five six") == ["5", "6"]
    assert digits("1926 1927") == ["1926", "1927"]


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spoken(n: int) -> str:
    """A number below a million as it is said in British English."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_UNITS[hundreds]} hundred" + (f" and {spoken(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    joiner = " and " if 0 < rest < 100 else " "
    return f"{spoken(thousands)} thousand" + (f"{joiner}{spoken(rest)}" if rest else "")


@given(st.integers(min_value=0, max_value=999_999))
def test_any_number_said_in_words_is_read(n: int) -> None:
    assert digits(spoken(n)) == [str(n)]


@given(st.integers(min_value=10, max_value=99), st.integers(min_value=10, max_value=99))
def test_any_year_said_in_two_halves_is_read(century: int, year: int) -> None:
    assert digits(f"{spoken(century)} {spoken(year)}") == [str(century * 100 + year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to a lower one", ["to", "a", "lower", "one"]),
        ("the right one", ["the", "right", "one"]),
        ("which one", ["which", "one"]),
        ("the first one", ["the", "1", "one"]),
        # A number still: a name's numeral, a count, a number said in words.
        ("the Vostok One", ["the", "vostok", "1"]),
        ("one hundred", ["100"]),
        ("the twenty one", ["the", "21"]),
        ("one", ["1"]),
    ],
)
def test_one_standing_for_a_thing_is_no_number(text: str, expected: list[str]) -> None:
    assert digits(text) == expected


def test_trillion_is_a_scale() -> None:
    assert digits("37 trillion cells") == ["37000000000000", "cells"]
    number = Answer(AnswerType.NUMBER, "37 trillion")
    for typed in ("37,000,000,000,000", "37 trillion", "thirty-seven trillion", "37tn"):
        assert grade(number, typed, policy=Policy()).correct, typed
    assert not grade(number, "37 billion", policy=Policy()).correct


def test_a_single_thing_is_one_where_a_number_is_looked_for() -> None:
    assert single_as_one(["by", "a", "single", "vote"]) == ["by", "1", "vote"]
    assert single_as_one(["one", "single", "vote"]) == ["1", "vote"]
    assert single_as_one(["a", "lone", "deputy"]) == ["1", "deputy"]
    assert single_as_one(["a", "single"]) == ["a", "single"]
    assert single_as_one(["a", "couple", "of", "votes"]) == ["a", "couple", "of", "votes"]


def test_one_way_is_no_count() -> None:
    assert "1" not in answer_words("one way, towards the heart")
    assert "1" not in answer_words("one by one")
    assert "1" in answer_words("one day")

"""Options that speak of the other options: "All of the above", "Both A and B"."""

from __future__ import annotations

import pytest

from trainer.core.answering.option_references import (
    names_options_by_letter,
    others_last,
    speaks_of_the_others,
)


@pytest.mark.parametrize(
    "option",
    [
        "All of the above",
        "all the above",
        "None of the above.",
        "None of these",
        "Both of the above",
        "Neither of these",
        "All of the above are correct",
        "Any of the other answers",
    ],
)
def test_an_option_about_the_others_as_a_whole_speaks_of_them(option: str) -> None:
    assert speaks_of_the_others(option)


@pytest.mark.parametrize(
    "option",
    ["Above the clouds", "All cats", "None", "Those above the law", "These two", "the others"],
)
def test_an_option_of_its_own_speaks_of_no_other(option: str) -> None:
    assert not speaks_of_the_others(option)


@pytest.mark.parametrize(
    "option",
    ["Both A and B", "A and C", "A, B and C", "Neither A nor B", "B and D only", "(A) or (C)"],
)
def test_an_option_naming_others_by_letter_is_told(option: str) -> None:
    assert names_options_by_letter(option)


@pytest.mark.parametrize(
    "option",
    ["Both I and II", "Bread and butter", "Watson and Crick", "I only", "a and b", "A"],
)
def test_an_option_naming_no_letters_is_none(option: str) -> None:
    assert not names_options_by_letter(option)


def test_the_options_about_the_others_go_last_in_their_order() -> None:
    options = ["None of the above", "Paris", "All of the above", "Rome"]
    assert others_last([2, 1, 0, 3], options) == [1, 3, 2, 0]
    assert others_last([3, 1], options) == [3, 1]

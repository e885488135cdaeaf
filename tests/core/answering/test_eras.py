"""Tests for trainer.core.answering.eras: BC, BCE, AD and CE, however written."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.date_parsing import parse_year
from trainer.core.answering.eras import eras_alike, eras_spaced, implied_era_left_out
from trainer.core.answering.verdict import Outcome


def test_eras_are_spaced_from_their_number_and_undotted() -> None:
    assert eras_spaced("216BC").split() == ["216", "BC"]
    assert eras_spaced("44 B.C.").split() == ["44", "BC"]
    assert eras_spaced("509 B. C. E.").split() == ["509", "BCE"]
    assert eras_spaced("A.D. 9").split() == ["AD", "9"]
    # Inside a word, the letters are no era.
    assert eras_spaced("ADD 3 aces").split() == ["ADD", "3", "aces"]


def test_secular_eras_are_the_older_ones_beside_a_number() -> None:
    assert eras_alike(["509", "bce"]) == ["509", "bc"]
    assert eras_alike(["ce", "9"]) == ["ad", "9"]
    # Not beside a number: a word like any other.
    assert eras_alike(["the", "ce", "mark"]) == ["the", "ce", "mark"]


def test_our_era_may_be_left_out_and_the_one_before_it_not() -> None:
    assert implied_era_left_out(["ad", "9"], ["9"]) == ["9"]
    assert implied_era_left_out(["ad", "9"], ["9", "bc"]) == ["ad", "9"]
    assert implied_era_left_out(["44", "bc"], ["44"]) == ["44", "bc"]


@pytest.mark.parametrize(
    ("typed", "year"),
    [("216 BC", -216), ("216 B.C.", -216), ("216BC", -216), ("216 BCE", -216), ("AD 9", 9)],
)
def test_years_read_with_their_era(typed: str, year: int) -> None:
    assert parse_year(typed) == year


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("509 BC", "509 BCE", Outcome.EXACT),
        ("509 BC", "509 B.C.E.", Outcome.EXACT),
        ("AD 9", "9 CE", Outcome.EXACT),
        ("AD 9", "9", Outcome.EXACT),
        ("AD 9", "9 BC", Outcome.WRONG),
        ("44 BC", "44 CE", Outcome.WRONG),
        ("44 BC", "44 AD", Outcome.WRONG),
    ],
)
def test_text_answers_with_eras(expected: str, typed: str, wanted: Outcome) -> None:
    assert graded(expected, typed, "When did it happen?") is wanted


def test_the_other_era_is_the_opposite_however_near_the_numbers() -> None:
    question = "In what year was the lex Hortensia passed?"
    for typed in ("287 AD", "287 CE"):
        assert graded("287 BC", typed, question, "287 B.C.", "287 BCE") is Outcome.WRONG


def test_a_century_takes_its_era_in_any_writing() -> None:
    question = "In which century did Pericles lead Athens?"
    for typed in ("the fifth century BCE", "5th century B.C.", "the 5th century BC"):
        assert graded("the 5th century BC", typed, question) is Outcome.EXACT, typed
    assert graded("the 5th century BC", "the fifth century AD", question) is Outcome.WRONG


@pytest.mark.parametrize("typed", ["the 14th century BC", "the 14th century BCE", "1350 BC"])
def test_the_era_before_ours_added_to_an_answer_of_ours_is_wrong(typed: str) -> None:
    question = "When did the Black Death strike Europe?"
    assert graded("the 14th century", typed, question, "1350") is Outcome.WRONG
    assert graded("the 14th century", "the 14th century AD", question) is Outcome.EXACT


def test_an_era_left_out_is_never_what_a_number_counts() -> None:
    # "431-404" was a slip ("what it counts left out ('bc')") for a range of years BC.
    question = "When did the Peloponnesian War take place?"
    assert graded("431–404 BC", "431-404", question) is Outcome.CLOSE
    assert graded("431–404 BC", "431 to 404 BC", question) is Outcome.EXACT
    assert graded("72 beats per minute", "72", "What is the resting heart rate?") is Outcome.TYPO

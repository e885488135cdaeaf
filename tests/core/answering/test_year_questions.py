"""Tests for trainer.core.answering.year_questions: a number asked for as a year is a year."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.words import answer_words
from trainer.core.answering.year_questions import asks_for_a_year, read_as_year
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("In what year did the Berlin Wall fall?", True),
        ("Which year saw the first Moon landing?", True),
        ("What year was the Treaty of Utrecht signed?", True),
        ("How many years did the Hundred Years' War last?", False),
        ("What is the year's shortest day called?", False),
        ("How many days are in a leap year?", False),
    ],
)
def test_questions_asking_for_a_year(question: str, asks: bool) -> None:
    assert asks_for_a_year(answer_words(question)) is asks


def test_only_a_whole_number_of_up_to_four_digits_is_read_as_a_year() -> None:
    words = answer_words("In what year was the Treaty of Utrecht signed?")
    assert read_as_year(AnswerType.NUMBER, "1713", words)
    assert read_as_year(AnswerType.NUMBER, "800", words)
    assert not read_as_year(AnswerType.NUMBER, "1713.5", words)
    assert not read_as_year(AnswerType.NUMBER, "17130", words)
    assert not read_as_year(AnswerType.TEXT, "1713", words)
    assert not read_as_year(AnswerType.NUMBER, "1713", answer_words("How many ships sailed?"))


QUESTION = "In what year was the Treaty of Utrecht signed?"


def outcome(expected: str, typed: str, question: str = QUESTION, tolerance: float = 0) -> Outcome:
    answer = Answer(AnswerType.NUMBER, expected, tolerance=tolerance)
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("typed", "expected_outcome"),
    [
        # A year's distance is counted in years, not as a share of the number: three
        # centuries off is no near miss, though 1412 is within a fifth of 1713.
        ("1412", Outcome.WRONG),
        ("1814", Outcome.WRONG),
        ("1701", Outcome.WRONG),
        ("1714", Outcome.CLOSE),
        ("1711", Outcome.CLOSE),
        # Written as years are.
        ("'13", Outcome.TYPO),
        ("AD 1713", Outcome.EXACT),
        ("1713 AD", Outcome.EXACT),
        ("April 1713", Outcome.EXACT),
        ("11 April 1713", Outcome.EXACT),
        ("1713", Outcome.EXACT),
        ("before 1720", Outcome.WRONG),
    ],
)
def test_a_number_asked_for_as_a_year_is_judged_as_a_year(
    typed: str, expected_outcome: Outcome
) -> None:
    assert outcome("1713", typed) is expected_outcome


def test_the_tolerance_is_in_years() -> None:
    assert outcome("1713", "1714", tolerance=1) is Outcome.TYPO


def test_a_number_asked_for_as_an_amount_is_still_a_number() -> None:
    question = "How many soldiers fought at the battle?"
    assert outcome("1713", "1412", question) is Outcome.CLOSE
    assert outcome("1713", "1713", question) is Outcome.EXACT

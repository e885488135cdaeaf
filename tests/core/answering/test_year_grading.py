"""Years graded against the answer's: a question that asks for one as approximate."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.words import answer_words
from trainer.core.answering.year_grading import NEAR_YEARS, asks_approximate_year
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(typed: str, question: str, answer: str = "1600") -> Outcome:
    return grade(Answer(AnswerType.YEAR, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    "question",
    [
        "In about what year was Hamlet first performed?",
        "Around when was the castle built?",
        "Roughly which year did it open?",
        "Hamlet was first performed about [year].",
    ],
)
def test_a_year_asked_as_approximate_may_be_near_it(question: str) -> None:
    assert _outcome("1600", question) is Outcome.EXACT
    assert _outcome(str(1600 + NEAR_YEARS), question) is Outcome.TYPO
    assert _outcome("1599", question) is Outcome.TYPO
    assert _outcome(str(1600 + NEAR_YEARS + 1), question) is Outcome.CLOSE
    assert _outcome("before 1600", question) is Outcome.WRONG  # a bound, no year


@pytest.mark.parametrize(
    "question",
    ["In what year was Hamlet first performed?", "When was it about to open?", "[year]"],
)
def test_a_year_asked_exactly_keeps_to_it(question: str) -> None:
    assert _outcome("1601", question) is Outcome.CLOSE


def test_only_an_approximator_right_before_the_asking_words_says_so() -> None:
    assert asks_approximate_year(answer_words("In about what year did it fall?"))
    assert not asks_approximate_year(answer_words("What year was it, about?"))
    assert not asks_approximate_year(answer_words("About how many ships sank?"))


def _date_outcome(typed: str, question: str = "When did the crash happen?") -> Outcome:
    answer = Answer(AnswerType.DATE, "1929-10-29")
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    "typed", ["29 October", "October 29", "Oct 29th", "on the 29th of October"]
)
def test_a_day_and_month_without_the_year_is_close_to_a_full_date(typed: str) -> None:
    assert _date_outcome(typed) is Outcome.CLOSE
    # Right where the question names the year itself.
    assert _date_outcome(typed, "On what day in 1929 did the market crash?") is Outcome.EXACT


def test_another_day_without_the_year_is_wrong() -> None:
    assert _date_outcome("28 October") is Outcome.WRONG
    assert _date_outcome("October") is Outcome.WRONG
    assert _date_outcome("28 October", "On what day in 1929 did it crash?") is Outcome.WRONG


@pytest.mark.parametrize(
    ("typed", "result"),
    [
        # "6/6/44" was "not a date": a year written short is read in the answer's century.
        ("6/6/44", Outcome.EXACT),
        ("6.6.44", Outcome.EXACT),
        ("6 June 44", Outcome.EXACT),
        ("7/6/44", Outcome.CLOSE),
        ("6/6/45", Outcome.WRONG),
    ],
)
def test_a_date_with_a_short_year_is_read_in_the_answer_s_century(
    typed: str, result: Outcome
) -> None:
    verdict = grade(
        Answer(AnswerType.DATE, "6 June 1944"),
        typed,
        policy=Policy(),
        question="When did the Normandy landings begin?",
    )
    assert verdict.outcome is result, verdict.rule


@pytest.mark.parametrize(
    ("typed", "result"),
    [
        # "7/4/1776" was "88 days off": read day first it is 7 April; America writes
        # the month first, and the learner's locale is unknown.
        ("7/4/1776", Outcome.EXACT),
        ("7/4/76", Outcome.EXACT),
        ("07-04-1776", Outcome.EXACT),
        ("4/7/1776", Outcome.EXACT),
        # Dots are written only day first; neither reading of "7/5" is the answer.
        ("7.4.1776", Outcome.WRONG),
        ("7/5/1776", Outcome.WRONG),
        ("1776-04-07", Outcome.WRONG),
    ],
)
def test_a_numeric_date_may_be_read_month_first(typed: str, result: Outcome) -> None:
    verdict = grade(
        Answer(AnswerType.DATE, "4 July 1776"),
        typed,
        policy=Policy(),
        question="When was the Declaration of Independence adopted?",
    )
    assert verdict.outcome is result, verdict.rule

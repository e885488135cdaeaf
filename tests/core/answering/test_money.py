"""Tests for trainer.core.answering.money: amounts in cents, or in dollars and cents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.money import money_lined_up
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def right(answer: str, typed: str) -> bool:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="What?").correct


@pytest.mark.parametrize(
    ("answer", "typed", "is_right"),
    [
        ("$3.30", "330 cents", True),
        ("$3.30", "3 dollars 30 cents", True),
        ("$3.30", "3 dollars and 30 cents", True),
        ("$7.25 an hour", "seven dollars and twenty-five cents an hour", True),
        ("$7.25 an hour", "725 cents an hour", True),
        ("25 cents", "$0.25", True),
        ("€2.50", "2 euros 50 cents", True),
        ("£3.50", "350p", True),
        ("£3.50", "3 pounds 50 pence", True),
        ("£3.50", "£3 50p", True),
        # Another amount, or hundredths of another currency.
        ("$3.30", "33 cents", False),
        ("$3.30", "3 dollars 3 cents", False),
        ("$3.30", "330 pence", False),
        ("£3.50", "350 cents", False),
    ],
)
def test_hundredths_of_the_answers_currency_are_read_in_its_main_unit(
    answer: str, typed: str, is_right: bool
) -> None:
    assert right(answer, typed) is is_right


def test_only_hundredths_are_rewritten() -> None:
    assert money_lined_up(["3.30", "usd"], ["330", "cents"]) == (["3.30", "usd"], ["3.3", "usd"])
    assert money_lined_up(["7", "usd"], ["7", "dollars"]) == (["7", "usd"], ["7", "dollars"])
    assert money_lined_up(["330", "cents"], ["330", "cents"]) == (
        ["330", "cents"],
        ["330", "cents"],
    )


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_dollars_and_cents_are_the_amount_they_add_up_to(dollars: int, cents: int) -> None:
    answer = f"${dollars}.{cents:02d}"
    assert right(answer, f"{dollars} dollars and {cents} cents")
    assert right(answer, f"{dollars * 100 + cents} cents")
    assert not right(answer, f"{dollars * 100 + cents + 1} cents")


@pytest.mark.parametrize(
    ("answer", "typed", "question", "is_right"),
    [
        # Pounds after a number beside money are sterling, even where the question
        # speaks of pounds: another currency.
        ("$2.80", "2.80 pounds", "What was the pound worth in dollars?", False),
        ("$2.80", "2.80 dollars", "What was the pound worth in dollars?", True),
        ("€40", "40 pounds", "What did it cost?", False),
        ("£40", "40 pounds", "What did it cost?", True),
    ],
)
def test_pounds_beside_money_are_sterling(
    answer: str, typed: str, question: str, is_right: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert verdict.correct is is_right


def test_a_sum_in_trillions_is_one_amount() -> None:
    question = "What was US GDP in 2023?"
    assert graded("$27 trillion", "27 trillion dollars", question) is Outcome.EXACT
    assert graded("$27 trillion", "$27,000 billion", question) is Outcome.EXACT
    assert graded("$27 trillion", "$27 billion", question) is Outcome.WRONG

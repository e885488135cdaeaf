"""Tests of a count of none said any way: "none", "0", "zero", "no one", "no justices"."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

DISSENTED = "How many justices dissented in Brown v. Board of Education?"


@pytest.mark.parametrize("answer", ["none", "0", "zero", "no justices"])
@pytest.mark.parametrize(
    "typed", ["none", "0", "zero", "no one", "nobody", "no justices", "there were none"]
)
def test_every_way_of_saying_none_is_the_count_of_none(answer: str, typed: str) -> None:
    # "0", "zero" and "no one" were wrong for "none": "numbers differ: 0 typed".
    assert graded(answer, typed, DISSENTED) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("none", "no rings", "How many moons does Venus have?"),  # not what is counted
        ("none", "1", "How many moons does Venus have?"),
        ("none", "no 5", "How many moons does Venus have?"),
        # A bare number is a count only where the question asks how many.
        ("0", "none", "What is the freezing point of water in Celsius?"),
        ("0 °C", "none", "What is the freezing point of water?"),
    ],
)
def test_another_count_or_a_value_is_not_none(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is Outcome.WRONG


def test_a_number_answer_of_zero_takes_none() -> None:
    answer = Answer(AnswerType.NUMBER, "0")
    found = grade(answer, "none", policy=Policy(), question="How many moons does Venus have?")
    assert found.outcome is Outcome.EXACT


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("none", Outcome.EXACT),
        ("no moons", Outcome.EXACT),
        ("none of them", Outcome.EXACT),
        # The number path read any "no X" as none: "no rings" was right for moons.
        ("no rings", Outcome.WRONG),
    ],
)
def test_a_number_answer_of_zero_reads_none_as_text_answers_do(
    typed: str, outcome: Outcome
) -> None:
    answer = Answer(AnswerType.NUMBER, "0")
    question = "How many moons does Mercury have?"
    assert grade(answer, typed, policy=Policy(), question=question).outcome is outcome

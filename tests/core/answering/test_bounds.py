"""Bounds on a number: the answer's may be left out or said otherwise, never turned round;
and a depth below sea level is a minus."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
DEAD_SEA = "What is the elevation of the shore of the Dead Sea, in metres?"


def correct(kind: AnswerType, answer: str, typed: str, question: str = "") -> bool:
    return grade(Answer(kind, answer), typed, policy=POLICY, question=question).correct


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("more than 1.4 billion", "1.4 billion", True),
        ("more than 1.4 billion", "over 1.4 billion people", True),
        ("more than 1.4 billion", "1,400 million", True),
        ("more than 1.4 billion", "one point four billion", True),
        ("more than 1.4 billion", "less than 1.4 billion", False),
        ("more than 1.4 billion", "under 1.4 billion", False),
        ("more than 1.4 billion", "1.4 million", False),
        ("almost 300,000", "nearly 300,000", True),
        ("almost 300,000", "300,000", True),
        ("almost 300,000", "over 300,000", False),
        ("over 8,000 troops", "more than 8000 troops", True),
        ("fewer than 100 people", "under 100 people", True),
        ("100 people", "more than 100 people", False),  # a bound the answer has not
    ],
)
def test_a_bound_in_a_text_answer(answer: str, typed: str, right: bool) -> None:
    assert correct(AnswerType.TEXT, answer, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("more than 1.4 billion", "over 1.4 billion", True),
        ("more than 1.4 billion", "1.4 billion", True),
        ("more than 1.4 billion", "less than 1.4 billion", False),
        ("more than 1.4 billion", "under 1.4 billion", False),
        ("1.4 billion", "over 1.4 billion", False),
    ],
)
def test_a_bound_in_a_number_answer(answer: str, typed: str, right: bool) -> None:
    assert correct(AnswerType.NUMBER, answer, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("-430", "430 m below sea level", True),
        ("-430", "430 metres below sea level", True),
        ("-430", "430 m above sea level", False),
        ("-430", "430", False),
        ("-430", "-430 feet", False),
        ("430", "430 m above sea level", True),
    ],
)
def test_below_sea_level_in_a_number_answer(answer: str, typed: str, right: bool) -> None:
    assert correct(AnswerType.NUMBER, answer, typed, DEAD_SEA) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("−10,935 m", "10,935 m below sea level", True),
        ("−10,935 m", "10935 metres below sea level", True),
        ("−10,935 m", "10,935 m", False),
        ("−10,935 m", "10,935 m above sea level", False),
        ("430 m below sea level", "−430 m", True),
        ("430 m below sea level", "430 m", False),
        ("The shore lies 430 m below sea level", "the shore lies -430 m", True),
        ("40 degrees below zero", "-40 degrees", True),
    ],
)
def test_below_sea_level_in_a_text_answer(answer: str, typed: str, right: bool) -> None:
    assert correct(AnswerType.TEXT, answer, typed) is right

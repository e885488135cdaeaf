"""A force per mass is an acceleration: g is "9.81 m/s²" or "9.81 N/kg"."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.per_units import per_units_in_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def outcome(expected: str, typed: str) -> Outcome:
    question = "What is the acceleration due to gravity?"
    return grade(
        Answer(AnswerType.TEXT, expected), typed, policy=Policy(), question=question
    ).outcome


@pytest.mark.parametrize(
    "text", ["9.81 N/kg", "9.81 N kg-1", "9.81 N kg⁻¹", "9.81 newtons per kilogram"]
)
def test_a_force_per_mass_is_written_as_an_acceleration(text: str) -> None:
    assert per_units_in_words(text) == "9.81 m/s²"


@pytest.mark.parametrize("text", ["9.81 J/kg", "5 kg", "N/A", "the Newtonian kg"])
def test_nothing_else_is(text: str) -> None:
    assert "m/s²" not in per_units_in_words(text)


@pytest.mark.parametrize(
    ("expected", "typed", "result"),
    [
        ("9.81 m/s²", "9.81 N/kg", Outcome.EXACT),
        ("9.81 N/kg", "9.81 m s^-2", Outcome.EXACT),
        ("9.81 m/s²", "9.81 J/kg", Outcome.WRONG),
        ("9.81 m/s²", "9.81 N", Outcome.WRONG),
    ],
)
def test_either_unit_of_an_acceleration_is_right(
    expected: str, typed: str, result: Outcome
) -> None:
    assert outcome(expected, typed) is result


def test_a_unit_of_another_kind_is_named_against_an_acceleration() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "9.81 m/s²"), "9.81 kg", policy=Policy())
    assert "not of acceleration" in verdict.rule

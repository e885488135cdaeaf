"""Tests for trainer.core.answering.unasked_units: a unit the question does not ask in."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

_FORCE = "A 2 kg mass accelerates at 5 m/s². What net force acts on it, in newtons?"
_TRIP = "A 120 km trip at 60 km/h takes how long, in hours?"


def _outcome(expected: str, typed: str, question: str) -> Outcome:
    answer = Answer(AnswerType.NUMBER, expected)
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question", "outcome"),
    [
        # A unit the question gives, but does not ask in, was taken as asked: exact.
        ("10", "10 kg", _FORCE, Outcome.WRONG),
        ("2", "2 km", _TRIP, Outcome.WRONG),
        # The unit it asks in, by name or symbol, is the answer's.
        ("10", "10 newtons", _FORCE, Outcome.EXACT),
        ("2", "2 hours", _TRIP, Outcome.EXACT),
        ("2", "2 h", _TRIP, Outcome.EXACT),
        # With no "in", a unit the question names is one it may ask in.
        ("12", "12 kg", "How heavy is a 12 kg bag?", Outcome.EXACT),
    ],
)
def test_a_question_asking_in_a_unit_asks_in_it_alone(
    expected: str, typed: str, question: str, outcome: Outcome
) -> None:
    assert _outcome(expected, typed, question) is outcome

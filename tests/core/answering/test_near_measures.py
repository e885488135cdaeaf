"""Tests of a measure typed with its number a little off (`near_measures`)."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(answer: str, typed: str, tolerance: float) -> Outcome:
    card = Answer(AnswerType.TEXT, answer, tolerance=tolerance)
    return grade(card, typed, policy=Policy(), question="How deep does it lie?").outcome


@pytest.mark.parametrize(
    ("answer", "typed", "tolerance", "outcome"),
    [
        # An answer's "about" ignored the deck's tolerance: "38 km" was wrong for
        # "about 35 km" with a tolerance of 5, and right for "35 km".
        ("about 35 km", "38 km", 5, Outcome.TYPO),
        ("about 35 km", "40 km", 5, Outcome.TYPO),
        ("35 km", "38 km", 5, Outcome.TYPO),
        ("about 2.5 cm a year", "2.8 cm a year", 0.5, Outcome.TYPO),
        # Beyond the tolerance, "about" keeps its own margin only.
        ("about 35 km", "41 km", 5, Outcome.WRONG),
        ("about 35 km", "38 km", 0, Outcome.WRONG),
        ("about 35 km", "36 km", 0, Outcome.TYPO),
    ],
)
def test_an_approximate_measure_keeps_the_deck_s_tolerance(
    answer: str, typed: str, tolerance: float, outcome: Outcome
) -> None:
    assert _outcome(answer, typed, tolerance) is outcome

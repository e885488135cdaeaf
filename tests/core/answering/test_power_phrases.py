"""Tests for trainer.core.answering.power_phrases: a power said either way round."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.power_phrases import powers_as_the_answer_says
from trainer.core.answering.verdict import Outcome

KEPLER = "the cube of its mean distance from the Sun"


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        (KEPLER, "its mean distance from the Sun cubed", Outcome.EXACT),
        (KEPLER, "its mean distance from the Sun squared", Outcome.WRONG),
        ("the square of the speed", "the speed squared", Outcome.EXACT),
        ("the speed squared", "the square of the speed", Outcome.EXACT),
        ("the speed squared", "square of the speed", Outcome.EXACT),
        ("the speed squared", "The Square of the Speed", Outcome.EXACT),
        ("the speed squared", "the cube of the speed", Outcome.WRONG),
    ],
)
def test_a_power_said_the_other_way_round_is_the_same_power(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert graded(answer, typed, "What?") is outcome


def test_another_thing_raised_to_the_power_is_not_right() -> None:
    assert graded("the speed squared", "the square of the mass", "What?") not in (
        Outcome.EXACT,
        Outcome.TYPO,
    )


def test_typed_text_is_left_alone_where_no_answer_says_a_power() -> None:
    assert powers_as_the_answer_says("the speed", "the speed squared") == "the speed squared"
    assert powers_as_the_answer_says("the speed", "the square of it") == "the square of it"
    assert powers_as_the_answer_says(KEPLER, "the distance") == "the distance"

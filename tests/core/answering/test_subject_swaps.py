"""Tests for trainer.core.answering.subject_swaps: another subject for the question's own."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # Each was close: the question gives "volume", so it may be left out, and
        # "pressure" was an extra word.
        ("Its volume increases", "its pressure increases"),
        ("Its volume is unchanged", "its pressure stays the same"),
        ("Its volume is unchanged", "its pressure is unchanged"),
    ],
)
def test_another_subject_before_the_answers_change_is_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What happens to its volume?") is Outcome.WRONG


@pytest.mark.parametrize(
    "typed",
    ["it increases", "its volume increases", "the volume increases", "it goes up"],
)
def test_the_change_said_of_the_question_s_own_subject_stays_right(typed: str) -> None:
    assert graded("Its volume increases", typed, "What happens to its volume?") in (
        Outcome.EXACT,
        Outcome.TYPO,
    )

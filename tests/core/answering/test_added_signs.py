"""Tests of a minus typed before an answer that has none (`added_signs`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.added_signs import sign_added
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # Each was exact: the minus was read as punctuation.
        ("infinity", "-∞"),
        ("e", "-e"),
        ("v", "−v"),
        ("the square root of 2", "minus the square root of 2"),
        ("pi", "-pi"),
    ],
)
def test_a_minus_the_answer_does_not_have_makes_another_answer(expected: str, typed: str) -> None:
    assert graded(expected, typed, "What is the value of the constant?") is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("-∞", "-infinity"),  # the answer's own minus
        ("ing", "-ing"),  # a suffix's hyphen
        ("Lipetsk", "- Lipetsk"),  # a bullet before a name
        ("infinity", "∞"),
        ("s", "-s"),  # a lone letter outside mathematics: the plural's suffix
    ],
)
def test_a_minus_the_answer_writes_or_a_hyphen_is_no_sign(expected: str, typed: str) -> None:
    assert graded(expected, typed, "What is it?") is Outcome.EXACT


def test_only_a_leading_sign_counts() -> None:
    assert sign_added(["x"], "-x", lambda word: word == "value")
    assert not sign_added(["x"], "-x")  # no question of mathematics
    assert not sign_added(["-x"], "-x")
    assert not sign_added(["x"], "x - 1")

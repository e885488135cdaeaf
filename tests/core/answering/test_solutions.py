"""Tests of an equation's solution typed as the unknown's value."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.solutions import solution_match
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("x = 4", "four"),
        ("x = 4", "x is 4"),
        ("x = 4", "X equals four"),
        ("n = -3", "minus three"),
        ("y = 2.5", "y is 2.5"),
        ("t = 3/4", "three quarters"),
    ],
)
def test_the_value_in_any_writing_is_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Solve the equation.") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("x = 4", "five"),
        ("x = 4", "x is -4"),
        ("x = 4", "about 4"),
        ("x = 4", "4 or 7"),
        ("x = 4", "y is 4"),
        ("x = 4", "x = 4 or x = 7"),
    ],
)
def test_another_value_a_hedge_or_another_unknown_is_not_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Solve the equation.") not in RIGHT


def test_only_an_unknowns_value_is_read_so() -> None:
    assert solution_match("F = ma", "four") is None
    assert solution_match("x = 4", "x + 1") is None
    assert solution_match("4", "four") is None


@pytest.mark.parametrize(
    ("expected", "typed", "result"),
    [
        # "x = ±2" and "-2, 2" were wrong for "x = 2 or x = −2".
        ("x = 2 or x = −2", "x = ±2", Outcome.EXACT),
        ("x = 2 or x = −2", "-2, 2", Outcome.EXACT),
        ("x = ±2", "x = 2 or x = -2", Outcome.EXACT),
        ("x = ±2", "2 or -2", Outcome.EXACT),
        ("x = ±2", "2", Outcome.CLOSE),  # one of them
        ("x = ±2", "x = 3 or x = -3", Outcome.WRONG),
        ("x = ±2", "x = 2 or x = 3", Outcome.WRONG),
    ],
)
def test_several_solutions_in_any_writing(expected: str, typed: str, result: Outcome) -> None:
    assert graded(expected, typed, "Solve x² = 4.") is result


def test_numbers_listed_with_no_unknown_keep_their_order() -> None:
    assert graded("2,8,1", "1, 8, 2", "What is sodium's electron configuration?") is (Outcome.WRONG)

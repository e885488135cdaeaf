"""Tests of a century or decade typed for a year: close where it holds the year."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.year_periods import period_of
from trainer.core.model import AnswerType


@pytest.mark.parametrize(
    ("typed", "period"),
    [
        ("the 19th century", (1801, 1900)),
        ("the fifth century BCE", (-500, -401)),
        ("5th century B.C.", (-500, -401)),
        ("the early 18th century", (1701, 1800)),
        ("the 1920s", (1920, 1929)),
        ("the 1920's", (1920, 1929)),
        ("the 400s BC", (-499, -400)),
        ("the 1900s", (1900, 1999)),
        ("1923", None),
        ("century", None),
        ("the 1925s", None),
    ],
)
def test_periods_read_as_their_first_and_last_years(
    typed: str, period: tuple[int, int] | None
) -> None:
    assert period_of(typed) == period


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("44 BC", "the 1st century BC"),
        ("490 BC", "the fifth century BC"),
        ("1859", "the 19th century"),
        ("1707", "the early 18th century"),
        ("1923", "the 1920s"),
        ("1958", "the 1950s"),
    ],
)
def test_a_period_that_holds_the_year_is_close(answer: str, typed: str) -> None:
    assert graded(answer, typed, "In what year?", answer_type=AnswerType.YEAR) is Outcome.CLOSE


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("44 BC", "the 1st century AD"),
        ("490 BC", "the 4th century BC"),
        ("1859", "the 18th century"),
        ("1923", "the 1930s"),
    ],
)
def test_a_period_that_does_not_hold_it_is_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, "In what year?", answer_type=AnswerType.YEAR) is Outcome.WRONG

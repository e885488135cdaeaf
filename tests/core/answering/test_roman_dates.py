"""Tests of days of the month named the Roman way: the Kalends, Nones and Ides."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.date_parsing import parse_date
from trainer.core.answering.roman_dates import modern_dates
from trainer.core.answering.verdict import Outcome
from trainer.core.model import AnswerType

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("text", "modern"),
    [
        ("the Ides of March", "15 March"),
        ("Ides of January", "13 January"),
        ("the Nones of July", "7 July"),
        ("the nones of June", "5 June"),
        ("the Kalends of August", "1 August"),
        ("on the Calends of May 44 BC", "on 1 May 44 BC"),
        ("Idesof March", "Idesof March"),
        ("the ides", "the ides"),
    ],
)
def test_roman_days_read_as_day_and_month(text: str, modern: str) -> None:
    assert modern_dates(text) == modern


def test_a_date_so_named_parses() -> None:
    assert parse_date("the Ides of March 1910") == parse_date("15 March 1910")


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("15 March", "the Ides of March", True),
        ("13 September", "the Ides of September", True),
        ("15 March", "the Ides of April", False),
        ("5 March", "the Nones of March", False),
        ("the Ides of March", "15 March", True),
    ],
)
def test_a_roman_day_answers_its_day(answer: str, typed: str, right: bool) -> None:
    assert (graded(answer, typed, "On what day?") in RIGHT) is right


def test_a_roman_day_answers_a_date_card() -> None:
    outcome = graded(
        "1 April 1900", "the Kalends of April 1900", "When?", answer_type=AnswerType.DATE
    )
    assert outcome in RIGHT

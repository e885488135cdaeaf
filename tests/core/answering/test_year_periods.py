"""Tests of a century, decade or span typed for a year: close where it holds the year."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.year_periods import period_of, short_span_ends
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
        # Spans of years, an end written short read in the start's century.
        ("1871-72", (1871, 1872)),
        ("1871–1872", (1871, 1872)),
        ("from 1871 to 1872", (1871, 1872)),
        ("between 1870 and 1872", (1870, 1872)),
        ("1899-01", (1899, 1901)),
        # A part of a century or decade is read as the whole.
        ("the early 1500s", (1500, 1599)),
        ("the mid-1920s", (1920, 1929)),
        ("49-44 BC", (-49, -44)),
        # A month and its year, or a span that runs backwards, is none.
        ("12/1914", None),
        ("5-1914", None),
        ("1872-1871", None),
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
        # Middlemarch came out in parts in 1871 and 1872.
        ("1871", "1871-72"),
        ("1872", "1871 to 1872"),
        # Read before as 44 BC itself, and so exact.
        ("44 BC", "49-44 BC"),
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
        ("1873", "1871-72"),
    ],
)
def test_a_period_that_does_not_hold_it_is_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, "In what year?", answer_type=AnswerType.YEAR) is Outcome.WRONG


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("published Middlemarch in 1871–72; its heroine", {"1872"}),
        ("the war of 1914-18", {"1918"}),
        ("the 1999-00 season", {"2000"}),
        ("in 1871-1872", set()),  # written in full: read as it is
        ("12-1914", set()),  # a month and its year
        ("49-44 BC", set()),  # two digits at the start: no century to carry
    ],
)
def test_the_short_end_of_a_span_in_a_text_is_read_in_full(text: str, ends: set[str]) -> None:
    assert short_span_ends(text) == ends

"""Days in the learner's words, shared by the app and line mode (issue 16, point 2)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.day_words import (
    day_and_month,
    days_between,
    interval_words,
    relative_date,
)

MON_30_NOV = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        (0, "today"),
        (1, "tomorrow"),
        (-1, "yesterday"),
        (5, "in 5 days, Sat 5 Dec"),
        (-3, "3 days ago, Fri 27 Nov"),
        (40, "in 40 days, Sat 9 Jan 2027"),
    ],
)
def test_relative_dates(offset: int, words: str) -> None:
    assert relative_date(MON_30_NOV + timedelta(days=offset), MON_30_NOV) == words


@given(st.dates(min_value=date(1971, 1, 1), max_value=date(8999, 1, 1)), st.integers(-999, 999))
def test_the_words_name_the_offset_and_the_date(today: date, offset: int) -> None:
    day = today + timedelta(days=offset)
    short, long = days_between(day, today), relative_date(day, today)
    assert long.startswith(short)
    if abs(offset) > 1:
        assert str(abs(offset)) in short
        assert long.endswith(day_and_month(day, today))
        assert str(day.day) in long
    assert (str(day.year) in day_and_month(day, today)) == (day.year != today.year)


@pytest.mark.parametrize(
    ("days", "words"), [(0, "today"), (1, "1 d"), (59, "59 d"), (90, "3.0 mo"), (400, "1.1 y")]
)
def test_interval_words(days: int, words: str) -> None:
    assert interval_words(days) == words

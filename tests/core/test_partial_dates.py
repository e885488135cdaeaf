"""Tests of dates as a deck writes them: the ISO way, with an era, or in English words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.partial_dates import PartialDate, Precision, parse_iso_date

MONTHS = "January February March April May June July August September October November December"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("1789-07-14", PartialDate(1789, 7, 14, Precision.DAY)),
        ("14 July 1789", PartialDate(1789, 7, 14, Precision.DAY)),
        ("July 14, 1789", PartialDate(1789, 7, 14, Precision.DAY)),
        ("14th of July 1789", PartialDate(1789, 7, 14, Precision.DAY)),
        ("July 1789", PartialDate(1789, 7, 1, Precision.MONTH)),
        ("Sept. 1830", PartialDate(1830, 9, 1, Precision.MONTH)),
        ("480 BC", PartialDate(-480, 1, 1, Precision.YEAR)),
    ],
)
def test_a_date_is_read_however_a_deck_writes_it(written: str, read: PartialDate) -> None:
    assert parse_iso_date(written) == read


@pytest.mark.parametrize(
    "written",
    ["31 February 1789", "14 Julio 1789", "14 July", "May", "the spring of 1926", "Marc 1926"],
)
def test_what_is_no_date_stays_none(written: str) -> None:
    assert parse_iso_date(written) is None


@given(st.dates(min_value=dt.date(100, 1, 1)), st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}"]))
def test_a_day_in_words_is_the_day_its_iso_form_is(day: dt.date, form: str) -> None:
    month = MONTHS.split()[day.month - 1]
    written = form.format(d=day.day, m=month, y=day.year)
    assert parse_iso_date(written) == parse_iso_date(day.isoformat())

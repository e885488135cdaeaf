"""Tests for trainer.core.answering.date_parsing: dates of either era, with their month and day."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.date_parsing import parse_date, why_no_date
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.partial_dates import PartialDate, Precision, checked_date
from trainer.core.scheduling.policy import Policy

IDES = "15 March 44 BC"


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        (IDES, PartialDate(-44, 3, 15, Precision.DAY)),
        ("March 15, 44 B.C.", PartialDate(-44, 3, 15, Precision.DAY)),
        ("the Ides of March, 44 BCE", PartialDate(-44, 3, 15, Precision.DAY)),
        ("15/3/44 BC", PartialDate(-44, 3, 15, Precision.DAY)),
        ("March 44 BC", PartialDate(-44, 3, 1, Precision.MONTH)),
        ("44 BC", PartialDate(-44, precision=Precision.YEAR)),
        ("24 August AD 79", PartialDate(79, 8, 24, Precision.DAY)),
        ("24 August 79 CE", PartialDate(79, 8, 24, Precision.DAY)),
    ],
)
def test_a_date_with_its_era_is_read_whatever_its_years_digits(
    typed: str, date: PartialDate
) -> None:
    assert parse_date(typed) == date


@pytest.mark.parametrize(
    "typed", ["15 March BC", "30 February 44 BC", "0 BC", "15 March 44 BC AD", "15 3 2 44 BC"]
)
def test_no_date_is_made_of_an_era_without_a_year_or_a_day_that_never_was(typed: str) -> None:
    assert parse_date(typed) is None


def verdict(typed: str, answer: str = IDES) -> Outcome:
    return grade(Answer(AnswerType.DATE, answer), typed, policy=Policy()).outcome


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("the Ides of March, 44 BC", Outcome.EXACT),
        ("15/3/44 BC", Outcome.EXACT),
        ("14 March 44 BC", Outcome.CLOSE),
        ("March 44 BC", Outcome.CLOSE),
        ("44 BC", Outcome.WRONG),
        ("15 March 45 BC", Outcome.WRONG),
        ("15 March AD 44", Outcome.WRONG),
        ("15 March 44", Outcome.WRONG),
    ],
)
def test_a_date_before_christ_is_graded_as_a_date(typed: str, outcome: Outcome) -> None:
    assert verdict(typed) is outcome


def test_the_era_left_out_is_said() -> None:
    want = PartialDate(-44, 3, 15, Precision.DAY)
    assert "era" in why_no_date("15 March 44", want)
    assert why_no_date("the day after", want) == "not a date"


@given(
    year=st.integers(min_value=-4000, max_value=-1),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=27),
)
def test_days_before_christ_are_counted_in_order_one_by_one(
    year: int, month: int, day: int
) -> None:
    date = checked_date(year, month, day, Precision.DAY)
    assert date is not None
    after = checked_date(year, month, day + 1, Precision.DAY)
    assert after is not None
    assert after.units(Precision.DAY) - date.units(Precision.DAY) == 1
    # The last day of 1 BC is the day before 1 January AD 1.
    last = checked_date(-1, 12, 31, Precision.DAY)
    first = checked_date(1, 1, 1, Precision.DAY)
    assert last is not None and first is not None
    assert first.units(Precision.DAY) - last.units(Precision.DAY) == 1
    assert date.first_ordinal <= date.last_ordinal < first.first_ordinal

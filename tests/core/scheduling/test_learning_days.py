"""Learning days: the 4 am boundary, time zones, both DST changes, and day bounds for queries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.learning_days import (
    day_bounds,
    days_between,
    fixed_clock,
    learning_day,
    learning_today,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(
    zone: ZoneInfo,
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    *,
    fold: int = 0,
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=zone, fold=fold)


def test_before_the_start_hour_counts_for_the_day_before() -> None:
    assert learning_day(at(BERLIN, 2024, 5, 2, 2, 0), 4) == date(2024, 5, 1)
    assert learning_day(at(BERLIN, 2024, 5, 2, 3, 59, 59), 4) == date(2024, 5, 1)
    assert learning_day(at(BERLIN, 2024, 5, 2, 4, 0), 4) == date(2024, 5, 2)
    assert learning_day(at(BERLIN, 2024, 5, 2, 23, 59), 4) == date(2024, 5, 2)


def test_a_midnight_start_is_the_calendar_date() -> None:
    assert learning_day(at(BERLIN, 2024, 5, 2, 0, 0), 0) == date(2024, 5, 2)
    assert learning_day(at(BERLIN, 2024, 5, 1, 23, 59), 0) == date(2024, 5, 1)


def test_the_moment_is_read_in_the_learners_zone() -> None:
    moment = datetime(2024, 5, 2, 1, 30, tzinfo=UTC)  # 03:30 in Berlin, 21:30 in New York
    assert learning_day(moment, 4, BERLIN) == date(2024, 5, 1)
    assert learning_day(moment, 4) == date(2024, 5, 1)  # 01:30 UTC, on its own clock
    assert learning_day(moment, 3, BERLIN) == date(2024, 5, 2)
    assert learning_day(moment, 4, NEW_YORK) == date(2024, 5, 1)


def test_berlin_spring_forward() -> None:
    # 31 March 2024: 02:00 CET jumps to 03:00 CEST.
    assert learning_day(at(BERLIN, 2024, 3, 31, 1, 30), 4) == date(2024, 3, 30)
    assert learning_day(at(BERLIN, 2024, 3, 31, 3, 30), 4) == date(2024, 3, 30)
    assert learning_day(at(BERLIN, 2024, 3, 31, 4, 0), 4) == date(2024, 3, 31)
    # The same instants given in UTC: 01:30 UTC is 03:30 CEST, 02:00 UTC is 04:00 CEST.
    assert learning_day(datetime(2024, 3, 31, 1, 30, tzinfo=UTC), 4, BERLIN) == date(2024, 3, 30)
    assert learning_day(datetime(2024, 3, 31, 2, 0, tzinfo=UTC), 4, BERLIN) == date(2024, 3, 31)


def test_berlin_fall_back() -> None:
    # 27 October 2024: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    first = datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = datetime(2024, 10, 27, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert first.astimezone(BERLIN).hour == second.astimezone(BERLIN).hour == 2
    assert learning_day(first, 4, BERLIN) == date(2024, 10, 26)
    assert learning_day(second, 4, BERLIN) == date(2024, 10, 26)
    assert learning_day(at(BERLIN, 2024, 10, 27, 2, 30, fold=1), 4) == date(2024, 10, 26)
    assert learning_day(at(BERLIN, 2024, 10, 27, 4, 0), 4) == date(2024, 10, 27)


def test_new_york_spring_forward_and_fall_back() -> None:
    # 10 March 2024: 02:00 EST jumps to 03:00 EDT. 3 November: 02:00 EDT back to 01:00 EST.
    assert learning_day(at(NEW_YORK, 2024, 3, 10, 3, 30), 4) == date(2024, 3, 9)
    assert learning_day(at(NEW_YORK, 2024, 3, 10, 4, 30), 4) == date(2024, 3, 10)
    assert learning_day(at(NEW_YORK, 2024, 3, 10, 3, 0), 2) == date(2024, 3, 10)
    assert learning_day(at(NEW_YORK, 2024, 3, 10, 1, 59), 2) == date(2024, 3, 9)
    for fold in (0, 1):
        moment = at(NEW_YORK, 2024, 11, 3, 1, 30, fold=fold)
        assert learning_day(moment, 4) == date(2024, 11, 2)
        assert learning_day(moment, 1) == date(2024, 11, 3)


def test_day_bounds_of_ordinary_and_dst_days() -> None:
    start, end = day_bounds(date(2024, 5, 2), 4, BERLIN)
    assert (start, end) == (at(BERLIN, 2024, 5, 2, 4), at(BERLIN, 2024, 5, 3, 4))
    assert start.utcoffset() == timedelta(0)  # in UTC, so differences are real hours
    assert end - start == timedelta(hours=24)
    spring = day_bounds(date(2024, 3, 30), 4, BERLIN)
    assert spring[1] - spring[0] == timedelta(hours=23)
    autumn = day_bounds(date(2024, 10, 26), 4, BERLIN)
    assert autumn[1] - autumn[0] == timedelta(hours=25)


def test_day_bounds_when_the_start_hour_is_skipped_or_repeated() -> None:
    # 02:00 does not exist in New York on 10 March 2024: the day starts at 03:00 EDT.
    start, _ = day_bounds(date(2024, 3, 10), 2, NEW_YORK)
    assert start == datetime(2024, 3, 10, 7, 0, tzinfo=UTC)
    local = start.astimezone(NEW_YORK)
    assert (local.hour, local.utcoffset()) == (3, timedelta(hours=-4))
    # 01:00 happens twice on 3 November: the day starts at the first, 01:00 EDT.
    start, _ = day_bounds(date(2024, 11, 3), 1, NEW_YORK)
    assert start == datetime(2024, 11, 3, 5, 0, tzinfo=UTC)


instants = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime(2025, 12, 31), timezones=st.just(UTC)
)
zones = st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("UTC"), ZoneInfo("Australia/Sydney")])
hours = st.integers(min_value=0, max_value=23)


@given(instants, zones, hours)
def test_day_bounds_hold_exactly_the_instants_of_their_day(
    moment: datetime, zone: ZoneInfo, hour: int
) -> None:
    day = learning_day(moment, hour, zone)
    start, end = day_bounds(day, hour, zone)
    assert start <= moment < end
    assert learning_day(start, hour, zone) == day
    assert learning_day(end, hour, zone) == day + timedelta(days=1)
    assert learning_day(end - timedelta(microseconds=1), hour, zone) == day


@given(instants, instants, zones, hours)
def test_learning_days_never_go_back_as_time_goes_on(
    a: datetime, b: datetime, zone: ZoneInfo, hour: int
) -> None:
    earlier, later = sorted((a, b))
    assert learning_day(earlier, hour, zone) <= learning_day(later, hour, zone)


def test_the_clock_moving_back_gives_the_earlier_day() -> None:
    # Nothing is clamped here; the scheduler treats answers on earlier days as drills.
    assert learning_day(at(BERLIN, 2024, 5, 1, 12), 4) < learning_day(at(BERLIN, 2024, 5, 2, 12), 4)


@pytest.mark.parametrize("bad", [-1, 24, 100])
def test_the_start_hour_must_be_0_to_23(bad: int) -> None:
    with pytest.raises(ValueError, match="0 to 23"):
        learning_day(at(BERLIN, 2024, 5, 2, 12), bad)
    with pytest.raises(ValueError, match="0 to 23"):
        day_bounds(date(2024, 5, 2), bad, BERLIN)


@pytest.mark.parametrize("bad", ["4", 4.0, True])
def test_the_start_hour_must_be_an_int(bad: object) -> None:
    with pytest.raises(TypeError, match="whole number"):
        learning_day(at(BERLIN, 2024, 5, 2, 12), bad)  # type: ignore[arg-type]


def test_naive_moments_are_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        learning_day(datetime(2024, 5, 2, 12), 4)
    with pytest.raises(ValueError, match="no time zone"):
        learning_day(datetime(2024, 5, 2, 12), 4, BERLIN)
    with pytest.raises(ValueError, match="no time zone"):
        fixed_clock(datetime(2024, 5, 2, 12))


def test_day_bounds_takes_a_date() -> None:
    with pytest.raises(TypeError, match="is a date"):
        day_bounds(datetime(2024, 5, 2, tzinfo=UTC), 4, BERLIN)


def test_days_between() -> None:
    assert days_between(date(2024, 2, 28), date(2024, 3, 1)) == 2
    assert days_between(date(2024, 3, 1), date(2024, 2, 28)) == -2
    assert days_between(date(2024, 3, 1), date(2024, 3, 1)) == 0


def test_learning_today_reads_the_injected_clock() -> None:
    clock = fixed_clock(at(NEW_YORK, 2024, 7, 4, 3, 0))
    assert learning_today(clock, 4) == date(2024, 7, 3)
    assert learning_today(clock, 4, BERLIN) == date(2024, 7, 4)  # 09:00 in Berlin

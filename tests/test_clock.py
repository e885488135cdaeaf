"""Tests for trainer.clock: TRAINER_NOW and the system clock, one clear error when unusable."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from trainer.clock import EARLIEST_YEAR, LATEST_YEAR, ClockError, clock_from_environment


@pytest.fixture
def bad_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local zone set to one whose offset Python cannot hold."""
    monkeypatch.setenv("TZ", "UTC+99")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_trainer_now_fixes_the_clock() -> None:
    clock = clock_from_environment({"TRAINER_NOW": "2026-03-01T09:00:00+01:00"})
    assert clock() == datetime(2026, 3, 1, 9, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "value",
    ["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "1969-12-31T12:00:00+00:00"],
)
def test_a_moment_outside_the_years_trainer_works_with_is_refused(value: str) -> None:
    with pytest.raises(ClockError) as caught:
        clock_from_environment({"TRAINER_NOW": value})
    message = str(caught.value)
    assert message.startswith(f"TRAINER_NOW='{value}' reads the year ")
    assert f"years {EARLIEST_YEAR} to {LATEST_YEAR}" in message and "\n" not in message


@pytest.mark.parametrize("year", [EARLIEST_YEAR, LATEST_YEAR])
def test_the_first_and_last_years_work(year: int) -> None:
    clock = clock_from_environment({"TRAINER_NOW": f"{year}-06-01T12:00:00+00:00"})
    assert clock().year == year


def test_a_value_that_is_no_moment_is_refused_with_its_control_characters_escaped() -> None:
    with pytest.raises(ClockError) as caught:
        clock_from_environment({"TRAINER_NOW": "soon\x1b[2J"})
    assert "'soon\\x1b[2J'" in str(caught.value) and "\x1b" not in str(caught.value)


@pytest.mark.usefixtures("bad_zone")
def test_a_time_zone_python_cannot_use_is_one_clear_error() -> None:
    with pytest.raises(ClockError, match=r"the local time zone \(TZ='UTC\+99'\) cannot be used"):
        clock_from_environment({})
    with pytest.raises(ClockError, match=r"TRAINER_NOW='2026-03-01T09:00:00' cannot be read"):
        clock_from_environment({"TRAINER_NOW": "2026-03-01T09:00:00"})
    # A moment with its own offset needs no local zone.
    clock = clock_from_environment({"TRAINER_NOW": "2026-03-01T09:00:00+01:00"})
    assert clock().year == 2026

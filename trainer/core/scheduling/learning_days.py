"""Learning days: the calendar day a moment counts for, given the hour the learner's day begins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

# The one clock type of the program: it returns an aware datetime. The shell passes a
# real one; tests pass a fixed one. The core never reads the time by itself.
Clock = Callable[[], datetime]


def check_day_start(day_starts_at: int) -> int:
    """The hour a learning day starts, checked: a whole number from 0 to 23."""
    if isinstance(day_starts_at, bool) or not isinstance(day_starts_at, int):
        raise TypeError(f"the day's starting hour is a whole number, not {day_starts_at!r}")
    if not 0 <= day_starts_at <= 23:
        raise ValueError(f"the day's starting hour must be 0 to 23, not {day_starts_at}")
    return day_starts_at


def learning_day(moment: datetime, day_starts_at: int, tz: tzinfo | None = None) -> date:
    """The learning day a moment counts for.

    The moment is read on the learner's wall clock (in `tz`, else in its own zone), and
    a moment before `day_starts_at` o'clock counts for the day before: with the default
    4 am start, a review at 02:00 belongs to yesterday. Using wall-clock hours, not
    elapsed ones, keeps the boundary at 4 am on the days clocks change.
    """
    check_day_start(day_starts_at)
    local = _local(moment, tz)
    wall = local.replace(tzinfo=None)
    return (wall - timedelta(hours=day_starts_at)).date()


def learning_today(clock: Clock, day_starts_at: int, tz: tzinfo | None = None) -> date:
    """The current learning day, by the injected clock."""
    return learning_day(clock(), day_starts_at, tz)


def day_bounds(day: date, day_starts_at: int, tz: tzinfo) -> tuple[datetime, datetime]:
    """The half-open span [start, end) of instants that count for a learning day.

    Both ends are aware datetimes in UTC, for range queries such as "today's reviews"
    (UTC also keeps their difference right: Python subtracts datetimes that share a
    zone by their wall clocks, which is an hour off on the days clocks change).
    When the starting hour does not exist (clocks jumped over it) the day starts at the
    first instant after the jump; when it happens twice, at its first occurrence.
    """
    check_day_start(day_starts_at)
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError(f"a learning day is a date, not {day!r}")
    return _day_start(day, day_starts_at, tz), _day_start(
        day + timedelta(days=1), day_starts_at, tz
    )


def days_between(earlier: date, later: date) -> int:
    """Whole days from one learning day to another; negative if `later` comes first."""
    return (later - earlier).days


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always reads the same aware moment (for tests and replays)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a clock reads aware datetimes; {moment!r} has no time zone")
    return lambda: moment


def _day_start(day: date, day_starts_at: int, tz: tzinfo) -> datetime:
    # fold=0 reads a skipped wall time with the offset in force before the jump, which
    # lands on the first real instant after it (02:00 skipped → 03:00), and an
    # ambiguous one as its first occurrence: both are where the wall clock first
    # reaches the starting hour.
    wall = datetime.combine(day, time(hour=day_starts_at), tzinfo=tz)
    return wall.astimezone(UTC)


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    if not isinstance(moment, datetime):
        raise TypeError(f"a moment is a datetime, not {moment!r}")
    # A naive datetime would be read in the machine's zone: an impure, silent guess.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"the moment {moment!r} has no time zone; pass an aware datetime")
    return moment if tz is None else moment.astimezone(tz)

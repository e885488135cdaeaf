"""The shell's clock: the real local time, or a fixed moment from TRAINER_NOW for scripts."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime

from trainer.core.scheduling.learning_days import Clock
from trainer.core.untrusted import printable
from trainer.errors import TrainerError

NOW_VARIABLE = "TRAINER_NOW"
ZONE_VARIABLE = "TZ"
# The years a clock may read. Learning days, due dates (a day plus years of interval)
# and exam windows are computed from "now": far from this range they overflow Python's
# dates (years 1 to 9999). No learner studies outside it.
EARLIEST_YEAR = 1970
LATEST_YEAR = 9000


class ClockError(TrainerError, ValueError):
    """TRAINER_NOW is not a usable ISO 8601 moment, or the local time cannot be read (a bad TZ)."""


def system_clock() -> datetime:
    """Now, as an aware datetime in the machine's local zone (re-read on every call, so a
    change of daylight-saving time is picked up)."""
    try:
        return datetime.now().astimezone()
    except (ValueError, OverflowError, OSError) as error:
        raise ClockError(_zone_problem(error)) from None


def clock_from_environment(environ: Mapping[str, str] = os.environ) -> Clock:
    """The clock the shell should use: fixed at TRAINER_NOW when that is set.

    TRAINER_NOW lets a script replay sessions on chosen days, e.g.
    ``TRAINER_NOW=2026-03-01T09:00:00+01:00 trainer review --plain``. A moment without
    an offset is read in the machine's local zone. The clock is read once here, so a
    bad TRAINER_NOW or TZ is one clear error before anything else is done.
    """
    value = environ.get(NOW_VARIABLE, "").strip()
    if not value:
        check_moment(system_clock(), "the system clock")
        return system_clock
    shown = f"{NOW_VARIABLE}='{printable(value, one_line=True)}'"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ClockError(
            f"{shown} is not an ISO 8601 moment such as 2026-03-01T09:00:00+01:00"
        ) from None
    if moment.tzinfo is None:
        try:
            moment = moment.astimezone()
        except (ValueError, OverflowError, OSError) as error:
            raise ClockError(f"{shown} cannot be read in the local time zone: {error}") from None
    fixed = check_moment(moment, shown)
    return lambda: fixed


def check_moment(moment: datetime, source: str) -> datetime:
    """`moment` if its year lies in EARLIEST_YEAR..LATEST_YEAR; a ClockError otherwise."""
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ClockError(
            f"{source} reads the year {moment.year}; trainer works with years "
            f"{EARLIEST_YEAR} to {LATEST_YEAR}"
        )
    return moment


def _zone_problem(error: Exception) -> str:
    zone = os.environ.get(ZONE_VARIABLE)
    named = f" ({ZONE_VARIABLE}='{printable(zone, one_line=True)}')" if zone is not None else ""
    return f"the local time zone{named} cannot be used: {error}"

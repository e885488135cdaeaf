"""The shell's clock: the real local time, or a fixed moment from TRAINER_NOW for scripts."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime

from trainer.core.days import Clock
from trainer.errors import TrainerError

NOW_VARIABLE = "TRAINER_NOW"


class ClockError(TrainerError, ValueError):
    """TRAINER_NOW holds something that is not an ISO 8601 moment."""


def system_clock() -> datetime:
    """Now, as an aware datetime in the machine's local zone (re-read on every call, so a
    change of daylight-saving time is picked up)."""
    return datetime.now().astimezone()


def clock_from_environment(environ: Mapping[str, str] = os.environ) -> Clock:
    """The clock the shell should use: fixed at TRAINER_NOW when that is set.

    TRAINER_NOW lets a script replay sessions on chosen days, e.g.
    ``TRAINER_NOW=2026-03-01T09:00:00+01:00 trainer review --plain``. A moment without
    an offset is read in the machine's local zone.
    """
    value = environ.get(NOW_VARIABLE, "").strip()
    if not value:
        return system_clock
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ClockError(
            f"{NOW_VARIABLE}={value!r} is not an ISO 8601 moment such as 2026-03-01T09:00:00+01:00"
        ) from None
    fixed = moment.astimezone() if moment.tzinfo is None else moment
    return lambda: fixed

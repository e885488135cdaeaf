"""Every scheduler trainer knows, by the name stored with each schedule and log row."""

from __future__ import annotations

from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2, SM2_SCHEDULER

# The scheduler of a deck that names none.
DEFAULT_SCHEDULER = SM2

# A new scheduler is registered here, by its name.
SCHEDULERS: dict[str, Scheduler] = {SM2: SM2_SCHEDULER}


class UnknownSchedulerError(ValueError):
    """A schedule names a scheduler this trainer does not have."""


def scheduler_named(name: str) -> Scheduler:
    """The scheduler with that name; UnknownSchedulerError, listing the known ones, if none."""
    try:
        return SCHEDULERS[name]
    except KeyError:
        known = ", ".join(sorted(SCHEDULERS))
        raise UnknownSchedulerError(f"unknown scheduler {name!r} (known: {known})") from None


def default_scheduler() -> Scheduler:
    return scheduler_named(DEFAULT_SCHEDULER)

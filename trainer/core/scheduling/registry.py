"""Every scheduler trainer knows, by the name stored with each schedule and log row."""

from __future__ import annotations

from trainer.core.scheduling.fsrs_scheduler import FSRS, FSRS_SCHEDULER, FSRSScheduler
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2, SM2_SCHEDULER

# The scheduler of a deck that names none.
DEFAULT_SCHEDULER = SM2

# A new scheduler is registered here, by its name.
SCHEDULERS: dict[str, Scheduler] = {SM2: SM2_SCHEDULER, FSRS: FSRS_SCHEDULER}


class UnknownSchedulerError(ValueError):
    """A schedule names a scheduler this trainer does not have."""


def scheduler_named(name: str) -> Scheduler:
    """The scheduler with that name; UnknownSchedulerError, listing the known ones, if none.

    Reading a stored schedule (its memory, hardness, stage) needs no setting, so this is
    the scheduler with its defaults; a deck's answers go through ``configured_scheduler``.
    """
    try:
        return SCHEDULERS[name]
    except KeyError:
        known = ", ".join(sorted(SCHEDULERS))
        raise UnknownSchedulerError(f"unknown scheduler {name!r} (known: {known})") from None


def configured_scheduler(name: str, *, desired_retention: float) -> Scheduler:
    """The scheduler a deck's settings choose, set up with them (FSRS's desired retention)."""
    scheduler = scheduler_named(name)
    if name == FSRS:
        return _fsrs_with(desired_retention)
    return scheduler


def _fsrs_with(desired_retention: float) -> Scheduler:
    if desired_retention == FSRS_SCHEDULER.desired_retention:
        return FSRS_SCHEDULER
    return FSRSScheduler(desired_retention)


def default_scheduler() -> Scheduler:
    return scheduler_named(DEFAULT_SCHEDULER)

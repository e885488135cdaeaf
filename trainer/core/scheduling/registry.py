"""Every scheduler trainer knows, by the name stored with each schedule and log row.

A scheduler's module is imported the first time a schedule or a setting asks for it:
FSRS's brings the `fsrs` package, which a collection that never chose FSRS does not
need before its first question.
"""

from __future__ import annotations

from collections.abc import Callable

from trainer.core.scheduling.fsrs_settings import FSRS
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2, SM2_SCHEDULER

# The scheduler of a deck that names none.
DEFAULT_SCHEDULER = SM2


def _fsrs() -> Scheduler:
    from trainer.core.scheduling.fsrs_scheduler import FSRS_SCHEDULER

    return FSRS_SCHEDULER


# A new scheduler is registered here, by its name: how to get it, once it is needed.
_LOADERS: dict[str, Callable[[], Scheduler]] = {SM2: lambda: SM2_SCHEDULER, FSRS: _fsrs}

# The schedulers looked up so far, by name (a test may add one of its own).
SCHEDULERS: dict[str, Scheduler] = {}


class UnknownSchedulerError(ValueError):
    """A schedule names a scheduler this trainer does not have."""


def scheduler_names() -> tuple[str, ...]:
    """Every scheduler's name, whether or not it was looked up yet."""
    return tuple(dict.fromkeys([*_LOADERS, *SCHEDULERS]))


def scheduler_named(name: str) -> Scheduler:
    """The scheduler with that name; UnknownSchedulerError, listing the known ones, if none.

    Reading a stored schedule (its memory, hardness, stage) needs no setting, so this is
    the scheduler with its defaults; a deck's answers go through ``configured_scheduler``.
    """
    scheduler = SCHEDULERS.get(name)
    if scheduler is not None:
        return scheduler
    loader = _LOADERS.get(name)
    if loader is None:
        known = ", ".join(sorted(scheduler_names()))
        raise UnknownSchedulerError(f"unknown scheduler {name!r} (known: {known})")
    # Two threads may load it at once: both get the module's one scheduler.
    scheduler = SCHEDULERS[name] = loader()
    return scheduler


def configured_scheduler(name: str, *, desired_retention: float) -> Scheduler:
    """The scheduler a deck's settings choose, set up with them (FSRS's desired retention)."""
    scheduler = scheduler_named(name)
    if name == FSRS:
        return _fsrs_with(desired_retention)
    return scheduler


def _fsrs_with(desired_retention: float) -> Scheduler:
    from trainer.core.scheduling.fsrs_scheduler import FSRS_SCHEDULER, FSRSScheduler

    if desired_retention == FSRS_SCHEDULER.desired_retention:
        return FSRS_SCHEDULER
    return FSRSScheduler(desired_retention)


def default_scheduler() -> Scheduler:
    return scheduler_named(DEFAULT_SCHEDULER)

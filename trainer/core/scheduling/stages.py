"""Where a card stands in learning (new, learning, young, mature) and what counts as passing.

These are the statistics' definitions; the store builds its SQL from the constants here,
so the counts it returns and `stage_of` always agree.
"""

from __future__ import annotations

from enum import StrEnum

from trainer.core.scheduling.registry import scheduler_named
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.state import Quality

# A learned card whose interval is this many days or more is mature; below, young.
MATURE_INTERVAL = 21
# The lowest grade that counts as remembering (for retention): 3, recalled with difficulty.
PASSING_GRADE = int(Quality.CORRECT_DIFFICULT)


class Stage(StrEnum):
    """A card's stage: never answered, in its learning steps, learned recently, or for long."""

    NEW = "new"
    LEARNING = "learning"
    YOUNG = "young"
    MATURE = "mature"


def stage(schedule: Schedule, *, learning: bool) -> Stage:
    """The stage of a schedule whose scheduler says whether it is still `learning`."""
    if schedule.is_new:
        return Stage.NEW
    if learning:
        return Stage.LEARNING
    return Stage.MATURE if schedule.interval >= MATURE_INTERVAL else Stage.YOUNG


def stage_of(schedule: Schedule) -> Stage:
    """The stage of a schedule, asking its own scheduler whether it is still learning."""
    return stage(schedule, learning=scheduler_named(schedule.scheduler).is_learning(schedule))


def passed(grade: Quality | int) -> bool:
    """True for a grade that counts as remembered in retention (3 or more)."""
    return int(grade) >= PASSING_GRADE

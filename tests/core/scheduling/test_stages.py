"""A card's stage (new, learning, young, mature) and what counts as passing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.sm2_scheduler import SM2, SM2Memory
from trainer.core.scheduling.stages import (
    MATURE_INTERVAL,
    PASSING_GRADE,
    Stage,
    passed,
    stage,
    stage_of,
)
from trainer.core.scheduling.state import Quality

DAY = date(2025, 3, 1)


def sm2(repetitions: int, interval: int) -> Schedule:
    return Schedule(
        scheduler=SM2,
        memory=SM2Memory(repetitions=repetitions),
        due=DAY + timedelta(days=interval),
        last_review=DAY,
        interval=interval,
    )


def test_the_thresholds() -> None:
    assert (MATURE_INTERVAL, PASSING_GRADE) == (21, 3)
    assert [passed(q) for q in Quality] == [False, False, False, True, True, True]


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (Schedule(scheduler=SM2, memory=SM2Memory()), Stage.NEW),
        (sm2(0, 1), Stage.LEARNING),
        (sm2(1, 1), Stage.LEARNING),
        (sm2(2, 6), Stage.YOUNG),
        (sm2(3, 20), Stage.YOUNG),
        (sm2(3, 21), Stage.MATURE),
        (sm2(9, 300), Stage.MATURE),
        # Relearning after a lapse: the interval is 1 again, the stage learning.
        (replace(sm2(0, 1), lapses=2), Stage.LEARNING),
    ],
)
def test_stage_of_an_sm2_schedule(schedule: Schedule, expected: Stage) -> None:
    assert stage_of(schedule) is expected


def test_the_stage_follows_the_schedulers_word_on_learning() -> None:
    mature = sm2(3, 40)
    assert stage(mature, learning=True) is Stage.LEARNING
    assert stage(mature, learning=False) is Stage.MATURE
    assert stage(Schedule(scheduler="any", memory=None), learning=True) is Stage.NEW

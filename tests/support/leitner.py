"""A second scheduler for tests: Leitner's boxes, to prove the store takes any Scheduler.

A passed answer moves a card up a box (at most 5) and due in 2**box days; a failed one
back to box 0, due tomorrow. Like SM-2, only the first answer of a day counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from trainer.core.scheduling.schedule import (
    Memory,
    ReplayAnswer,
    ReviewRecord,
    Schedule,
    check_moment,
)
from trainer.core.scheduling.state import Quality

TOP_BOX = 5


@dataclass(frozen=True, slots=True)
class Box:
    number: int = 0


class LeitnerScheduler:
    name = "leitner"

    def initial(self) -> Schedule:
        return Schedule(scheduler=self.name, memory=Box())

    def review(
        self, schedule: Schedule, grade: Quality | int, day: date, *, at: datetime
    ) -> tuple[Schedule, ReviewRecord]:
        check_moment(at)
        grade = Quality(grade)
        box = self._box(schedule)
        if schedule.last_review is not None and day <= schedule.last_review:
            after = replace(schedule, drill=grade < 4, reviews=schedule.reviews + 1)
            return after, ReviewRecord(day, grade, True, schedule, after)
        number = min(TOP_BOX, box.number + 1) if grade >= 3 else 0
        interval = 2**number if grade >= 3 else 1
        after = replace(
            schedule,
            memory=Box(number),
            interval=interval,
            due=day + timedelta(days=interval),
            last_review=day,
            drill=grade < 4,
            lapses=schedule.lapses + (1 if grade < 3 and box.number > 0 else 0),
            reviews=schedule.reviews + 1,
        )
        return after, ReviewRecord(day, grade, False, schedule, after)

    def replay(self, answers: Iterable[ReplayAnswer]) -> Schedule:
        schedule = self.initial()
        for answer in answers:
            schedule, _ = self.review(schedule, answer.grade, answer.day, at=answer.at)
            if answer.recorded_due is not None:
                schedule = replace(schedule, due=answer.recorded_due)
        return schedule

    def hardness(self, schedule: Schedule) -> float:
        return 1 - self._box(schedule).number / TOP_BOX

    def is_learning(self, schedule: Schedule) -> bool:
        return not schedule.is_new and self._box(schedule).number < 2

    def describe(self, memory: Memory) -> tuple[tuple[str, str], ...]:
        assert isinstance(memory, Box)
        return (("box", str(memory.number)),)

    def memory_to_json(self, memory: Memory) -> str:
        assert isinstance(memory, Box)
        return json.dumps({"box": memory.number}, separators=(",", ":"))

    def memory_from_json(self, text: str) -> Box:
        data = json.loads(text)
        if not isinstance(data, dict) or set(data) != {"box"}:
            raise ValueError(f"not a Leitner box: {text!r}")
        return Box(int(data["box"]))

    def _box(self, schedule: Schedule) -> Box:
        assert schedule.scheduler == self.name and isinstance(schedule.memory, Box)
        return schedule.memory


LEITNER = LeitnerScheduler()

"""FSRS-6 behind the Scheduler protocol: an adapter over the `fsrs` package (py-fsrs).

FSRS remembers a card's stability (days until recall falls to 90%) and difficulty
(1–10), and the moment of its last counted answer, because it measures elapsed time in
real time (UTC), not in learning days. The package's own Scheduler does every
computation, set up for trainer's day model:

- no intra-day learning or relearning steps: trainer's same-day drill plays that role;
- drills do not change FSRS memory, exactly as they do not change SM-2's: only the first
  answer of a learning day counts, so that a card's memory does not depend on how many
  drill rounds the queue happened to give, and SM-2 and FSRS count the same answers
  (which is also what `trainer evaluate` scores);
- no fuzz: the core is deterministic, and replaying a log must give back the same
  schedule.

Grades map to FSRS ratings as 0–2 Again, 3 Hard, 4 Good, 5 Easy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import fsrs

from trainer.core.records import record
from trainer.core.scheduling.fsrs_settings import (
    DEFAULT_RETENTION,
    FSRS,
    MAX_RETENTION,
    MIN_RETENTION,
)
from trainer.core.scheduling.schedule import (
    Memory,
    ReplayAnswer,
    ReviewRecord,
    Schedule,
    check_moment,
)
from trainer.core.scheduling.sm2 import as_quality
from trainer.core.scheduling.state import Quality

# A reviewed card whose stability is below this many days is still learning (SM-2's
# second interval, 6 days, marks the same boundary there).
LEARNED_STABILITY = 6.0
_DIFFICULTY_RANGE = (fsrs.scheduler.MIN_DIFFICULTY, fsrs.scheduler.MAX_DIFFICULTY)


def rating_of(grade: Quality | int) -> fsrs.Rating:
    """The FSRS rating of a 0–5 grade: 0–2 Again, 3 Hard, 4 Good, 5 Easy."""
    quality = as_quality(grade)
    if quality < Quality.CORRECT_DIFFICULT:
        return fsrs.Rating.Again
    return {
        Quality.CORRECT_DIFFICULT: fsrs.Rating.Hard,
        Quality.CORRECT_HESITATION: fsrs.Rating.Good,
    }.get(quality, fsrs.Rating.Easy)


@record
class FSRSMemory:
    """What FSRS remembers of a card; all None for a card never answered."""

    stability: float | None = None
    difficulty: float | None = None
    # The moment (UTC) of the last counted answer: FSRS's clock for elapsed time.
    reviewed_at: datetime | None = None


@lru_cache(maxsize=32)
def package_scheduler(
    desired_retention: float = DEFAULT_RETENTION,
    parameters: tuple[float, ...] = fsrs.scheduler.DEFAULT_PARAMETERS,
) -> fsrs.Scheduler:
    """The `fsrs` package's Scheduler as trainer uses it: FSRS-6 parameters (the package's
    defaults unless fitted ones are given), no learning steps, no fuzz."""
    return fsrs.Scheduler(
        parameters=parameters,
        desired_retention=desired_retention,
        learning_steps=(),
        relearning_steps=(),
        enable_fuzzing=False,
    )


class FSRSScheduler:
    """FSRS-6 with a desired retention (and the default parameters unless fitted ones
    are given, as `trainer evaluate` does), as a Scheduler."""

    name = FSRS

    def __init__(
        self,
        desired_retention: float = DEFAULT_RETENTION,
        parameters: tuple[float, ...] = fsrs.scheduler.DEFAULT_PARAMETERS,
    ) -> None:
        check_retention(desired_retention)
        self.desired_retention = float(desired_retention)
        self._package = package_scheduler(self.desired_retention, tuple(parameters))

    def initial(self) -> Schedule:
        return Schedule(scheduler=FSRS, memory=FSRSMemory())

    def review(
        self, schedule: Schedule, grade: Quality | int, day: date, *, at: datetime
    ) -> tuple[Schedule, ReviewRecord]:
        quality = as_quality(grade)
        moment = check_moment(at).astimezone(UTC)
        memory = fsrs_memory(schedule)
        needs_drill = quality < Quality.CORRECT_HESITATION
        if schedule.last_review is not None and day <= schedule.last_review:
            # A same-day drill (or a clock that went back): memory untouched.
            after = replace(schedule, drill=needs_drill, reviews=schedule.reviews + 1)
            return after, ReviewRecord(day, quality, True, schedule, after)
        if memory.reviewed_at is not None and moment < memory.reviewed_at:
            moment = memory.reviewed_at  # time never runs backwards for FSRS
        card, _ = self._package.review_card(
            package_card(memory, moment), rating_of(quality), review_datetime=moment
        )
        assert card.stability is not None and card.difficulty is not None
        interval = (card.due - moment).days
        lapsed = not schedule.is_new and quality < Quality.CORRECT_DIFFICULT
        after = Schedule(
            scheduler=FSRS,
            memory=FSRSMemory(float(card.stability), float(card.difficulty), moment),
            due=day + timedelta(days=interval),
            last_review=day,
            interval=interval,
            reviews=schedule.reviews + 1,
            lapses=schedule.lapses + int(lapsed),
            drill=needs_drill,
        )
        return after, ReviewRecord(day, quality, False, schedule, after)

    def replay(self, answers: Iterable[ReplayAnswer]) -> Schedule:
        """Every answer again, oldest first. A recorded due day (exam mode) replaces the
        computed one; it must lie after the answer's day and no later than FSRS's own."""
        schedule = self.initial()
        for index, answer in enumerate(answers):
            schedule, _ = self.review(schedule, answer.grade, answer.day, at=answer.at)
            recorded = answer.recorded_due
            if recorded is not None and recorded != schedule.due:
                assert schedule.due is not None
                if not answer.day < recorded <= schedule.due:
                    raise ValueError(
                        f"log entry {index + 1} ({answer.day.isoformat()}) records due "
                        f"{recorded.isoformat()}, but FSRS gives {schedule.due.isoformat()}"
                    )
                schedule = replace(schedule, due=recorded)
        return schedule

    def hardness(self, schedule: Schedule) -> float:
        """FSRS's own difficulty scaled to 0–1 ((D − 1) / 9); 0 for a card never answered."""
        difficulty = fsrs_memory(schedule).difficulty
        if difficulty is None:
            return 0.0
        low, high = _DIFFICULTY_RANGE
        return (difficulty - low) / (high - low)

    def is_learning(self, schedule: Schedule) -> bool:
        stability = fsrs_memory(schedule).stability
        return stability is not None and stability < LEARNED_STABILITY

    def retrievability(self, schedule: Schedule, at: datetime) -> float | None:
        """FSRS's predicted probability of recall at the moment `at`; None if never answered."""
        memory = fsrs_memory(schedule)
        if memory.reviewed_at is None:
            return None
        moment = check_moment(at).astimezone(UTC)
        return float(self._package.get_card_retrievability(package_card(memory, moment), moment))

    def describe(self, memory: Memory) -> tuple[tuple[str, str], ...]:
        mem = _checked(memory)
        if mem.stability is None or mem.difficulty is None or mem.reviewed_at is None:
            return (("stability", "none yet"), ("difficulty", "none yet"))
        return (
            ("stability", f"{mem.stability:.1f} days"),
            ("difficulty", f"{mem.difficulty:.2f} of 10"),
            ("last counted", mem.reviewed_at.strftime("%Y-%m-%d %H:%M UTC")),
        )

    def memory_to_json(self, memory: Memory) -> str:
        mem = _checked(memory)
        moment = None if mem.reviewed_at is None else moment_text(mem.reviewed_at)
        return json.dumps(
            {"difficulty": mem.difficulty, "reviewed_at": moment, "stability": mem.stability},
            separators=(",", ":"),
            sort_keys=True,
        )

    def memory_from_json(self, text: str) -> FSRSMemory:
        data = json.loads(text)
        if not isinstance(data, dict) or data.keys() != {"difficulty", "reviewed_at", "stability"}:
            raise ValueError(
                "an FSRS memory is {'difficulty': …, 'reviewed_at': …, 'stability': …}, "
                f"not {text!r}"
            )
        stability, difficulty, moment = data["stability"], data["difficulty"], data["reviewed_at"]
        if (stability is None, difficulty is None, moment is None) not in (
            (True, True, True),
            (False, False, False),
        ):
            raise ValueError(f"an FSRS memory sets all its values or none, not {text!r}")
        if stability is None:
            return FSRSMemory()
        if not _finite(stability) or stability <= 0:
            raise ValueError(f"an FSRS stability is a number > 0, not {stability!r}")
        low, high = _DIFFICULTY_RANGE
        if not _finite(difficulty) or not low <= difficulty <= high:
            raise ValueError(f"an FSRS difficulty is a number from 1 to 10, not {difficulty!r}")
        if not isinstance(moment, str):
            raise ValueError(f"an FSRS review moment is an ISO 8601 text, not {moment!r}")
        parsed = datetime.fromisoformat(moment)
        if parsed.tzinfo is None or moment_text(parsed) != moment:
            raise ValueError(f"an FSRS review moment is a UTC ISO 8601 text, not {moment!r}")
        return FSRSMemory(float(stability), float(difficulty), parsed)


def check_retention(value: float) -> float:
    """A desired retention, checked: a number from MIN_RETENTION to MAX_RETENTION."""
    if not _finite(value) or not MIN_RETENTION <= value <= MAX_RETENTION:
        raise ValueError(
            f"a desired retention is a number from {MIN_RETENTION} to {MAX_RETENTION}, "
            f"not {value!r}"
        )
    return float(value)


def package_card(memory: FSRSMemory, due: datetime) -> fsrs.Card:
    """The memory as the package's Card (a new one in its first learning step)."""
    if memory.stability is None:
        # card_id given: the package would otherwise sleep a millisecond to make one up.
        return fsrs.Card(card_id=0, state=fsrs.State.Learning, step=0, due=due)
    return fsrs.Card(
        card_id=0,
        state=fsrs.State.Review,
        step=None,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=due,
        last_review=memory.reviewed_at,
    )


def moment_text(moment: datetime) -> str:
    """A moment as canonical UTC ISO 8601 text, to the microsecond."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def fsrs_memory(schedule: Schedule) -> FSRSMemory:
    """The FSRS memory of a schedule FSRS keeps; ValueError for another scheduler's."""
    if schedule.scheduler != FSRS:
        raise ValueError(f"FSRS cannot read a schedule kept by {schedule.scheduler!r}")
    return _checked(schedule.memory)


def _finite(value: object) -> bool:
    return (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and math.isfinite(float(value))
    )


def _checked(memory: Memory) -> FSRSMemory:
    if not isinstance(memory, FSRSMemory):
        raise ValueError(f"not an FSRS memory: {memory!r}")
    return memory


FSRS_SCHEDULER = FSRSScheduler()

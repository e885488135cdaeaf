"""SM-2 behind the Scheduler protocol: a thin adapter over the pure, published `sm2` module.

SM-2's memory is the E-Factor and the count of consecutive passed answers; everything
else it knows is the generic schedule. The learner's grade is SM-2's own quality, so the
mapping is the identity.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from trainer.core.records import record
from trainer.core.scheduling import sm2
from trainer.core.scheduling.schedule import (
    Memory,
    ReplayAnswer,
    ReviewRecord,
    Schedule,
    check_moment,
    is_early_review,
)
from trainer.core.scheduling.state import INITIAL_EF, MIN_EF, CardState, Quality

SM2 = "sm2"
# A reviewed card with fewer consecutive passed answers than this is still learning
# (SM-2's first two steps, 1 and 6 days, or relearning after a lapse).
LEARNED_REPETITIONS = 2

# Hardness blends three signs, weighted so that the first outweighs the other two
# together: a card whose last counted answer failed is harder than any card that passed
# its own. Then a low E-Factor, then many lapses.
FAILED_WEIGHT = 0.5
EASE_WEIGHT = 0.3
LAPSE_WEIGHT = 0.2


@record
class SM2Memory:
    """What SM-2 remembers of a card besides its schedule."""

    ef: float = INITIAL_EF
    # Consecutive passed counted answers (Wozniak's n); 0 for a new or failed card.
    repetitions: int = 0


class SM2Scheduler:
    """SuperMemo 2 as published (see `sm2`), as a Scheduler."""

    name = SM2

    def initial(self) -> Schedule:
        return Schedule(scheduler=SM2, memory=SM2Memory())

    def review(
        self, schedule: Schedule, grade: Quality | int, day: date, *, at: datetime
    ) -> tuple[Schedule, ReviewRecord]:
        # SM-2 counts days, not hours: the moment is checked but not used.
        check_moment(at)
        after, log = sm2.review_card(card_state(schedule), grade, day)
        new = schedule_of(after)
        return new, ReviewRecord(day, log.quality, log.drill, schedule, new)

    def replay(self, answers: Iterable[ReplayAnswer]) -> Schedule:
        state = CardState()
        steps: list[sm2.ReplayStep] = []
        for answer in answers:
            if answer.exam and steps:  # the state so far decides whether it was early
                state, steps = sm2.replay(steps, state), []
            if answer.exam and is_early_review(schedule_of(state), answer.day):
                state = replace(
                    state,
                    drill=answer.grade < Quality.CORRECT_HESITATION,
                    reviews=state.reviews + 1,
                )
            else:
                steps.append((answer.grade, answer.day, answer.recorded_due))
        return schedule_of(sm2.replay(steps, state) if steps else state)

    def early_answer(
        self, schedule: Schedule, grade: Quality | int, day: date
    ) -> tuple[Schedule, ReviewRecord]:
        """An exam review of a card not yet due: counted like a drill, so that it changes
        no state (E-Factor, repetitions, interval, due day), only the answer count."""
        quality = sm2.as_quality(grade)
        after = replace(
            schedule, drill=quality < Quality.CORRECT_HESITATION, reviews=schedule.reviews + 1
        )
        return after, ReviewRecord(day, quality, True, schedule, after)

    def hardness(self, schedule: Schedule) -> float:
        """0.5 if the last counted answer failed, plus 0.3 × 1.3/EF (1 at the floor, 0.52
        at 2.5, less for easier cards), plus 0.2 × lapses/(lapses + 2)."""
        memory = sm2_memory(schedule)
        failed = not schedule.is_new and memory.repetitions == 0
        ease = MIN_EF / max(memory.ef, MIN_EF)
        lapses = schedule.lapses / (schedule.lapses + 2)
        return FAILED_WEIGHT * failed + EASE_WEIGHT * ease + LAPSE_WEIGHT * lapses

    def is_learning(self, schedule: Schedule) -> bool:
        return not schedule.is_new and sm2_memory(schedule).repetitions < LEARNED_REPETITIONS

    def describe(self, memory: Memory) -> tuple[tuple[str, str], ...]:
        sm2_mem = _checked(memory)
        return (("EF", f"{sm2_mem.ef:.2f}"), ("repetitions", str(sm2_mem.repetitions)))

    def memory_to_json(self, memory: Memory) -> str:
        sm2_mem = _checked(memory)
        return json.dumps(
            {"ef": float(sm2_mem.ef), "repetitions": int(sm2_mem.repetitions)},
            separators=(",", ":"),
            sort_keys=True,
        )

    def memory_from_json(self, text: str) -> SM2Memory:
        data = json.loads(text)
        if not isinstance(data, dict) or data.keys() != {"ef", "repetitions"}:
            raise ValueError(f"an SM-2 memory is {{'ef': …, 'repetitions': …}}, not {text!r}")
        ef, repetitions = data["ef"], data["repetitions"]
        if isinstance(ef, bool) or not isinstance(ef, int | float) or not math.isfinite(ef):
            raise ValueError(f"an SM-2 E-Factor is a number, not {ef!r}")
        if sm2.ef_hundredths(ef) < sm2.ef_hundredths(MIN_EF):
            raise ValueError(f"an SM-2 E-Factor is at least {MIN_EF}, not {ef!r}")
        if isinstance(repetitions, bool) or not isinstance(repetitions, int) or repetitions < 0:
            raise ValueError(f"SM-2 repetitions are a whole number ≥ 0, not {repetitions!r}")
        return SM2Memory(ef=float(ef), repetitions=repetitions)


SM2_SCHEDULER = SM2Scheduler()


def sm2_memory(schedule: Schedule) -> SM2Memory:
    """The SM-2 memory of a schedule SM-2 keeps; ValueError for another scheduler's."""
    if schedule.scheduler != SM2:
        raise ValueError(f"SM-2 cannot read a schedule kept by {schedule.scheduler!r}")
    return _checked(schedule.memory)


def ef_of(schedule: Schedule) -> float | None:
    """A card's E-Factor if SM-2 keeps its schedule, else None (for display)."""
    if schedule.scheduler != SM2 or not isinstance(schedule.memory, SM2Memory):
        return None
    return schedule.memory.ef


def card_state(schedule: Schedule) -> CardState:
    """The schedule as the published algorithm's CardState."""
    memory = sm2_memory(schedule)
    return CardState(
        ef=memory.ef,
        repetitions=memory.repetitions,
        interval=schedule.interval,
        due=schedule.due,
        last_review=schedule.last_review,
        drill=schedule.drill,
        lapses=schedule.lapses,
        reviews=schedule.reviews,
    )


def schedule_of(state: CardState) -> Schedule:
    """The inverse of ``card_state``."""
    return Schedule(
        scheduler=SM2,
        memory=SM2Memory(ef=state.ef, repetitions=state.repetitions),
        due=state.due,
        last_review=state.last_review,
        interval=state.interval,
        reviews=state.reviews,
        lapses=state.lapses,
        drill=state.drill,
    )


def _checked(memory: Memory) -> SM2Memory:
    if not isinstance(memory, SM2Memory):
        raise ValueError(f"not an SM-2 memory: {memory!r}")
    return memory

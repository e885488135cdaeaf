"""Properties of SM-2 over random answer sequences on days that advance, repeat and go back."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.exam import apply_exam
from trainer.core.scheduling.schedule import ReplayAnswer
from trainer.core.scheduling.sm2 import replay, review_card
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, card_state, sm2_memory
from trainer.core.scheduling.state import CardState, Quality

START = date(2024, 1, 1)

# Mostly forward steps, often the same day (drills), sometimes backwards (clock moved).
day_steps = st.one_of(
    st.integers(min_value=1, max_value=60),
    st.just(0),
    st.integers(min_value=-5, max_value=-1),
)
answers = st.lists(st.tuples(st.integers(min_value=0, max_value=5), day_steps), max_size=40)


def days_of(steps: list[tuple[int, int]]) -> list[tuple[int, date]]:
    day = START
    out = []
    for quality, step in steps:
        day += timedelta(days=step)
        out.append((quality, day))
    return out


class Reference:
    """An independent SM-2 written with Fractions, to check the integer arithmetic."""

    def __init__(self) -> None:
        self.ef = Fraction(5, 2)
        self.n = 0
        self.interval = 0
        self.last: date | None = None

    def answer(self, q: int, day: date) -> None:
        if self.last is not None and day <= self.last:
            return
        self.last = day
        if q >= 3:
            self.ef = max(
                Fraction(13, 10),
                self.ef
                + Fraction(1, 10)
                - (5 - q) * (Fraction(8, 100) + (5 - q) * Fraction(2, 100)),
            )
            self.n += 1
            self.interval = {1: 1, 2: 6}.get(self.n) or math.ceil(self.interval * self.ef)
        else:
            self.n = 0
            self.interval = 1


@given(answers)
def test_invariants_hold_after_every_answer(steps: list[tuple[int, int]]) -> None:
    state = CardState()
    reference = Reference()
    counted_failures = 0
    for count, (quality, day) in enumerate(days_of(steps), start=1):
        before = state
        state, log = review_card(before, quality, day)
        reference.answer(quality, day)

        assert state.ef >= 1.3
        assert abs(state.ef * 100 - round(state.ef * 100)) < 1e-9  # whole hundredths
        assert Fraction(round(state.ef * 100), 100) == reference.ef
        assert (state.repetitions, state.interval) == (reference.n, reference.interval)
        assert state.repetitions >= 0 and state.interval >= 1
        assert state.last_review is not None and state.due is not None
        assert state.due == state.last_review + timedelta(days=state.interval)
        assert state.due > state.last_review
        assert before.last_review is None or state.last_review >= before.last_review
        assert state.drill == (quality < 4)
        assert state.reviews == count
        assert log.day == day and log.quality == quality

        if log.drill:
            assert before.last_review is not None and day <= before.last_review
            assert (state.ef, state.interval, state.repetitions, state.due) == (
                before.ef,
                before.interval,
                before.repetitions,
                before.due,
            )
            assert state.lapses == before.lapses
        elif quality < 3:
            counted_failures += 1
            assert (state.interval, state.repetitions, state.ef) == (1, 0, before.ef)
            assert state.due == day + timedelta(days=1)
            assert state.lapses == before.lapses + (1 if before.repetitions > 0 else 0)
        else:
            assert state.repetitions == before.repetitions + 1
            # A pass never shortens the interval, and lengthens it once the card had
            # been recalled before (n ≥ 1 before the answer).
            assert state.interval >= before.interval
            if before.repetitions >= 1:
                assert state.interval > before.interval
        assert state.lapses <= counted_failures


@given(answers)
def test_replaying_the_log_reproduces_the_state(steps: list[tuple[int, int]]) -> None:
    state = CardState()
    for quality, day in days_of(steps):
        state, _ = review_card(state, quality, day)
    assert replay(days_of(steps)) == state


@given(answers, st.integers(min_value=1, max_value=400), st.text(min_size=1, max_size=12))
def test_replay_with_exam_moves_reproduces_the_state(
    steps: list[tuple[int, int]], exam_offset: int, card_id: str
) -> None:
    # Exam mode works on the scheduler seam's Schedule; SM-2's own replay must accept
    # the due dates it records, and so must the SM-2 scheduler's.
    exam = START + timedelta(days=exam_offset)
    schedule = SM2_SCHEDULER.initial()
    recorded: list[tuple[int, date, date | None]] = []
    for quality, day in days_of(steps):
        at = datetime.combine(day, time(9), UTC)
        plain, plain_log = SM2_SCHEDULER.review(schedule, quality, day, at=at)
        schedule, log = apply_exam(card_id, plain, plain_log, exam)
        assert (sm2_memory(schedule), schedule.interval) == (sm2_memory(plain), plain.interval)
        assert schedule.due is not None and plain.due is not None
        assert day < schedule.due <= plain.due  # only ever earlier, never before tomorrow
        assert log.after == schedule
        recorded.append((quality, day, schedule.due))
    assert replay(recorded) == card_state(schedule)
    answers = [
        ReplayAnswer(Quality(q), day, datetime.combine(day, time(9), UTC), due)
        for q, day, due in recorded
    ]
    assert SM2_SCHEDULER.replay(answers) == schedule


@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=10))
def test_drills_on_one_day_never_change_the_schedule(qualities: list[int]) -> None:
    first, _ = review_card(CardState(), qualities[0], START)
    state = first
    for quality in qualities[1:]:
        state, log = review_card(state, quality, START)
        assert log.drill
        assert (log.ef_before, log.interval_before, log.due_before) == (
            log.ef_after,
            log.interval_after,
            log.due_after,
        )
    assert (state.ef, state.interval, state.due) == (first.ef, first.interval, first.due)

"""Exam mode: which cards move into the final days, where they land, and the plan's arithmetic."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.exam import (
    ExamCounts,
    apply_exam,
    count_exam_work,
    exam_due,
    exam_plan,
    exam_slot,
    final_window,
)
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.schedule import ReviewRecord, Schedule
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, schedule_of, sm2_memory
from trainer.core.scheduling.state import CardState

EXAM = date(2024, 6, 20)
FIRST, LAST = date(2024, 6, 17), date(2024, 6, 19)


def review_card(state: CardState, quality: int, day: date) -> tuple[Schedule, ReviewRecord]:
    """SM-2's answer, through the Scheduler protocol, to a card written as a CardState."""
    at = datetime.combine(day, time(9), UTC)
    return SM2_SCHEDULER.review(schedule_of(state), quality, day, at=at)


def test_the_final_days_are_the_three_before_the_exam() -> None:
    assert final_window(EXAM) == (FIRST, LAST)
    assert final_window(EXAM, 1) == (LAST, LAST)
    assert Policy().exam_final_days == 3
    with pytest.raises(ValueError, match="≥ 1"):
        final_window(EXAM, 0)


def test_slots_are_stable_spread_and_inside_the_final_days() -> None:
    slots = {exam_slot(f"deck:excerpt:q{i}", EXAM) for i in range(60)}
    assert slots == {FIRST, FIRST + timedelta(1), LAST}
    assert exam_slot("deck:lipetsk:q1", EXAM) == exam_slot("deck:lipetsk:q1", EXAM)
    assert {exam_slot(f"c{i}", EXAM, 1) for i in range(20)} == {LAST}


def test_which_cards_move() -> None:
    early = date(2024, 6, 1)
    slot = exam_slot("c", EXAM)
    assert exam_due("c", date(2024, 7, 30), early, EXAM) == slot  # due after the exam
    assert exam_due("c", EXAM, early, EXAM) == slot  # due on the exam day itself
    assert exam_due("c", LAST, early, EXAM) == LAST  # due before: seen anyway
    assert exam_due("c", date(2024, 7, 30), FIRST, EXAM) == date(
        2024, 7, 30
    )  # seen in the final days
    assert exam_due("c", None, None, EXAM) is None  # new
    assert exam_due("c", date(2024, 7, 30), early, None) == date(2024, 7, 30)  # no exam
    assert exam_due("c", date(2024, 8, 30), date(2024, 6, 25), EXAM) == date(
        2024, 8, 30
    )  # after it


def test_apply_exam_moves_only_the_due_date_in_schedule_and_record() -> None:
    state = CardState(
        ef=2.5, repetitions=2, interval=6, due=date(2024, 6, 10), last_review=date(2024, 6, 4)
    )
    plain, plain_log = review_card(state, 4, date(2024, 6, 10))
    assert plain.due == date(2024, 6, 25)  # 15 days: after the exam
    moved, log = apply_exam("c", plain, plain_log, EXAM)
    assert moved == replace(plain, due=exam_slot("c", EXAM))
    assert log == replace(plain_log, after=moved)
    assert apply_exam("c", moved, log, EXAM) == (moved, log)  # idempotent
    assert apply_exam("c", plain, plain_log, None) == (plain, plain_log)


@given(
    st.integers(min_value=0, max_value=5),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=-30, max_value=60),
    st.text(min_size=1, max_size=20),
)
def test_a_move_is_never_later_and_never_before_tomorrow(
    q: int, reps: int, offset: int, card_id: str
) -> None:
    day = EXAM + timedelta(days=offset)
    interval = 0 if reps == 0 else (1 if reps == 1 else 6 + reps * 7)
    last = day - timedelta(days=max(interval, 1))
    state = CardState(
        repetitions=reps,
        interval=interval,
        due=day if reps else None,
        last_review=last if reps else None,
    )
    plain, plain_log = review_card(state, q, day)
    moved, log = apply_exam(card_id, plain, plain_log, EXAM)
    assert log.after == moved and log.before == plain_log.before
    assert moved.due is not None and plain.due is not None
    assert day < moved.due <= plain.due
    assert (sm2_memory(moved), moved.interval) == (sm2_memory(plain), plain.interval)
    if moved.due != plain.due:
        assert FIRST <= moved.due <= LAST
        assert day < FIRST
    if day < FIRST:  # every card answered before the final days is seen in them or earlier
        assert moved.due < EXAM


def test_counting_the_work() -> None:
    cards = [
        CardState(),  # never reviewed
        CardState(due=date(2024, 6, 5), last_review=date(2024, 6, 4)),  # overdue
        CardState(due=date(2024, 6, 19), last_review=date(2024, 6, 13)),  # due before the exam
        CardState(due=date(2024, 7, 19), last_review=date(2024, 6, 13)),  # brought forward
        CardState(due=date(2024, 7, 19), last_review=date(2024, 6, 18)),  # seen in the final days
    ]
    assert count_exam_work(cards, EXAM) == ExamCounts(1, 2, 1, 1)


def test_the_plan() -> None:
    counts = ExamCounts(never_reviewed=25, due_before_exam=30, brought_forward=12, settled=40)
    plan = exam_plan(counts, today=date(2024, 6, 10), exam_date=EXAM)
    assert plan.days_left == 10
    assert plan.work == 67
    assert plan.reviews_per_day == 7  # ⌈67 / 10⌉
    assert plan.new_per_day == 3  # ⌈25 / 10⌉
    assert not plan.is_over


def test_the_plan_on_and_after_the_exam_day() -> None:
    counts = ExamCounts(never_reviewed=5)
    for today in (EXAM, EXAM + timedelta(3)):
        plan = exam_plan(counts, today=today, exam_date=EXAM)
        assert plan.is_over and plan.days_left == 0
        assert (plan.reviews_per_day, plan.new_per_day, plan.work) == (0, 0, 5)


def test_the_plan_the_day_before() -> None:
    plan = exam_plan(ExamCounts(3, 4, 5, 6), today=LAST, exam_date=EXAM)
    assert (plan.days_left, plan.work, plan.reviews_per_day) == (1, 12, 12)

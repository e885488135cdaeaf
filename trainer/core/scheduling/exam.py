"""Exam mode: bring cards due after an exam into its final days; plan the work left before it."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol

from trainer.core.records import record
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.schedule import ReviewRecord, Schedule, is_early_review
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2Scheduler
from trainer.core.scheduling.state import Quality

DEFAULT_FINAL_DAYS = Policy().exam_final_days


class Scheduled(Protocol):
    """Anything that knows when a card was last reviewed and when it is due (a Schedule)."""

    @property
    def due(self) -> date | None: ...

    @property
    def last_review(self) -> date | None: ...


def final_window(exam_date: date, final_days: int = DEFAULT_FINAL_DAYS) -> tuple[date, date]:
    """The first and last of the final days before an exam (the exam day is not one)."""
    if isinstance(final_days, bool) or not isinstance(final_days, int) or final_days < 1:
        raise ValueError(f"an exam's final days must be a whole number ≥ 1, not {final_days!r}")
    return exam_date - timedelta(days=final_days), exam_date - timedelta(days=1)


def exam_slot(card_id: str, exam_date: date, final_days: int = DEFAULT_FINAL_DAYS) -> date:
    """The final day a card is brought forward to: fixed by a stable hash of its id."""
    first, _ = final_window(exam_date, final_days)
    digest = hashlib.blake2b(card_id.encode("utf-8"), digest_size=8).digest()
    return first + timedelta(days=int.from_bytes(digest, "big") % final_days)


def exam_due(
    card_id: str,
    due: date | None,
    last_review: date | None,
    exam_date: date | None,
    final_days: int = DEFAULT_FINAL_DAYS,
) -> date | None:
    """A card's due date with the exam rule applied.

    A reviewed card that is due on or after the exam day, and was last reviewed before
    the final days, is brought forward to its slot in the final days; any other card
    keeps its due date. New cards, and every card once the exam is over, are untouched.
    """
    if exam_date is None or due is None or last_review is None:
        return due
    first, _ = final_window(exam_date, final_days)
    if due < exam_date or last_review >= first:
        return due
    return exam_slot(card_id, exam_date, final_days)


def exam_review(
    scheduler: Scheduler, schedule: Schedule, grade: Quality | int, day: date, *, at: datetime
) -> tuple[Schedule, ReviewRecord, bool]:
    """An answer given while a deck prepares for an exam: the new schedule, its record,
    and whether it was a review brought forward (logged with mode `exam`).

    A review of a card not yet due must not inflate its long-term interval: SM-2 counts
    it like a drill (no state changes); FSRS counts it with the real time elapsed, which
    gives the small gain in stability an early review earns."""
    if not is_early_review(schedule, day):
        after, record = scheduler.review(schedule, grade, day, at=at)
        return after, record, False
    if isinstance(scheduler, SM2Scheduler):
        after, record = scheduler.early_answer(schedule, grade, day)
        return after, record, True
    after, record = scheduler.review(schedule, grade, day, at=at)
    return after, record, True


def apply_exam(
    card_id: str,
    schedule: Schedule,
    record: ReviewRecord,
    exam_date: date | None,
    final_days: int = DEFAULT_FINAL_DAYS,
) -> tuple[Schedule, ReviewRecord]:
    """Apply the exam rule to the outcome of a review: only `due` may move, in the new
    schedule and in the record's `after` alike."""
    due = exam_due(card_id, schedule.due, schedule.last_review, exam_date, final_days)
    if due == schedule.due:
        return schedule, record
    moved = replace(schedule, due=due)
    return moved, replace(record, after=moved)


@record
class ExamCounts:
    """The deck's cards, sorted by what they still need before an exam."""

    never_reviewed: int = 0
    # Reviewed cards due before the exam day, overdue ones included.
    due_before_exam: int = 0
    # Reviewed cards the exam rule brings forward into the final days.
    brought_forward: int = 0
    # Reviewed cards that need nothing more: seen in the final days, due after the exam.
    settled: int = 0


@record
class ExamPlan:
    """How much must be done, per day, to see every card before an exam."""

    exam_date: date
    today: date
    # Review days left: today up to the day before the exam; 0 once the exam has come.
    days_left: int
    never_reviewed: int
    due_before_exam: int
    brought_forward: int
    # Cards that need at least one more answer before the exam (a lower bound on answers).
    work: int
    # ⌈work / days_left⌉ answers a day, and ⌈never_reviewed / days_left⌉ of them new cards.
    reviews_per_day: int
    new_per_day: int

    @property
    def is_over(self) -> bool:
        return self.days_left == 0


def count_exam_work(
    cards: Iterable[Scheduled], exam_date: date, final_days: int = DEFAULT_FINAL_DAYS
) -> ExamCounts:
    """Sort cards (their states) by what they still need before the exam."""
    first, _ = final_window(exam_date, final_days)
    never = due_before = forward = settled = 0
    for card in cards:
        if card.last_review is None or card.due is None:
            never += 1
        elif card.due < exam_date:
            due_before += 1
        elif card.last_review < first:
            forward += 1
        else:
            settled += 1
    return ExamCounts(never, due_before, forward, settled)


def exam_plan(counts: ExamCounts, *, today: date, exam_date: date) -> ExamPlan:
    """The work left before an exam and the answers per day it takes."""
    days_left = max(0, (exam_date - today).days)
    work = counts.never_reviewed + counts.due_before_exam + counts.brought_forward
    return ExamPlan(
        exam_date=exam_date,
        today=today,
        days_left=days_left,
        never_reviewed=counts.never_reviewed,
        due_before_exam=counts.due_before_exam,
        brought_forward=counts.brought_forward,
        work=work,
        reviews_per_day=math.ceil(work / days_left) if days_left else 0,
        new_per_day=math.ceil(counts.never_reviewed / days_left) if days_left else 0,
    )

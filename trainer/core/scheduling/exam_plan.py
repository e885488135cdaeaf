"""Exam mode's plan: day by day until an exam, the new cards and reviews the queue follows.

The plan is made again every time the queue is built, from the cards' schedules and what
was answered today, so it always starts from where the learner stands. Each card gets a
place:

- **Due reviews** (due before the exam day): on their due day, or later when that day is
  full; an overdue card from today. Each planned review is followed, in the plan, by the
  next one its scheduler would give after a pass (grade 4), as long as that falls
  before the exam.
- **New cards**: in deck order, after the day's reviews, each followed by its predicted
  reviews (so they are paced to leave room for them).
- **Reviews brought forward**: a card due on or after the exam day, whose last answer
  was before the final days and not itself an exam review, is seen once more before the
  exam, on the least busy day (the latest of them on a tie). So is a planned card whose
  predicted next review falls after the exam.

Every day holds at most a cap of answers; the plan takes the smallest cap with which
every card finds its place before the exam, pacing new cards to be all introduced by
one of several days (tried in turn), and today taking its share; the evenest plan
wins. The queue offers exactly today's day of the plan, daily limits raised to it (see
`ExamSchedule.limits_notice`).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from trainer.core.records import record
from trainer.core.scheduling.exam_days import (
    EVEN_LOAD,
    ExamSchedule,
    PlanCard,
    PlanDay,
    expected_failure_rate,
    plan_json,
)
from trainer.core.scheduling.registry import scheduler_named
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.state import Quality

# The plan predicts answers as passes after a hesitation, and, at the learner's rate of
# failure, some as failures (which bring a card back sooner).
ASSUMED_GRADE = Quality.CORRECT_HESITATION
ASSUMED_FAILURE = Quality.INCORRECT_REMEMBERED
# New cards are paced to be all introduced some days before the exam: every such day
# is tried while the days left are at most this many, every other one up to twice, …
# (days counted back from the exam, so that tomorrow's plan can keep today's pace).
SPREAD_CHOICES = 4
# How far ahead an exam may be: ten years, room for any course.
EXAM_HORIZON_DAYS = 3653


@dataclass(slots=True)
class _Placement:
    """A plan being built under one cap."""

    days: int
    cap: int
    load: list[int]
    new: list[list[str]] = field(default_factory=list)
    reviews: list[list[str]] = field(default_factory=list)
    # Predicted failures are spread evenly: one each time this reaches 1.
    failures_due: float = 0.0
    # New cards are paced evenly over this many first days (1: as early as possible).
    spread: int = 1
    # At least this many new cards today (room allowing).
    first_new: int = 0

    @classmethod
    def empty(cls, days: int, cap: int, done_today: int) -> _Placement:
        load = [0] * days
        if days:
            load[0] = done_today
        return cls(days, cap, load, [[] for _ in range(days)], [[] for _ in range(days)])

    def room(self, index: int) -> int:
        return self.cap - self.load[index]


def plan_exam(
    cards: Iterable[PlanCard],
    *,
    today: date,
    exam_date: date,
    final_days: int,
    scheduler: Scheduler,
    done_today: int = 0,
    new_seen_today: int = 0,
    failure_rate: float = 0.0,
) -> ExamSchedule:
    """The day-by-day plan from `today` to the day before `exam_date`.

    `done_today` counts the cards answered today (each once, drills aside) and
    `new_seen_today` the new cards among them; `scheduler` predicts the next reviews
    (one for every card, or a function of a card's schedule)."""
    if not 0 <= failure_rate < 1:
        raise ValueError(f"a failure rate is from 0 to 1 (1 excluded), not {failure_rate!r}")
    days = max(0, (exam_date - today).days)
    if days == 0 or days > EXAM_HORIZON_DAYS:
        # Past the horizon no plan is made: its days could outrun the calendar (9999-12-31)
        # and a thousand years of days would take minutes; the date is refused when set.
        return ExamSchedule(exam_date, today, ())
    first_final = exam_date - timedelta(days=final_days)
    due, new, forward = _sort_cards(cards, today, exam_date, first_final)
    lower = max(1, math.ceil((len(due) + len(new) + len(forward) + done_today) / days))
    context = _Context(today, exam_date, first_final, scheduler, failure_rate)
    # New cards paced over the first `spread` days (1: as early as the cap allows), each
    # way under its smallest cap: the evenest plan wins.
    spreads = sorted({max(1, days - last) for last in range(0, days, _step(days))})
    plans = [
        _smallest_cap(context, due, new, forward, days, lower, done_today, spread, 0)
        for spread in spreads
    ]
    # Today does its share: the evenest plan again with at least the new cards that
    # bring today up to its mean, so that the days actually lived stay as even.
    for plan in [min(plans, key=_unevenness)]:
        short = math.ceil(sum(plan.load) / days) - plan.load[0]
        if short > 0 and len(new) > len(plan.new[0]):
            first_new = len(plan.new[0]) + short
            plans.append(
                _smallest_cap(
                    context, due, new, forward, days, lower, done_today, plan.spread, first_new
                )
            )
    placed = min(plans, key=_unevenness)
    return ExamSchedule(
        exam_date,
        today,
        tuple(
            PlanDay(
                today + timedelta(days=index),
                tuple(placed.new[index]),
                tuple(placed.reviews[index]),
                done_today if index == 0 else 0,
            )
            for index in range(days)
        ),
        new_seen_today,
    )


def _step(days: int) -> int:
    return max(1, math.ceil(days / SPREAD_CHOICES))


def _smallest_cap(
    context: _Context,
    due: list[_Pending],
    new: list[PlanCard],
    forward: list[tuple[int, int, str]],
    days: int,
    lower: int,
    done_today: int,
    spread: int,
    first_new: int,
) -> _Placement:
    """The plan under the smallest cap that places every card."""

    def attempt(cap: int) -> _Placement | None:
        placement = _Placement.empty(days, cap, done_today)
        placement.spread = spread
        placement.first_new = first_new
        return _place(context, due, new, forward, placement)

    # Unbounded first: its mean is a lower bound close to the answer; then up by a tenth
    # until every card fits, and halving back down.
    unbounded = attempt(10**9)
    assert unbounded is not None
    low = max(lower, math.ceil(sum(unbounded.load) / days))
    cap, placed = low, attempt(low)
    while placed is None:
        low = cap + 1
        cap = max(cap + 1, math.ceil(cap * 1.1))
        placed = attempt(cap)
    high = placed.cap
    while low < high:
        middle = (low + high) // 2
        tried = attempt(middle)
        if tried is None:
            low = middle + 1
        else:
            high, placed = middle, tried
    return placed


def _unevenness(placement: _Placement) -> tuple[bool, float, int]:
    """Plans within the even-load rule first, then by their busiest day."""
    peak = max(placement.load)
    mean = sum(placement.load) / placement.days
    return peak > EVEN_LOAD * mean, peak / mean if mean else 0.0, peak


@record
class _Context:
    today: date
    exam_date: date
    first_final: date
    scheduler: Scheduler
    failure_rate: float
    # Predicted answers, kept: many cards share a schedule (every new card does), and
    # every cap and pacing tried predicts the same answers again.
    # Kept by the schedule's identity (equal schedules are made one object first, and a
    # prediction is shared by every chain that reaches it).
    predicted: dict[tuple[int, int, int], Schedule] = field(default_factory=dict)
    alive: list[Schedule] = field(default_factory=list)


# A planned review waiting for its day: earliest day index, position, id, schedule.
# Soft: it follows a predicted failure, so the plan keeps room for it where it can but
# does not need it to fit (a forecast must not make the cap jump).
_Pending = tuple[int, int, str, Schedule, bool]


def _sort_cards(
    cards: Iterable[PlanCard], today: date, exam_date: date, first_final: date
) -> tuple[list[_Pending], list[PlanCard], list[tuple[int, int, str]]]:
    due: list[_Pending] = []
    new: list[PlanCard] = []
    forward: list[tuple[int, int, str]] = []
    interned: dict[Schedule, Schedule] = {}
    for card in cards:
        # Equal schedules become one object, so that predictions are kept by identity.
        schedule = interned.setdefault(card.schedule, card.schedule)
        if schedule is not card.schedule:
            card = replace(card, schedule=schedule)
        if schedule.is_new or schedule.due is None:
            new.append(card)
        elif schedule.due < exam_date:
            earliest = max(0, (schedule.due - today).days)
            if schedule.last_review is not None and schedule.last_review >= today:
                earliest = max(1, earliest)  # answered today: done for the day
            due.append((earliest, card.position, card.card_id, schedule, False))
        elif not _settled(card, first_final):
            answered_today = card.last_answer is not None and card.last_answer >= today
            forward.append((1 if answered_today else 0, card.position, card.card_id))
    new.sort(key=lambda card: (card.position, card.card_id))
    return due, new, forward


def _settled(card: PlanCard, first_final: date) -> bool:
    """A card due after the exam needs nothing more if its last answer was in the final
    days, or was itself an exam review."""
    last = card.last_answer or card.schedule.last_review
    return last is not None and (last >= first_final or card.last_was_exam)


def _place(
    context: _Context,
    due: list[_Pending],
    new: list[PlanCard],
    forward: list[tuple[int, int, str]],
    placement: _Placement,
) -> _Placement | None:
    """Every card placed under the placement's cap, or None if some card finds no room."""
    pending = list(due)
    heapq.heapify(pending)
    later = list(forward)
    new_left = list(new)
    days = placement.days
    for index in range(days):
        day = context.today + timedelta(days=index)
        while pending and pending[0][0] <= index and placement.room(index) > 0:
            _, position, card_id, schedule, soft = heapq.heappop(pending)
            placement.reviews[index].append(card_id)
            placement.load[index] += 1
            _follow(
                context, placement, pending, later, index, day, position, card_id, schedule, soft
            )
        # New cards fill the room the reviews leave, as early as possible (or paced
        # evenly over the days left), their predicted reviews planned too.
        quota = math.ceil(len(new_left) / max(1, placement.spread - index))
        if index == 0:
            quota = max(quota, placement.first_new)
        taken = new_left[: min(quota, placement.room(index))]
        del new_left[: len(taken)]
        for card in taken:
            placement.new[index].append(card.card_id)
            placement.load[index] += 1
            _follow(
                context,
                placement,
                pending,
                later,
                index,
                day,
                card.position,
                card.card_id,
                card.schedule,
                False,
            )
    if new_left or any(not soft and earliest < days for earliest, *_, soft in pending):
        return None
    return placement if _bring_forward(later, placement) else None


def _follow(
    context: _Context,
    placement: _Placement,
    pending: list[_Pending],
    later: list[tuple[int, int, str]],
    index: int,
    day: date,
    position: int,
    card_id: str,
    schedule: Schedule,
    soft: bool,
) -> None:
    """Plan what follows a card's answer on `day`: its next review if it falls before the
    exam; otherwise, unless the answer is in the final days, a review brought forward."""
    if schedule.due is not None and day < schedule.due:
        return  # an early (exam) review: the card is settled for the exam
    # A card still kept by another scheduler (before its deck switches) predicts its own.
    predictor = (
        context.scheduler
        if schedule.scheduler == context.scheduler.name
        else scheduler_named(schedule.scheduler)
    )
    placement.failures_due += context.failure_rate
    grade = ASSUMED_GRADE
    if placement.failures_due >= 1:
        placement.failures_due -= 1
        grade = ASSUMED_FAILURE
    key = (id(schedule), int(grade), index)
    after = context.predicted.get(key)
    if after is None:
        moment = datetime.combine(day, time(12), tzinfo=UTC)
        after, _ = predictor.review(schedule, grade, day, at=moment)
        context.predicted[key] = after
        context.alive.append(schedule)  # its id stays its own while the plan is made
    assert after.due is not None
    soft = soft or grade == ASSUMED_FAILURE
    if after.due < context.exam_date:
        earliest = (after.due - context.today).days
        heapq.heappush(pending, (earliest, position, card_id, after, soft))
    elif day < context.first_final and not soft:
        later.append((index + 1, position, card_id))


def _bring_forward(later: list[tuple[int, int, str]], placement: _Placement) -> bool:
    """Place the reviews brought forward where the load is lightest (the latest such day
    on a tie, closest to the exam), the most constrained first; False if some find no
    room. Every one may go on any day from its earliest to the last, so taking them
    from the latest earliest day down never blocks a later one."""
    placed_on: dict[int, list[tuple[int, str]]] = {}
    for earliest, position, card_id in sorted(later, key=lambda i: (-i[0], i[1], i[2])):
        open_days = [i for i in range(earliest, placement.days) if placement.room(i) > 0]
        if not open_days:
            return False
        index = min(open_days, key=lambda i: (placement.load[i], -i))
        placement.load[index] += 1
        placed_on.setdefault(index, []).append((position, card_id))
    for index, cards in placed_on.items():
        placement.reviews[index].extend(card_id for _, card_id in sorted(cards))
    return True


__all__ = [
    "EVEN_LOAD",
    "ExamSchedule",
    "PlanCard",
    "PlanDay",
    "expected_failure_rate",
    "plan_exam",
    "plan_json",
]

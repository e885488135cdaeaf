"""Exam mode's plan as data: each day's new cards and reviews, its rate, and its JSON.

`exam_plan.plan_exam` makes it; the engine's queue, `trainer exam` and the app read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from trainer.core.records import record
from trainer.core.scheduling.schedule import Schedule

# Until the learner's own log says otherwise, one answer in ten is expected to fail: the
# prior weighs as much as this many answers.
PRIOR_FAILURE_RATE = 0.1
PRIOR_ANSWERS = 20
# Even load: the busiest day carries at most this many times the mean of the days left.
EVEN_LOAD = 1.25


def expected_failure_rate(answers: int, failed: int) -> float:
    """The share of answers expected to fail: the learner's own, drawn towards one in
    ten while the log is short."""
    rate = (failed + PRIOR_FAILURE_RATE * PRIOR_ANSWERS) / (answers + PRIOR_ANSWERS)
    return min(rate, 0.9)


@record
class PlanCard:
    """One active card of the deck, as the plan sees it."""

    card_id: str
    position: int
    schedule: Schedule
    # The learning day of its last answer, drills and exam reviews included, and whether
    # that answer was an exam review (mode `exam`); None for a card never answered.
    last_answer: date | None = None
    last_was_exam: bool = False


@record
class PlanDay:
    """One day of the plan: the new cards and reviews it offers, by card id, in order."""

    day: date
    new: tuple[str, ...] = ()
    reviews: tuple[str, ...] = ()
    # Cards already answered on this day (today only), which count towards its load.
    done: int = 0

    @property
    def load(self) -> int:
        return len(self.new) + len(self.reviews) + self.done


@record
class ExamSchedule:
    """The plan from today to the day before the exam (no days once the exam has come)."""

    exam_date: date
    today: date
    days: tuple[PlanDay, ...]
    new_seen_today: int = 0

    @property
    def days_left(self) -> int:
        return len(self.days)

    @property
    def is_over(self) -> bool:
        return not self.days

    @property
    def peak(self) -> int:
        return max((day.load for day in self.days), default=0)

    @property
    def mean(self) -> float:
        return sum(day.load for day in self.days) / len(self.days) if self.days else 0.0

    @property
    def new_per_day(self) -> int:
        """The most new cards any day introduces (today's counts those already seen)."""
        counts = [len(day.new) for day in self.days]
        if counts:
            counts[0] += self.new_seen_today
        return max(counts, default=0)

    @property
    def reviews_per_day(self) -> int:
        """The most answers (new cards and reviews) any day of the plan asks."""
        return self.peak

    def day(self, day: date) -> PlanDay | None:
        index = (day - self.today).days
        return self.days[index] if 0 <= index < len(self.days) else None

    def limits(self, new_limit: int, review_limit: int) -> tuple[int, int]:
        """Daily limits raised to the plan's rate, never lowered."""
        reviews = max((len(day.reviews) + day.done for day in self.days), default=0)
        return max(new_limit, self.new_per_day), max(review_limit, reviews)

    def limits_notice(self, new_limit: int, review_limit: int) -> str | None:
        """What raising the limits to the plan's rate changed, for the learner; None if
        the limits already allow it."""
        new, reviews = self.limits(new_limit, review_limit)
        raised = []
        if new > new_limit:
            raised.append(f"new cards a day from {new_limit} to {new}")
        if reviews > review_limit:
            raised.append(f"reviews a day from {review_limit} to {reviews}")
        if not raised:
            return None
        return (
            f"Exam on {self.exam_date.isoformat()}: daily limits raised for the exam plan "
            f"({' and '.join(raised)}), so that every card is seen before the exam."
        )


def plan_days_by_card(plan: ExamSchedule) -> dict[str, date]:
    """The day the plan asks each of its cards (its first day, for a card asked twice)."""
    days: dict[str, date] = {}
    for day in plan.days:
        for card_id in (*day.new, *day.reviews):
            days.setdefault(card_id, day.day)
    return days


def plan_json(plan: ExamSchedule, deck_id: str) -> dict[str, object]:
    """`{"deck": ID, "exam": "YYYY-MM-DD", "days": [{"date", "new", "reviews"}, …]}`; a
    day's counts include what was already answered on it."""
    days: list[Mapping[str, object]] = []
    for day in plan.days:
        new_done = plan.new_seen_today if day.day == plan.today else 0
        days.append(
            {
                "date": day.day.isoformat(),
                "new": len(day.new) + new_done,
                "reviews": len(day.reviews) + day.done - new_done,
            }
        )
    return {"deck": deck_id, "exam": plan.exam_date.isoformat(), "days": days}

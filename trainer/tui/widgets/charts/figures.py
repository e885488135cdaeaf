"""The headline figures of the statistics screen, worked out from the engine's Statistics."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from trainer.core.records import record
from trainer.engine import Statistics
from trainer.tui.widgets.charts.retention import retention_between


def study_streak(answers_per_day: Mapping[date, int], today: date) -> int:
    """Days in a row with at least one answer, up to today; a streak still counts
    until the end of today when today has no answers yet."""
    day = today if answers_per_day.get(today, 0) else today - timedelta(days=1)
    streak = 0
    while answers_per_day.get(day, 0) > 0:
        streak += 1
        day -= timedelta(days=1)
    return streak


@record
class Headline:
    total_answers: int
    retention: float | None
    streak: int
    due_tomorrow: int
    # Busiest day and the number of days with any answer, over the year the engine returns.
    days_studied: int
    best_day: tuple[date, int] | None
    retention_week: tuple[float | None, int]
    retention_month: tuple[float | None, int]
    due_week: int
    due_month: int


def headline(stats: Statistics) -> Headline:
    today = stats.today
    answered = {day: count for day, count in stats.answers_per_day.items() if count > 0}
    best = max(answered.items(), key=lambda item: (item[1], item[0]), default=None)
    per_day = stats.retention_per_day
    week = [count for day, count in stats.forecast.items() if (day - today).days < 7]
    return Headline(
        total_answers=stats.total_answers,
        retention=stats.retention,
        streak=study_streak(stats.answers_per_day, today),
        due_tomorrow=stats.forecast.get(today + timedelta(days=1), 0),
        days_studied=len(answered),
        best_day=best,
        retention_week=retention_between(per_day, today - timedelta(days=6), today),
        retention_month=retention_between(per_day, today - timedelta(days=29), today),
        due_week=sum(week),
        due_month=sum(stats.forecast.values()),
    )

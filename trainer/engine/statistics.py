"""Gathering the statistics screen's figures from the collection in one call."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from trainer.core.scheduling.exam import ExamPlan
from trainer.engine.results import Statistics
from trainer.store import (
    answers_per_day,
    cards_by_state,
    due_forecast,
    hardest_cards,
    retention_per_day,
)

HISTORY_DAYS = 365
FORECAST_DAYS = 30
HARDEST_SHOWN = 10


def collect_statistics(
    conn: sqlite3.Connection, today: date, *, deck_id: str | None, exam: ExamPlan | None
) -> Statistics:
    """The last year's answers and retention, the coming month's due cards, cards by
    state and the hardest cards, for one deck (or all when `deck_id` is None)."""
    start = today - timedelta(days=HISTORY_DAYS - 1)
    return Statistics(
        today=today,
        answers_per_day=answers_per_day(conn, deck_id=deck_id, start=start, end=today),
        retention_per_day=retention_per_day(conn, deck_id=deck_id, start=start, end=today),
        forecast=due_forecast(conn, today, days=FORECAST_DAYS, deck_id=deck_id),
        states=cards_by_state(conn, deck_id=deck_id),
        hardest=tuple(hardest_cards(conn, limit=HARDEST_SHOWN, deck_id=deck_id)),
        exam=exam,
    )

"""Statistics over the collection and its log, per deck or across all decks.

Definitions (shared by the stats screen and the tests):

- A **review** is an effective answer (not undone) that is not a drill and was given to
  a card that had been reviewed before. First answers to new cards are not reviews.
- **Retention** on a day is the share of that day's reviews graded ``PASSING_GRADE``
  (3) or more.
- Card stages, for cards of status ``active``, as ``trainer.core.scheduling.stages``
  defines them: **new** never reviewed; **learning** reviewed but still in the
  scheduler's learning steps (SM-2: fewer than 2 passed answers in a row, its first two
  steps, and cards relearning after a lapse); **young** learned, with an interval under
  ``MATURE_INTERVAL`` (21) days; **mature** learned, with an interval of 21 days or
  more. Suspended and retired cards are counted apart, whatever their stage.

The SQL is built from the core's constants and reads the ``learning`` and ``hardness``
columns each scheduler keeps in step, so it holds for every scheduler.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from trainer.core.records import record
from trainer.core.scheduling.exam import ExamCounts, final_window
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.stages import MATURE_INTERVAL, PASSING_GRADE
from trainer.store.codec import SCHEDULE_COLUMNS, day_number, required_day, schedule_from_values
from trainer.store.log import UNDONE
from trainer.store.transactions import read_transaction


@record
class DayRetention:
    reviews: int
    passed: int

    @property
    def share(self) -> float:
        return self.passed / self.reviews if self.reviews else 0.0


@record
class StateCounts:
    new: int = 0
    learning: int = 0
    young: int = 0
    mature: int = 0
    suspended: int = 0
    retired: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.young + self.mature + self.suspended + self.retired


@record
class HardCard:
    """A card among the hardest: its scheduler's ranking (0 easiest … 1 hardest)."""

    card_id: str
    deck_id: str
    prompt: str
    hardness: float
    schedule: Schedule

    @property
    def lapses(self) -> int:
        return self.schedule.lapses

    @property
    def reviews(self) -> int:
        return self.schedule.reviews


def _log_filter(
    deck_id: str | None, start: date | None, end: date | None
) -> tuple[str, list[object]]:
    clauses = [f"r.kind = 'answer' AND NOT {UNDONE}"]
    params: list[object] = []
    if deck_id is not None:
        clauses.append("r.deck_id = ?")
        params.append(deck_id)
    if start is not None:
        clauses.append("r.day >= ?")
        params.append(day_number(start))
    if end is not None:
        clauses.append("r.day <= ?")
        params.append(day_number(end))
    return " AND ".join(clauses), params


def answers_per_day(
    conn: sqlite3.Connection,
    *,
    deck_id: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[date, int]:
    """Effective answers (drills and new cards included) per learning day, days in order."""
    where, params = _log_filter(deck_id, start, end)
    with read_transaction(conn):
        rows = conn.execute(
            f"SELECT r.day, count(*) FROM reviews r WHERE {where} GROUP BY r.day ORDER BY r.day",
            params,
        ).fetchall()
    return {required_day(row[0]): int(row[1]) for row in rows}


def retention_per_day(
    conn: sqlite3.Connection,
    *,
    deck_id: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[date, DayRetention]:
    """Reviews and how many passed, per learning day that had any review."""
    where, params = _log_filter(deck_id, start, end)
    with read_transaction(conn):
        rows = conn.execute(
            f"""SELECT r.day, count(*), sum(r.quality >= {PASSING_GRADE})
                FROM reviews r
                WHERE {where} AND r.drill = 0 AND r.last_review_before IS NOT NULL
                GROUP BY r.day ORDER BY r.day""",
            params,
        ).fetchall()
    return {required_day(row[0]): DayRetention(int(row[1]), int(row[2])) for row in rows}


def due_forecast(
    conn: sqlite3.Connection, today: date, *, days: int = 30, deck_id: str | None = None
) -> dict[date, int]:
    """Active cards falling due on each of the ``days`` days from today; overdue cards
    count on today. Every day is present, with 0 when nothing is due."""
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    last = today + timedelta(days=days - 1)
    where = "" if deck_id is None else " AND deck_id = ?"
    params: tuple[object, ...] = (day_number(today), day_number(last))
    with read_transaction(conn):
        rows = conn.execute(
            f"""SELECT max(due, ?1) AS day, count(*) FROM cards
                WHERE status = 'active' AND due <= ?2{where}
                GROUP BY day""",
            params + ((deck_id,) if deck_id is not None else ()),
        ).fetchall()
    forecast = {today + timedelta(days=offset): 0 for offset in range(days)}
    for row in rows:
        forecast[required_day(row[0])] = int(row[1])
    return forecast


def cards_by_state(conn: sqlite3.Connection, *, deck_id: str | None = None) -> StateCounts:
    """How many cards are new, learning, young, mature, suspended and retired (the stages
    of trainer.core.scheduling.stages.stage_of)."""
    where = "" if deck_id is None else " WHERE deck_id = ?"
    with read_transaction(conn):
        row = conn.execute(
            f"""
            SELECT
              coalesce(sum(status = 'active' AND last_review IS NULL), 0),
              coalesce(sum(status = 'active' AND last_review IS NOT NULL AND learning), 0),
              coalesce(sum(status = 'active' AND last_review IS NOT NULL AND NOT learning
                           AND interval < {MATURE_INTERVAL}), 0),
              coalesce(sum(status = 'active' AND last_review IS NOT NULL AND NOT learning
                           AND interval >= {MATURE_INTERVAL}), 0),
              coalesce(sum(status = 'suspended'), 0),
              coalesce(sum(status = 'retired'), 0)
            FROM cards{where}
            """,
            () if deck_id is None else (deck_id,),
        ).fetchone()
    return StateCounts(*(int(value) for value in row))


def hardest_cards(
    conn: sqlite3.Connection, *, limit: int = 10, deck_id: str | None = None
) -> list[HardCard]:
    """Active, reviewed cards by their scheduler's hardness, hardest first (then by id)."""
    columns = ", ".join(f"c.{name}" for name in SCHEDULE_COLUMNS)
    with read_transaction(conn):
        decks = [deck_id] if deck_id is not None else _deck_ids(conn)
        # Each deck's leaders straight from the index kept in the ranking's order, then
        # the best of them; content is read only for the winners.
        leaders = [
            (float(row[1]), str(row[0]))
            for deck in decks
            for row in conn.execute(
                """SELECT id, hardness FROM cards INDEXED BY cards_hardest
                   WHERE deck_id = ? AND status = 'active' AND last_review IS NOT NULL
                   ORDER BY hardness DESC, id LIMIT ?""",
                (deck, limit),
            )
        ]
        winners = [card_id for _, card_id in sorted(leaders, key=_hardest_first)[:limit]]
        marks = ",".join("?" * len(winners))
        rows = conn.execute(
            f"""SELECT c.id, c.deck_id, cc.prompt, c.hardness, {columns}
                FROM cards c JOIN card_content cc ON cc.card_id = c.id
                WHERE c.id IN ({marks})""",
            winners,
        ).fetchall()
    found = [
        HardCard(str(r[0]), str(r[1]), str(r[2]), float(r[3]), schedule_from_values(*r[4:]))
        for r in rows
    ]
    return sorted(found, key=lambda card: _hardest_first((card.hardness, card.card_id)))


def _deck_ids(conn: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("SELECT id FROM decks ORDER BY id")]


def _hardest_first(ranked: tuple[float, str]) -> tuple[float, str]:
    hardness, card_id = ranked
    return -hardness, card_id


def exam_counts(
    conn: sqlite3.Connection, deck_id: str, exam_date: date, final_days: int
) -> ExamCounts:
    """A deck's active cards sorted by what they still need before its exam (see
    trainer.core.scheduling.exam.count_exam_work, which this computes in SQL)."""
    first, _ = final_window(exam_date, final_days)
    with read_transaction(conn):
        row = conn.execute(
            """SELECT coalesce(sum(last_review IS NULL), 0),
                      coalesce(sum(due < ?1), 0),
                      coalesce(sum(due >= ?1 AND last_review < ?2), 0),
                      coalesce(sum(due >= ?1 AND last_review >= ?2), 0)
               FROM cards WHERE deck_id = ?3 AND status = 'active'""",
            (day_number(exam_date), day_number(first), deck_id),
        ).fetchone()
    return ExamCounts(*(int(value) for value in row))

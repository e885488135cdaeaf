"""What exam mode reads from the log: each card's last answer, and what today's answers did."""

from __future__ import annotations

import sqlite3
from datetime import date

from trainer.store.codec import day_number, required_day
from trainer.store.log import UNDONE
from trainer.store.transactions import read_transaction

# The mode of the answers exam mode brings forward (a review of a card not yet due).
EXAM_MODE = "exam"


def last_answers(conn: sqlite3.Connection, deck_id: str) -> dict[str, tuple[date, bool]]:
    """Each answered card of a deck: the learning day of its latest effective answer
    (drills included), and whether that answer was an exam review."""
    with read_transaction(conn):
        rows = conn.execute(
            f"""SELECT r.card_id, r.day, r.mode FROM reviews r
                WHERE r.id IN (SELECT MAX(r.id) FROM reviews r
                               WHERE r.deck_id = ? AND r.kind = 'answer' AND NOT {UNDONE}
                               GROUP BY r.card_id)""",
            (deck_id,),
        ).fetchall()
    return {str(row[0]): (required_day(row[1]), row[2] == EXAM_MODE) for row in rows}


def answered_on_day(conn: sqlite3.Connection, deck_id: str, day: date) -> tuple[int, int]:
    """The cards of a deck answered on a learning day (each once, however many drills),
    and how many of them were new that day."""
    with read_transaction(conn):
        row = conn.execute(
            f"""SELECT COUNT(DISTINCT r.card_id),
                       COUNT(DISTINCT CASE WHEN r.last_review_before IS NULL
                                           THEN r.card_id END)
                FROM reviews r
                WHERE r.deck_id = ? AND r.day = ? AND r.kind = 'answer' AND NOT {UNDONE}""",
            (deck_id, day_number(day)),
        ).fetchone()
    return int(row[0]), int(row[1])


def failures(conn: sqlite3.Connection, deck_id: str) -> tuple[int, int]:
    """A deck's effective answers that were not drills, and how many of them failed
    (graded below 3)."""
    with read_transaction(conn):
        row = conn.execute(
            f"""SELECT COUNT(*), COALESCE(SUM(r.quality < 3), 0) FROM reviews r
                WHERE r.deck_id = ? AND r.kind = 'answer' AND r.drill = 0 AND NOT {UNDONE}""",
            (deck_id,),
        ).fetchone()
    return int(row[0]), int(row[1])

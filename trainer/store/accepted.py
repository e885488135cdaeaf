"""A learner's own accepted answers: typed text they overruled the grader for, per card.

They are kept by card id, apart from the card's content, so re-importing a deck (which
rewrites the content) never loses them. Each one may point at the log row it came from.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from trainer.core.records import record
from trainer.store.codec import moment_from_text, moment_text
from trainer.store.errors import CollectionError, UnknownCardError
from trainer.store.transactions import read_transaction, write_transaction


@record
class AcceptedAnswer:
    """One alternative the learner accepted for a card."""

    text: str
    added_at: datetime
    # The answer whose verdict was overruled, if it came from one.
    review_id: int | None


def add_accepted_answer(
    conn: sqlite3.Connection,
    card_id: str,
    text: str,
    review_id: int | None,
    now: datetime,
) -> bool:
    """Accept `text` as a right answer to a card from now on; False if it already was.

    UnknownCardError for a card the collection lacks; CollectionError for blank text or a
    log row that does not exist.
    """
    if not text.strip():
        raise CollectionError("an accepted answer cannot be blank")
    stamp = moment_text(now)
    with write_transaction(conn):
        if conn.execute("SELECT 1 FROM cards WHERE id = ?", (card_id,)).fetchone() is None:
            raise UnknownCardError(card_id)
        if review_id is not None and (
            conn.execute("SELECT 1 FROM reviews WHERE id = ?", (review_id,)).fetchone() is None
        ):
            raise CollectionError(f"no log entry {review_id}")
        cursor = conn.execute(
            """INSERT INTO accepted_answers (card_id, text, added_at, review_id)
               VALUES (?, ?, ?, ?) ON CONFLICT (card_id, text) DO NOTHING""",
            (card_id, text, stamp, review_id),
        )
        return cursor.rowcount == 1


def accepted_answers(conn: sqlite3.Connection, card_id: str) -> list[AcceptedAnswer]:
    """The answers accepted for a card, oldest first (an unknown card has none)."""
    with read_transaction(conn):
        rows = conn.execute(
            """SELECT text, added_at, review_id FROM accepted_answers
               WHERE card_id = ? ORDER BY added_at, text""",
            (card_id,),
        ).fetchall()
    return [
        AcceptedAnswer(
            str(row[0]), moment_from_text(str(row[1])), None if row[2] is None else int(row[2])
        )
        for row in rows
    ]

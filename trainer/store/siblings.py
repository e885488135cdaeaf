"""What spreading siblings over days reads: the cards answered today, and what chronologies cite.

Both are small, indexed reads made when a study queue is built: today's answers of one
deck (the ``reviews_by_deck_day`` index), and the content of a few chronology cards by id.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from trainer.core.model import CardKind
from trainer.store.codec import day_number
from trainer.store.errors import CollectionCorruptError
from trainer.store.transactions import collection_error, read_transaction

# Bound parameters per statement, well under SQLite's limit.
_CHUNK = 500


def answered_on(conn: sqlite3.Connection, day: date, *, deck_id: str) -> list[tuple[str, str]]:
    """`(card_id, excerpt_id)` of each card of a deck whose last counted answer was given
    on learning day `day` and still stands (not undone)."""
    number = day_number(day)
    with read_transaction(conn):
        rows = conn.execute(
            """SELECT DISTINCT c.id, c.excerpt_id
               FROM reviews r JOIN cards c ON c.id = r.card_id
               WHERE r.deck_id = ? AND r.day = ? AND r.kind = 'answer'
                 AND c.last_review = ?
               ORDER BY c.id""",
            (deck_id, number, number),
        ).fetchall()
    return [(str(row[0]), str(row[1])) for row in rows]


def chronology_cites(
    conn: sqlite3.Connection, card_ids: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    """The excerpts each chronology card among `card_ids` cites, by card id (other cards,
    and unknown ids, are left out)."""
    ids = list(dict.fromkeys(card_ids))
    found: dict[str, tuple[str, ...]] = {}
    with read_transaction(conn):
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            try:
                rows = conn.execute(
                    f"""SELECT c.id, json_extract(cc.content, '$.cites')
                        FROM cards c JOIN card_content cc ON cc.card_id = c.id
                        WHERE c.id IN ({marks}) AND c.kind = ?""",
                    (*chunk, CardKind.CHRONOLOGY.value),
                ).fetchall()
            except sqlite3.OperationalError as error:
                # A busy or unreadable file is what it is; otherwise SQLite's JSON
                # functions refused a damaged card's stored text.
                if (meant := collection_error(error, "reading chronology cards")) is not None:
                    raise meant from None
                raise CollectionCorruptError(f"a stored card cannot be read ({error})") from None
            for card_id, cites in rows:
                found[str(card_id)] = _excerpt_ids(cites)
    return found


def _excerpt_ids(text: object) -> tuple[str, ...]:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CollectionCorruptError("a stored chronology card's citations cannot be read")
    return tuple(value)

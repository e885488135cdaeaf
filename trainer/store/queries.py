"""Reads the engine needs while studying: queue candidates, today's counts, card lookup, search.

Every query is answered from an index and bounded by a limit, so none of them loads the
whole collection. Pass ``deck_id`` to restrict one to a deck, or None for all decks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import NamedTuple

from trainer.core.model import CardKind, SourceRef
from trainer.core.records import record
from trainer.core.scheduling.queue import QueueEntry
from trainer.core.scheduling.quiz import QuizCandidate
from trainer.store.cards import (
    ENTRY_COLUMNS,
    ENTRY_FROM,
    TAG_SEPARATOR,
    CardEntry,
    CardStatus,
    entry_from_row,
)
from trainer.store.codec import day_from_number, day_number, moment_from_text
from trainer.store.errors import UnknownCardError
from trainer.store.log import UNDONE, LogEntry, card_history
from trainer.store.transactions import read_transaction, translated_errors


@record
class DayCounts:
    """What was answered on one learning day, undone answers left out.

    ``new`` counts first answers to cards that had never been reviewed; ``reviews``
    answers to cards seen before, drills excepted; ``drills`` same-day repetitions.
    """

    new: int
    reviews: int
    drills: int

    @property
    def answers(self) -> int:
        return self.new + self.reviews + self.drills


@record
class ExcerptRecord:
    """The passage a card was made from, as stored with its deck."""

    deck_id: str
    id: str
    title: str
    text: str
    source: SourceRef


@record
class CardDetails:
    """Everything to show about one card: content, schedule, excerpt and full history."""

    entry: CardEntry
    excerpt: ExcerptRecord | None
    added_at: datetime
    retired_at: datetime | None
    history: tuple[LogEntry, ...]


def _deck_filter(deck_id: str | None) -> tuple[str, tuple[str, ...]]:
    return ("", ()) if deck_id is None else (" AND c.deck_id = ?", (deck_id,))


def _entries(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> list[CardEntry]:
    with read_transaction(conn):
        rows = conn.execute(sql, params).fetchall()
    return [entry_from_row(row) for row in rows]


# The queries that build a study queue, which needs each card's place in the schedule but
# not its content: `cards` alone is read (due cards from an index that holds every
# column of a slot, see migration 5), and no card is decoded.


class CardSlot(NamedTuple):
    """A card's place in the schedule, without its content: what a study queue reads of
    it (its due day, last review day and drill flag, as stored), and no more.

    A named tuple, not a record: a queue reads hundreds of them, straight from rows."""

    card_id: str
    excerpt_id: str
    position: int
    due: int | None
    last_review: int | None
    drill: int

    def queue_entry(self, groups: tuple[str, ...] = ()) -> QueueEntry:
        """The card as a queue candidate: what `QueueEntry.from_schedule` makes of it
        and its schedule."""
        return QueueEntry(
            self.card_id,
            self.excerpt_id,
            day_from_number(self.due),
            self.last_review is None,
            bool(self.drill),
            self.position,
            day_from_number(self.last_review),
            groups,
        )


def due_slots(
    conn: sqlite3.Connection, today: date, *, limit: int, deck_id: str | None = None
) -> list[CardSlot]:
    """Active cards already reviewed whose due day is today or earlier: most overdue
    first, then by position in their deck, then by id (the session queue's order).

    In one deck this is a search of the ``cards_due`` index, which holds every column
    read; across decks (which the engine never asks: it builds each deck's queue on its
    own) a scan of it. The index is not pinned: `trainer decks` reads a collection of
    an older version, which lacks it, as it is (`migrations.READABLE_SINCE`).
    """
    return _slots(conn, *_due(today, limit, deck_id, _SLOT_COLUMNS, _SLOT_FROM))


def new_slots(
    conn: sqlite3.Connection, *, limit: int, deck_id: str | None = None
) -> list[CardSlot]:
    """Active cards never reviewed, in deck order (decks by id when across decks)."""
    return _slots(conn, *_new(limit, deck_id, _SLOT_COLUMNS, f"{_SLOT_FROM} INDEXED BY cards_new"))


def drill_slots(
    conn: sqlite3.Connection, today: date, *, limit: int, deck_id: str | None = None
) -> list[CardSlot]:
    """Active cards answered today below 4 that must be drilled again today."""
    source = f"{_SLOT_FROM} INDEXED BY cards_drill"
    return _slots(conn, *_drill(today, limit, deck_id, _SLOT_COLUMNS, source))


_SLOT_COLUMNS = "c.id, c.excerpt_id, c.position, c.due, c.last_review, c.drill"
_SLOT_FROM = "cards c"
Query = tuple[str, tuple[object, ...]]


def _slots(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> list[CardSlot]:
    with read_transaction(conn):
        rows = conn.execute(sql, params).fetchall()
    return list(map(CardSlot._make, rows))


def _due(today: date, limit: int, deck_id: str | None, columns: str, source: str) -> Query:
    where, params = _deck_filter(deck_id)
    # Statuses are written into the SQL, not bound, throughout this module: the planner
    # can then prove a query matches the partial indexes' conditions.
    sql = f"""SELECT {columns} FROM {source}
              WHERE c.status = 'active' AND c.due <= ?{where}
              ORDER BY c.due, c.position, c.id LIMIT ?"""
    return sql, (day_number(today), *params, limit)


def _new(limit: int, deck_id: str | None, columns: str, source: str) -> Query:
    where, params = _deck_filter(deck_id)
    # The partial index holds exactly the candidates, in order. It is pinned (by the
    # caller's `source`) because, without statistics, SQLite may choose to sort every
    # new card instead.
    sql = f"""SELECT {columns} FROM {source}
              WHERE c.last_review IS NULL AND c.status = 'active'{where}
              ORDER BY c.deck_id, c.position LIMIT ?"""
    return sql, (*params, limit)


def _drill(today: date, limit: int, deck_id: str | None, columns: str, source: str) -> Query:
    where, params = _deck_filter(deck_id)
    # Pinned by the caller for the same reason as in _new.
    sql = f"""SELECT {columns} FROM {source}
              WHERE c.drill = 1 AND c.last_review = ? AND c.status = 'active'{where}
              ORDER BY c.deck_id, c.position LIMIT ?"""
    return sql, (day_number(today), *params, limit)


EXCERPT_COLUMNS = "title, text, pages, chapter, url"


def get_excerpt(conn: sqlite3.Connection, deck_id: str, excerpt_id: str) -> ExcerptRecord | None:
    """The stored excerpt a card was made from, or None if the deck never had it."""
    # One statement reads one snapshot: no transaction needed around it.
    with translated_errors(conn):
        row = conn.execute(
            f"SELECT {EXCERPT_COLUMNS} FROM excerpts WHERE deck_id = ? AND id = ?",
            (deck_id, excerpt_id),
        ).fetchone()
    if row is None:
        return None
    return excerpt_record(deck_id, excerpt_id, row)


def excerpt_record(deck_id: str, excerpt_id: str, row: sqlite3.Row) -> ExcerptRecord:
    """The ExcerptRecord of a row holding EXCERPT_COLUMNS."""
    return ExcerptRecord(
        deck_id=deck_id,
        id=excerpt_id,
        title=str(row["title"]),
        text=str(row["text"]),
        source=SourceRef(pages=row["pages"], chapter=row["chapter"], url=row["url"]),
    )


def day_counts(conn: sqlite3.Connection, day: date, *, deck_id: str | None = None) -> DayCounts:
    """How many new cards were introduced, and reviews and drills done, on a learning day."""
    where = "" if deck_id is None else " AND r.deck_id = ?"
    params = (day_number(day),) + (() if deck_id is None else (deck_id,))
    with read_transaction(conn):
        row = conn.execute(
            f"""
            SELECT coalesce(sum(r.drill = 0 AND r.last_review_before IS NULL), 0),
                   coalesce(sum(r.drill = 0 AND r.last_review_before IS NOT NULL), 0),
                   coalesce(sum(r.drill = 1), 0)
            FROM reviews r
            WHERE r.day = ?{where} AND r.kind = 'answer' AND NOT {UNDONE}
            """,
            params,
        ).fetchone()
    return DayCounts(new=int(row[0]), reviews=int(row[1]), drills=int(row[2]))


def card_details(conn: sqlite3.Connection, card_id: str) -> CardDetails:
    """A card with its excerpt and every log row; UnknownCardError if there is no such card."""
    with read_transaction(conn):
        row = conn.execute(
            f"""SELECT {ENTRY_COLUMNS}, c.added_at, c.retired_at,
                       e.deck_id AS e_deck, e.id AS e_id, e.title AS e_title,
                       e.text AS e_text, e.pages, e.chapter, e.url
                FROM {ENTRY_FROM}
                LEFT JOIN excerpts e ON e.deck_id = c.deck_id AND e.id = c.excerpt_id
                WHERE c.id = ?""",
            (card_id,),
        ).fetchone()
        if row is None:
            raise UnknownCardError(card_id)
        history = card_history(conn, card_id)
    excerpt = None
    if row["e_id"] is not None:
        excerpt = ExcerptRecord(
            deck_id=str(row["e_deck"]),
            id=str(row["e_id"]),
            title=str(row["e_title"]),
            text=str(row["e_text"]),
            source=SourceRef(pages=row["pages"], chapter=row["chapter"], url=row["url"]),
        )
    return CardDetails(
        entry=entry_from_row(row),
        excerpt=excerpt,
        added_at=moment_from_text(str(row["added_at"])),
        retired_at=moment_from_text(row["retired_at"]) if row["retired_at"] else None,
        history=tuple(history),
    )


def search_cards(
    conn: sqlite3.Connection,
    *,
    text: str | None = None,
    tag: str | None = None,
    deck_id: str | None = None,
    status: CardStatus | str | None = None,
    limit: int = 100,
    words: Sequence[str] = (),
    due_by: date | None = None,
    new: bool = False,
) -> list[CardEntry]:
    """Cards for the browser: prompt or answer containing ``text`` and each of ``words``
    (each anywhere, in any order; case-insensitive for ASCII), carrying exactly ``tag``, in
    a deck, with a status, due by ``due_by``, never studied (``new``); in deck order."""
    clauses: list[str] = []
    params: list[object] = []
    for part in [text, *words]:
        if not part:
            continue
        escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("(cc.prompt LIKE ? ESCAPE '\\' OR cc.answer LIKE ? ESCAPE '\\')")
        params += [f"%{escaped}%", f"%{escaped}%"]
    if due_by is not None:
        clauses.append("c.due <= ?")
        params.append(day_number(due_by))
    if new:
        clauses.append("c.due IS NULL")
    if tag:
        clauses.append("instr(cc.tags, ?) > 0")
        params.append(f"{TAG_SEPARATOR}{tag}{TAG_SEPARATOR}")
    if deck_id is not None:
        clauses.append("c.deck_id = ?")
        params.append(deck_id)
    if status is not None:
        clauses.append("c.status = ?")
        params.append(CardStatus(status).value)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return _entries(
        conn,
        f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM}{where} ORDER BY c.deck_id, c.position LIMIT ?",
        (*params, limit),
    )


def iter_cards(conn: sqlite3.Connection, *, deck_id: str | None = None) -> Iterator[CardEntry]:
    """Every card (of one deck, or of all), whatever its status, in deck order, streamed
    row by row: for exporters, which may need the whole collection but never at once."""
    where, params = ("", ()) if deck_id is None else (" WHERE c.deck_id = ?", (deck_id,))
    with translated_errors(conn):
        # One statement reads one consistent snapshot, however long the export takes.
        rows = conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM}{where} ORDER BY c.deck_id, c.position",
            params,
        )
        for row in rows:
            yield entry_from_row(row)


def quiz_candidates(
    conn: sqlite3.Connection, *, deck_id: str | None = None, tags: tuple[str, ...] = ()
) -> list[QuizCandidate]:
    """Active cards a quiz may draw from: in a deck (or any), carrying any of ``tags``."""
    clauses = ["c.status = 'active'"]
    params: list[object] = []
    if deck_id is not None:
        clauses.append("c.deck_id = ?")
        params.append(deck_id)
    if tags:
        clauses.append("(" + " OR ".join("instr(cc.tags, ?) > 0" for _ in tags) + ")")
        params += [f"{TAG_SEPARATOR}{tag}{TAG_SEPARATOR}" for tag in tags]
    join = " JOIN card_content cc ON cc.card_id = c.id" if tags else ""
    with read_transaction(conn):
        rows = conn.execute(
            f"SELECT c.id, c.kind FROM cards c{join} WHERE {' AND '.join(clauses)}", params
        ).fetchall()
    return [QuizCandidate(str(row[0]), CardKind(str(row[1]))) for row in rows]

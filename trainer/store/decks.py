"""Deck rows: what the collection remembers about each imported deck, and per-deck counts."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date, datetime
from typing import TYPE_CHECKING

from trainer.core.model import DeckDefaults
from trainer.core.records import record
from trainer.store.codec import day_number, moment_from_text
from trainer.store.errors import CollectionCorruptError, UnknownDeckError
from trainer.store.transactions import read_transaction, write_transaction

if TYPE_CHECKING:
    # Written by an import only; reviewing reads deck rows without loading the deck model.
    from trainer.core.authored import Deck


@record
class DeckRecord:
    """A deck as last imported."""

    id: str
    title: str
    source_path: str
    content_hash: str
    imported_at: datetime
    defaults: DeckDefaults
    exam_date: date | None
    description: str = ""
    author: str = ""
    version: str = ""
    book_title: str = ""
    # Every file the deck was read from, main file first, as given when it was imported.
    source_files: tuple[str, ...] = ()


@record
class DeckSummary:
    """Raw card counts of one deck on one day; daily limits are the engine's business.

    ``due`` counts active cards already reviewed whose due day has come; ``new`` active
    cards never reviewed; ``learned`` active cards reviewed at least once; ``total`` every
    card the deck still has (active and suspended, not retired).
    """

    deck_id: str
    title: str
    due: int
    new: int
    learned: int
    suspended: int
    retired: int
    total: int
    exam_date: date | None


def defaults_to_json(defaults: DeckDefaults) -> str:
    return json.dumps(dataclasses.asdict(defaults), ensure_ascii=False, sort_keys=True)


def defaults_from_json(text: str) -> DeckDefaults:
    try:
        data = json.loads(text)
        known = {f.name for f in dataclasses.fields(DeckDefaults)}
        return DeckDefaults(**{k: v for k, v in data.items() if k in known})
    except (ValueError, TypeError, AttributeError) as error:
        raise CollectionCorruptError(f"stored deck defaults cannot be read ({error})") from error


def deck_info_json(deck: Deck) -> str:
    """The deck's descriptive metadata, kept for display."""
    info: dict[str, object] = {
        "description": deck.description,
        "author": deck.author,
        "license": deck.license,
        "version": deck.version,
        "tags": list(deck.tags),
        "book": dataclasses.asdict(deck.source) if deck.source is not None else None,
    }
    return json.dumps(info, ensure_ascii=False, sort_keys=True)


def _record_from_row(row: sqlite3.Row) -> DeckRecord:
    try:
        info = json.loads(str(row["info"]))
    except ValueError as error:
        raise CollectionCorruptError(f"stored deck metadata cannot be read ({error})") from error
    if not isinstance(info, dict):
        raise CollectionCorruptError("stored deck metadata is not an object")
    book = info.get("book") or {}
    exam = row["exam_date"]
    return DeckRecord(
        id=str(row["id"]),
        title=str(row["title"]),
        source_path=str(row["source_path"]),
        content_hash=str(row["content_hash"]),
        imported_at=moment_from_text(str(row["imported_at"])),
        defaults=defaults_from_json(str(row["defaults"])),
        exam_date=date.fromisoformat(exam) if exam else None,
        description=str(info.get("description", "")),
        author=str(info.get("author", "")),
        version=str(info.get("version", "")),
        book_title=str(book.get("title", "")),
        source_files=tuple(str(path) for path in json.loads(str(row["source_files"]))),
    )


def get_deck(conn: sqlite3.Connection, deck_id: str) -> DeckRecord:
    """The deck with that id; UnknownDeckError if it was never imported."""
    rows = _deck_rows(conn, "SELECT * FROM decks WHERE id = ?", (deck_id,))
    if not rows:
        raise UnknownDeckError(deck_id)
    return _record_from_row(rows[0])


def list_decks(conn: sqlite3.Connection) -> list[DeckRecord]:
    """Every imported deck, by title."""
    return [
        _record_from_row(row) for row in _deck_rows(conn, "SELECT * FROM decks ORDER BY title, id")
    ]


def decks_from_source(conn: sqlite3.Connection, source_path: str) -> list[DeckRecord]:
    """The decks last imported from this main file (normally one)."""
    rows = _deck_rows(conn, "SELECT * FROM decks WHERE source_path = ?", (source_path,))
    return [_record_from_row(row) for row in rows]


def _deck_rows(
    conn: sqlite3.Connection, sql: str, params: tuple[str, ...] = ()
) -> list[sqlite3.Row]:
    try:
        with read_transaction(conn):
            return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        # Text that is not UTF-8 (the file was edited or damaged) fails as it is fetched;
        # other failures (a busy or locked file) are not damage and go on as they are.
        if "decode" not in str(error):
            raise
        raise CollectionCorruptError("a stored deck's text is not UTF-8") from None


def stored_deck_hash(conn: sqlite3.Connection, deck_id: str) -> str | None:
    """The content hash the deck had when last imported, or None for an unknown deck.

    The engine compares it with a freshly computed hash to skip re-importing an
    unchanged deck.
    """
    with read_transaction(conn):
        row = conn.execute("SELECT content_hash FROM decks WHERE id = ?", (deck_id,)).fetchone()
    return None if row is None else str(row[0])


def set_exam_date(conn: sqlite3.Connection, deck_id: str, exam_date: date | None) -> None:
    """Set or clear (None) the date of the exam a deck is revised for."""
    with write_transaction(conn):
        updated = conn.execute(
            "UPDATE decks SET exam_date = ? WHERE id = ?",
            (exam_date.isoformat() if exam_date else None, deck_id),
        ).rowcount
    if updated == 0:
        raise UnknownDeckError(deck_id)


def deck_summaries(conn: sqlite3.Connection, today: date) -> list[DeckSummary]:
    """Counts for every deck, by title. One pass over the ``cards_by_deck`` index."""
    with read_transaction(conn):
        decks = conn.execute("SELECT id, title, exam_date FROM decks ORDER BY title, id")
        deck_rows = decks.fetchall()
        counts = {
            (str(row[0]), str(row[1])): (int(row[2]), int(row[3]), int(row[4]))
            for row in conn.execute(
                """
                SELECT deck_id, status, count(*),
                       coalesce(sum(due IS NULL), 0),
                       coalesce(sum(due <= ?), 0)
                FROM cards GROUP BY deck_id, status
                """,
                (day_number(today),),
            )
        }
    summaries: list[DeckSummary] = []
    for row in deck_rows:
        deck_id = str(row["id"])
        active, new, due = counts.get((deck_id, "active"), (0, 0, 0))
        suspended = counts.get((deck_id, "suspended"), (0, 0, 0))[0]
        retired = counts.get((deck_id, "retired"), (0, 0, 0))[0]
        summaries.append(
            DeckSummary(
                deck_id=deck_id,
                title=str(row["title"]),
                due=due,
                new=new,
                learned=active - new,
                suspended=suspended,
                retired=retired,
                total=active + suspended,
                exam_date=date.fromisoformat(row["exam_date"]) if row["exam_date"] else None,
            )
        )
    return summaries

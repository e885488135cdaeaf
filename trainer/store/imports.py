"""Importing a compiled deck into the collection, and re-importing it after it changed.

Re-import rules, by card id (the id is the card's identity, see docs/deck-format.md):

- an id the collection lacks is **added** as a new card;
- an id it has keeps its schedule and history; if the card's content changed the new
  wording is stored (**changed**), otherwise it is **kept** as is;
- an id the deck no longer generates is **retired**: it leaves every queue but keeps its
  schedule and history;
- a retired id that the deck generates again is **revived** with its old schedule.

Suspended cards stay suspended across re-imports. Positions follow the new deck order.

A deck's id belongs to the file it was imported from: a different file with the same id
is refused unless the import says the deck moved (``move=True``), because re-importing
it would silently retire every card the other file has and this one lacks.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Final

import orjson

from trainer.core.gc_control import gc_paused
from trainer.core.model import CompiledDeck
from trainer.core.records import record
from trainer.core.scheduling.registry import default_scheduler
from trainer.core.scheduling.schedule import Schedule
from trainer.store.cards import CardStatus
from trainer.store.codec import CARD_SCHEDULE_COLUMNS, card_schedule_values, moment_text
from trainer.store.errors import DeckIdConflictError
from trainer.store.prepared import CardRow, PreparedDeck, prepare_deck
from trainer.store.transactions import read_transaction, write_transaction

# Fields of a CardRow (literal, so that each is typed as its own field).
_ID: Final = 0
_EXCERPT: Final = 1
_KIND: Final = 2
_CONTENT: Final = 3
_HASH: Final = 4
_PROMPT: Final = 5
_ANSWER: Final = 6
_TAGS: Final = 7


@record
class ImportPlan:
    """What importing a compiled deck does (or did) to the collection, by card id."""

    deck_id: str
    new_deck: bool
    # The deck's source and hash as last imported; None for a new deck.
    previous_source: str | None
    previous_hash: str | None
    content_hash: str
    added: tuple[str, ...]
    kept: tuple[str, ...]
    changed: tuple[str, ...]
    retired: tuple[str, ...]
    revived: tuple[str, ...]
    # Cards (kept or changed) whose place in the deck order moved.
    reordered: int
    # The file the deck was imported from before, when this import moved it (move=True).
    moved_from: str | None = None

    @property
    def is_noop(self) -> bool:
        """True when importing changes nothing: same file, ids, content and order."""
        return not (
            self.new_deck
            or self.moved_from
            or self.added
            or self.changed
            or self.retired
            or self.revived
            or self.reordered
        )


def plan_import(conn: sqlite3.Connection, deck: CompiledDeck | PreparedDeck) -> ImportPlan:
    """What ``apply_import`` would do, without writing anything."""
    prepared = _prepared(deck)
    with read_transaction(conn):
        plan, _ = _plan(conn, prepared)
    return plan


# A tuple per card and no cycles: the cyclic collector, left on, walked the caller's whole
# heap again and again while they were made (at 100,000 cards, 0.7 of an import's 2.3 s).
@gc_paused()
def apply_import(
    conn: sqlite3.Connection,
    deck: CompiledDeck | PreparedDeck,
    source_path: Path | str,
    now: datetime,
    *,
    move: bool = False,
    initial: Schedule | None = None,
) -> ImportPlan:
    """Import (or re-import) a deck in one transaction; returns what it did.

    Added cards start with ``initial``, by default the default scheduler's new schedule.

    A ``PreparedDeck`` (see ``trainer.store.prepared``) is written as it is; a compiled
    deck is encoded first. A deck id already imported from another file is refused
    (DeckIdConflictError, nothing written) unless ``move`` says the deck file moved:
    re-importing would otherwise retire the other file's cards without a word.
    """
    prepared = _prepared(deck)
    stamp = moment_text(now)
    with write_transaction(conn):
        plan, moved = _plan(conn, prepared)
        previous = plan.previous_source
        if previous is not None and not same_source(previous, str(source_path)):
            if not move:
                raise DeckIdConflictError(prepared.deck_id, previous, str(source_path))
            plan = dataclasses.replace(plan, moved_from=previous)
        conn.execute(
            """
            INSERT INTO decks (id, title, source_path, content_hash, imported_at, defaults, info,
                               source_files)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, source_path = excluded.source_path,
                content_hash = excluded.content_hash, imported_at = excluded.imported_at,
                defaults = excluded.defaults, info = excluded.info,
                source_files = excluded.source_files
            """,
            (
                prepared.deck_id,
                prepared.title,
                str(source_path),
                prepared.content_hash,
                stamp,
                prepared.defaults_json,
                prepared.info_json,
                prepared.files_json,
            ),
        )
        _write_excerpts(conn, prepared)
        _write_cards(conn, prepared, plan, moved, stamp, initial or default_scheduler().initial())
    return plan


def same_source(recorded: str, given: str) -> bool:
    """True when two spellings of a deck's main file name the same file."""
    if recorded == given:
        return True
    try:
        return os.path.samefile(recorded, given)
    except (OSError, ValueError):
        return False


def _prepared(deck: CompiledDeck | PreparedDeck) -> PreparedDeck:
    return deck if isinstance(deck, PreparedDeck) else prepare_deck(deck)


def _plan(conn: sqlite3.Connection, prepared: PreparedDeck) -> tuple[ImportPlan, tuple[str, ...]]:
    """The plan, and the kept cards whose position alone changed."""
    deck_id = prepared.deck_id
    deck_row = conn.execute(
        "SELECT source_path, content_hash FROM decks WHERE id = ?", (deck_id,)
    ).fetchone()
    # Each stored card's status, position and content hash, by id; read as plain tuples
    # rather than rows, in half the time (10,000 cards: 16 → 8 ms).
    plain = conn.cursor()
    plain.row_factory = None
    stored: dict[str, tuple[str, int, str]] = {
        row[0]: row[1:]
        for row in plain.execute(
            "SELECT id, status, position, content_hash FROM cards WHERE deck_id = ?", (deck_id,)
        )
    }
    added: list[str] = []
    kept: list[str] = []
    changed: list[str] = []
    revived: list[str] = []
    moved: list[str] = []
    reordered = 0
    if stored:
        for position, row in enumerate(prepared.cards):
            card_id = row[_ID]
            old = stored.get(card_id)
            if old is None:
                added.append(card_id)
                continue
            status, old_position, old_hash = old
            if status == CardStatus.RETIRED:
                revived.append(card_id)
                continue
            if old_position != position:
                reordered += 1
            if old_hash != row[_HASH]:
                changed.append(card_id)
            else:
                kept.append(card_id)
                if old_position != position:
                    moved.append(card_id)
    else:
        added = [row[_ID] for row in prepared.cards]
    in_deck = {row[_ID] for row in prepared.cards} if stored else set()
    retired = [
        card_id
        for card_id, (status, _, _) in stored.items()
        if card_id not in in_deck and status != CardStatus.RETIRED
    ]
    plan = ImportPlan(
        deck_id=deck_id,
        new_deck=deck_row is None,
        previous_source=None if deck_row is None else str(deck_row[0]),
        previous_hash=None if deck_row is None else str(deck_row[1]),
        content_hash=prepared.content_hash,
        added=tuple(added),
        kept=tuple(kept),
        changed=tuple(changed),
        retired=tuple(sorted(retired)),
        revived=tuple(revived),
        reordered=reordered,
    )
    return plan, tuple(moved)


def _write_excerpts(conn: sqlite3.Connection, prepared: PreparedDeck) -> None:
    # Excerpts are never deleted: retired cards still show the excerpt they came from.
    deck_id = prepared.deck_id
    conn.executemany(
        """
        INSERT INTO excerpts (deck_id, id, title, text, pages, chapter, url)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (deck_id, id) DO UPDATE SET
            title = excluded.title, text = excluded.text, pages = excluded.pages,
            chapter = excluded.chapter, url = excluded.url
        WHERE (title, text, pages, chapter, url) IS NOT
              (excluded.title, excluded.text, excluded.pages, excluded.chapter, excluded.url)
        """,
        ((deck_id, *excerpt) for excerpt in prepared.excerpts),
    )


def _write_cards(
    conn: sqlite3.Connection,
    prepared: PreparedDeck,
    plan: ImportPlan,
    moved: tuple[str, ...],
    stamp: str,
    initial: Schedule,
) -> None:
    deck_id = prepared.deck_id
    rows = prepared.cards
    # The added cards by position: every row of a new deck is one, named by a range rather
    # than a list of pairs (100,000 pairs held 7 MB at an import's peak).
    added: Sequence[int]
    if plan.added and len(plan.added) == len(rows):
        added = range(len(rows))
        by_id: dict[str, tuple[int, CardRow]] = {}
    else:
        by_id = {row[_ID]: (position, row) for position, row in enumerate(rows)}
        added = [by_id[card_id][0] for card_id in plan.added]
    _insert_cards(conn, deck_id, rows, added, stamp, card_schedule_values(initial))
    # The content is UTF-8 bytes (see `card_row`): cast, it is stored as the text it is.
    conn.executemany(
        "INSERT INTO card_content (card_id, content, prompt, answer, tags)"
        " VALUES (?, CAST(? AS TEXT), ?, ?, ?)",
        (
            (row[_ID], row[_CONTENT], row[_PROMPT], row[_ANSWER], row[_TAGS])
            for row in map(rows.__getitem__, added)
        ),
    )
    rewritten = [by_id[card_id] for card_id in (*plan.changed, *plan.revived)]
    conn.executemany(
        "UPDATE card_content SET content = CAST(? AS TEXT), prompt = ?, answer = ?, tags = ?"
        " WHERE card_id = ?",
        ((row[_CONTENT], row[_PROMPT], row[_ANSWER], row[_TAGS], row[_ID]) for _, row in rewritten),
    )
    conn.executemany(
        "UPDATE cards SET position = ?, excerpt_id = ?, kind = ?, content_hash = ? WHERE id = ?",
        (
            (position, row[_EXCERPT], row[_KIND], row[_HASH], row[_ID])
            for position, row in (*rewritten, *(by_id[card_id] for card_id in moved))
        ),
    )
    conn.executemany(
        "UPDATE cards SET status = 'active', retired_at = NULL WHERE id = ?",
        ((card_id,) for card_id in plan.revived),
    )
    conn.executemany(
        "UPDATE cards SET status = 'retired', retired_at = ? WHERE id = ?",
        ((stamp, card_id) for card_id in plan.retired),
    )


_INSERT_CARD_COLUMNS = (
    "INSERT INTO cards (id, deck_id, excerpt_id, kind, position, content_hash, added_at,"
    f" {', '.join(CARD_SCHEDULE_COLUMNS)})"
)


def _insert_cards(
    conn: sqlite3.Connection,
    deck_id: str,
    rows: Sequence[CardRow],
    added: Sequence[int],
    stamp: str,
    schedule: tuple[object, ...],
) -> None:
    """Insert the rows at the positions `added`, each at its position, with the deck, time
    and schedule they all share.

    They go in as JSON arrays that SQLite unpacks itself (`json_each`), the shared values
    bound once: Python's sqlite3 binding 19 values a row took 80 of the 250 ms of
    importing 10,000 cards, this about 45. A few thousand cards an array, so that the
    array never adds to an import's peak memory (at 100,000 cards, 12 MB at once). Ids
    that JSON would not carry exactly (a NUL, at which SQLite's JSON functions end text,
    or a lone surrogate, which orjson refuses) are bound row by row instead.
    """
    shared = (deck_id, stamp, *schedule)
    after = shared[1:]  # what follows a row's own values: the time and schedule
    for start in range(0, len(added), _CARDS_AN_ARRAY):
        batch = [(position, rows[position]) for position in added[start : start + _CARDS_AN_ARRAY]]
        unpacked = _cards_json(batch)
        if unpacked is None:
            conn.executemany(
                f"{_INSERT_CARD_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?{_SCHEDULE_PLACES})",
                (
                    (row[_ID], deck_id, row[_EXCERPT], row[_KIND], position, row[_HASH], *after)
                    for position, row in batch
                ),
            )
            continue
        conn.execute(
            f"""
            {_INSERT_CARD_COLUMNS}
            SELECT json_extract(value, '$[0]'), ?, json_extract(value, '$[1]'),
                   json_extract(value, '$[2]'), json_extract(value, '$[3]'),
                   json_extract(value, '$[4]'), ?{_SCHEDULE_PLACES}
            FROM json_each(?) ORDER BY key
            """,
            (*shared, unpacked),
        )


_CARDS_AN_ARRAY = 4096
_SCHEDULE_PLACES = ", ?" * len(CARD_SCHEDULE_COLUMNS)


def _cards_json(added: list[tuple[int, CardRow]]) -> bytes | None:
    """The added cards' own values as a JSON array of arrays, or None where JSON would not
    give them back exactly."""
    try:
        unpacked = orjson.dumps(
            [(row[_ID], row[_EXCERPT], row[_KIND], position, row[_HASH]) for position, row in added]
        )
    except orjson.JSONEncodeError:
        return None
    return None if b"\\u0000" in unpacked else unpacked

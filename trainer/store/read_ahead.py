"""Reading ahead: the next cards a sitting may ask, and their excerpts, in one snapshot.

A sitting asks one card at a time. Read on its own, straight after an answer's commit,
a card costs two statements (the card, then its excerpt) and its decoding, in a process
whose caches the commit has just cooled: about 100 µs. Read with the next cards of the
queue, it shares two statements (the cards, then their excerpts) with them and is
decoded in one loop with them. The cards read stay true as long as the collection does
not change: through this connection (the engine counts its own changes) or through
another one, which `data_version` reports.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Container, Sequence

from trainer.core.records import record
from trainer.store.cards import ENTRY_COLUMNS, ENTRY_FROM, CardEntry, entry_from_row
from trainer.store.errors import CollectionCorruptError
from trainer.store.queries import EXCERPT_COLUMNS, ExcerptRecord, excerpt_record
from trainer.store.transactions import read_transaction, translated_errors

# SQLite's smallest limit on bound parameters is 999; a sitting reads far fewer at once.
MAX_READ_AHEAD = 500


@record
class ReadAhead:
    """Cards read at once, by id, and the excerpts they were made from that were not
    known yet, by (deck id, excerpt id)."""

    entries: dict[str, CardEntry]
    excerpts: dict[tuple[str, str], ExcerptRecord]


def data_version(conn: sqlite3.Connection) -> int:
    """A number that changes whenever another connection commits a change to the
    collection (this connection's own commits leave it as it was)."""
    with translated_errors(conn):
        return int(conn.execute("PRAGMA data_version").fetchone()[0])


def read_ahead(
    conn: sqlite3.Connection,
    card_ids: Sequence[str],
    known_excerpts: Container[tuple[str, str]] = (),
) -> ReadAhead:
    """The stored cards among ``card_ids`` (unknown and unreadable ones are left out),
    and the excerpts of those cards that ``known_excerpts`` does not hold, read in one
    snapshot."""
    ids = list(dict.fromkeys(card_ids))[:MAX_READ_AHEAD]
    entries: dict[str, CardEntry] = {}
    excerpts: dict[tuple[str, str], ExcerptRecord] = {}
    if not ids:
        return ReadAhead(entries, excerpts)
    marks = ",".join("?" * len(ids))
    with read_transaction(conn):
        found = conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE c.id IN ({marks})", ids
        ).fetchall()
        wanted: dict[str, set[str]] = {}
        for row in found:
            try:
                entry = entry_from_row(row)
            except (CollectionCorruptError, ValueError, TypeError):
                # Left out: a damaged card stops only its own question, when it is read
                # on its own (`get_card`), never the cards read with it.
                continue
            card = entry.card
            entries[card.id] = entry
            if (card.deck_id, card.excerpt_id) not in known_excerpts:
                wanted.setdefault(card.deck_id, set()).add(card.excerpt_id)
        for deck_id, excerpt_ids in wanted.items():
            marks = ",".join("?" * len(excerpt_ids))
            for row in conn.execute(
                f"SELECT id, {EXCERPT_COLUMNS} FROM excerpts WHERE deck_id = ? AND id IN ({marks})",
                (deck_id, *excerpt_ids),
            ):
                excerpts[deck_id, row["id"]] = excerpt_record(deck_id, row["id"], row)
    return ReadAhead(entries, excerpts)

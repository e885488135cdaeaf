"""Importing a compiled deck into the collection, and re-importing it after it changed.

Re-import rules, by card id (the id is the card's identity, see docs/deck-format.md):

- an id the collection lacks is **added** as a new card;
- an id it has keeps its state and history; if the card's content changed the new
  wording is stored (**changed**), otherwise it is **kept** as is;
- an id the deck no longer generates is **retired**: it leaves every queue but keeps its
  state and history;
- a retired id that the deck generates again is **revived** with its old state.

Suspended cards stay suspended across re-imports. Positions follow the new deck order.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer.core.model import CompiledDeck
from trainer.store.cards import CardStatus, EncodedCard, encode_card
from trainer.store.codec import moment_text
from trainer.store.decks import deck_info_json, defaults_to_json
from trainer.store.errors import ImportConflictError
from trainer.store.transactions import read_transaction, write_transaction


@dataclass(frozen=True, slots=True)
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

    @property
    def is_noop(self) -> bool:
        """True when importing changes no card: same ids, content and order."""
        return not (
            self.new_deck
            or self.added
            or self.changed
            or self.retired
            or self.revived
            or self.reordered
        )


@dataclass(frozen=True, slots=True)
class _Stored:
    status: str
    position: int
    content_hash: str


def plan_import(conn: sqlite3.Connection, compiled: CompiledDeck) -> ImportPlan:
    """What ``apply_import`` would do, without writing anything."""
    encoded = _encode(compiled)
    with read_transaction(conn):
        plan, _ = _plan(conn, compiled, encoded)
    return plan


def apply_import(
    conn: sqlite3.Connection, compiled: CompiledDeck, source_path: Path | str, now: datetime
) -> ImportPlan:
    """Import (or re-import) a compiled deck in one transaction; returns what it did."""
    encoded = _encode(compiled)
    deck = compiled.deck
    stamp = moment_text(now)
    with write_transaction(conn):
        plan, moved = _plan(conn, compiled, encoded)
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
                deck.id,
                deck.title,
                str(source_path),
                deck.content_hash,
                stamp,
                defaults_to_json(deck.defaults),
                deck_info_json(deck),
                json.dumps(list(deck.files), ensure_ascii=False),
            ),
        )
        _write_excerpts(conn, compiled)
        _write_cards(conn, deck.id, encoded, plan, moved, stamp)
    return plan


def _encode(compiled: CompiledDeck) -> list[EncodedCard]:
    deck_id = compiled.deck.id
    prefix = f"{deck_id}:"
    foreign = [c.id for c in compiled.cards if c.deck_id != deck_id or not c.id.startswith(prefix)]
    if foreign:
        raise ImportConflictError(
            f"deck {deck_id!r}: cards that do not belong to it: {_some(foreign)}"
        )
    duplicates = [card_id for card_id, n in Counter(c.id for c in compiled.cards).items() if n > 1]
    if duplicates:
        raise ImportConflictError(f"deck {deck_id!r}: duplicate card ids: {_some(duplicates)}")
    return [encode_card(card) for card in compiled.cards]


def _plan(
    conn: sqlite3.Connection, compiled: CompiledDeck, encoded: list[EncodedCard]
) -> tuple[ImportPlan, tuple[str, ...]]:
    """The plan, and the kept cards whose position alone changed."""
    deck_id = compiled.deck.id
    deck_row = conn.execute(
        "SELECT source_path, content_hash FROM decks WHERE id = ?", (deck_id,)
    ).fetchone()
    stored = {
        str(row[0]): _Stored(str(row[1]), int(row[2]), str(row[3]))
        for row in conn.execute(
            "SELECT id, status, position, content_hash FROM cards WHERE deck_id = ?", (deck_id,)
        )
    }
    added: list[str] = []
    kept: list[str] = []
    changed: list[str] = []
    revived: list[str] = []
    moved: list[str] = []
    reordered = 0
    for position, item in enumerate(encoded):
        card_id = item.card.id
        old = stored.get(card_id)
        if old is None:
            added.append(card_id)
            continue
        if old.status == CardStatus.RETIRED:
            revived.append(card_id)
            continue
        if old.position != position:
            reordered += 1
        if old.content_hash != item.content_hash:
            changed.append(card_id)
        else:
            kept.append(card_id)
            if old.position != position:
                moved.append(card_id)
    in_deck = {item.card.id for item in encoded}
    retired = [
        card_id
        for card_id, old in stored.items()
        if card_id not in in_deck and old.status != CardStatus.RETIRED
    ]
    plan = ImportPlan(
        deck_id=deck_id,
        new_deck=deck_row is None,
        previous_source=None if deck_row is None else str(deck_row[0]),
        previous_hash=None if deck_row is None else str(deck_row[1]),
        content_hash=compiled.deck.content_hash,
        added=tuple(added),
        kept=tuple(kept),
        changed=tuple(changed),
        retired=tuple(sorted(retired)),
        revived=tuple(revived),
        reordered=reordered,
    )
    return plan, tuple(moved)


def _write_excerpts(conn: sqlite3.Connection, compiled: CompiledDeck) -> None:
    # Excerpts are never deleted: retired cards still show the excerpt they came from.
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
        (
            (
                compiled.deck.id,
                excerpt.id,
                excerpt.title,
                excerpt.text,
                excerpt.source.pages,
                excerpt.source.chapter,
                excerpt.source.url,
            )
            for excerpt in compiled.deck.excerpts
        ),
    )


def _write_cards(
    conn: sqlite3.Connection,
    deck_id: str,
    encoded: list[EncodedCard],
    plan: ImportPlan,
    moved: tuple[str, ...],
    stamp: str,
) -> None:
    positions = {item.card.id: position for position, item in enumerate(encoded)}
    by_id = {item.card.id: item for item in encoded}
    added = [by_id[card_id] for card_id in plan.added]
    conn.executemany(
        """
        INSERT INTO cards (id, deck_id, excerpt_id, kind, position, content_hash, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        (
            (
                item.card.id,
                deck_id,
                item.card.excerpt_id,
                item.card.kind.value,
                positions[item.card.id],
                item.content_hash,
                stamp,
            )
            for item in added
        ),
    )
    conn.executemany(
        "INSERT INTO card_content (card_id, content, prompt, answer, tags) VALUES (?, ?, ?, ?, ?)",
        (
            (item.card.id, item.content, item.card.prompt, item.answer_text, item.tags)
            for item in added
        ),
    )
    rewritten_ids = (*plan.changed, *plan.revived)
    rewritten = [by_id[card_id] for card_id in rewritten_ids]
    conn.executemany(
        "UPDATE card_content SET content = ?, prompt = ?, answer = ?, tags = ? WHERE card_id = ?",
        (
            (item.content, item.card.prompt, item.answer_text, item.tags, item.card.id)
            for item in rewritten
        ),
    )
    conn.executemany(
        "UPDATE cards SET position = ?, excerpt_id = ?, kind = ?, content_hash = ? WHERE id = ?",
        (
            (
                positions[item.card.id],
                item.card.excerpt_id,
                item.card.kind.value,
                item.content_hash,
                item.card.id,
            )
            for item in (by_id[card_id] for card_id in (*rewritten_ids, *moved))
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


def _some(ids: list[str], shown: int = 5) -> str:
    listed = ", ".join(repr(card_id) for card_id in ids[:shown])
    return listed + (f" and {len(ids) - shown} more" if len(ids) > shown else "")

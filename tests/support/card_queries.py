"""Queue queries that return whole cards, for tests: the store's slot queries plus content.

The store hands the engine slots (a card's place in the schedule, without its content);
tests often want the cards themselves, in the same order.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from trainer.store.cards import CardEntry, get_cards
from trainer.store.queries import (
    CardSlot,
    drill_slots,
    due_slots,
    new_slots,
)


def with_content(conn: sqlite3.Connection, slots: list[CardSlot]) -> list[CardEntry]:
    """The cards of `slots`, in their order."""
    entries = get_cards(conn, [slot.card_id for slot in slots])
    return [entries[slot.card_id] for slot in slots]


def due_cards(
    conn: sqlite3.Connection, today: date, *, limit: int, deck_id: str | None = None
) -> list[CardEntry]:
    return with_content(conn, due_slots(conn, today, limit=limit, deck_id=deck_id))


def new_cards(
    conn: sqlite3.Connection, *, limit: int, deck_id: str | None = None
) -> list[CardEntry]:
    return with_content(conn, new_slots(conn, limit=limit, deck_id=deck_id))


def drill_cards(
    conn: sqlite3.Connection, today: date, *, limit: int, deck_id: str | None = None
) -> list[CardEntry]:
    return with_content(conn, drill_slots(conn, today, limit=limit, deck_id=deck_id))

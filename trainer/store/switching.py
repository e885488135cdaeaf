"""A deck changing schedulers: each card's schedule derived again by replaying its log.

Nothing is lost and no log row is written: the log holds every answer (each row names the
scheduler that computed it), so the new scheduler's schedule comes from the same answers,
and switching back replays them through the first scheduler again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from trainer.core.scheduling.schedule import ReplayAnswer, Schedule
from trainer.core.scheduling.scheduler import Scheduler
from trainer.store.cards import get_card
from trainer.store.exam_log import EXAM_MODE
from trainer.store.log import LogEntry, card_log
from trainer.store.reviews import replace_schedule
from trainer.store.transactions import translated_errors, write_transaction


def answers_for(scheduler_name: str, entries: Iterable[LogEntry]) -> list[ReplayAnswer]:
    """A card's effective answers as `scheduler_name` replays them. A due day recorded by
    a row that scheduler wrote is kept (exam mode may have moved it); another scheduler's
    due days are its own computation, so the replaying one computes its own instead."""
    return [
        ReplayAnswer(
            entry.quality,
            entry.day,
            entry.reviewed_at,
            entry.after.due if entry.scheduler == scheduler_name else None,
            exam=entry.mode == EXAM_MODE,
        )
        for entry in entries
        if entry.quality is not None
    ]


def switched_schedule(conn: sqlite3.Connection, card_id: str, scheduler: Scheduler) -> Schedule:
    """The schedule `scheduler` derives from a card's log (read, not written)."""
    return scheduler.replay(answers_for(scheduler.name, card_log(conn, card_id)))


def switch_card(
    conn: sqlite3.Connection, card_id: str, current: Schedule, scheduler: Scheduler
) -> Schedule:
    """Give a card, whose stored schedule is `current`, the schedule `scheduler` replays
    from its log; returns it. StaleStateError if the card changed meanwhile."""
    with write_transaction(conn):
        schedule = switched_schedule(conn, card_id, scheduler)
        replace_schedule(conn, card_id, current, schedule)
    return schedule


def cards_kept_by_others(conn: sqlite3.Connection, deck_id: str, scheduler_name: str) -> list[str]:
    """The ids of a deck's cards (any status) kept by another scheduler than this one."""
    with translated_errors(conn):
        rows = conn.execute(
            "SELECT id FROM cards WHERE deck_id = ? AND scheduler <> ? ORDER BY position",
            (deck_id, scheduler_name),
        )
        return [str(row[0]) for row in rows]


def switch_deck(conn: sqlite3.Connection, deck_id: str, scheduler: Scheduler) -> int:
    """Move every card of a deck kept by another scheduler to `scheduler`, in one
    transaction; returns how many moved."""
    moved = 0
    with translated_errors(conn):
        # Two ranges rather than `scheduler <> ?`: each is a seek in `cards_by_scheduler`,
        # where `<>` would read every card of the deck that the deck's scheduler keeps.
        found = conn.execute(
            "SELECT 1 FROM cards WHERE deck_id = ? AND scheduler < ?"
            " UNION ALL SELECT 1 FROM cards WHERE deck_id = ? AND scheduler > ? LIMIT 1",
            (deck_id, scheduler.name, deck_id, scheduler.name),
        ).fetchone()
    if found is None:
        return 0  # nothing to move: no write lock taken (opening stays read-only)
    with write_transaction(conn):
        for card_id in cards_kept_by_others(conn, deck_id, scheduler.name):
            current = get_card(conn, card_id).schedule
            replace_schedule(conn, card_id, current, switched_schedule(conn, card_id, scheduler))
            moved += 1
    return moved

"""Recording answers and undoing them, each in one short transaction.

An answer updates the card's state and appends a log row atomically; an undo restores
the state from before the answer and appends an undo row. Nothing is ever deleted: see
``trainer.store.log`` for reading the log back.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from trainer.core.scheduling.state import CardState, Quality, SchedulingLog
from trainer.store.codec import (
    STATE_COLUMNS,
    day_number,
    moment_text,
    state_from_values,
    state_values,
)
from trainer.store.errors import CollectionError, StaleStateError, UnknownCardError
from trainer.store.log import (
    AFTER_COLUMNS,
    BEFORE_COLUMNS,
    LOG_STATE_FIELDS,
    UNDONE,
    EntryKind,
    entry_by_id,
)
from trainer.store.transactions import write_transaction

_INSERT = f"""
    INSERT INTO reviews (
        card_id, deck_id, kind, undoes, reviewed_at, day, mode, quality, suggested, typed,
        response_ms, drill, {", ".join(BEFORE_COLUMNS)}, {", ".join(AFTER_COLUMNS)}
    ) VALUES ({", ".join("?" * (12 + 2 * len(LOG_STATE_FIELDS)))})
"""
_STATE_SELECT = f"SELECT deck_id, {', '.join(STATE_COLUMNS)} FROM cards WHERE id = ?"
_STATE_UPDATE = f"UPDATE cards SET {', '.join(f'{c} = ?' for c in STATE_COLUMNS)} WHERE id = ?"


@dataclass(frozen=True, slots=True)
class UndoneAnswer:
    """What ``undo_last`` / ``undo_answer`` did."""

    review_id: int
    undo_id: int
    card_id: str
    restored: CardState


def record_answer(
    conn: sqlite3.Connection,
    card_id: str,
    new_state: CardState,
    log: SchedulingLog,
    *,
    reviewed_at: datetime,
    suggested: Quality | None = None,
    typed: str | None = None,
    response_ms: int | None = None,
    mode: str = "review",
) -> int:
    """Store a card's new state and append its log row, atomically; returns the row's id.

    The card's stored state must be the one ``log`` was computed from (its ``*_before``
    values); otherwise another process answered the card meanwhile and StaleStateError
    is raised with nothing written. The transaction is committed before returning.
    """
    _check_log_matches(log, new_state)
    if response_ms is not None and response_ms < 0:
        raise ValueError(f"response_ms must be ≥ 0, got {response_ms}")
    if not mode:
        raise ValueError("mode must name the kind of session, such as 'review'")
    stamp = moment_text(reviewed_at)
    with write_transaction(conn):
        deck_id, stored = _stored_state(conn, card_id)
        if not _same_scheduling(stored, log):
            raise StaleStateError(
                f"card {card_id!r} changed since its answer was graded "
                "(another trainer may have reviewed it); the answer was not saved"
            )
        conn.execute(_STATE_UPDATE, (*state_values(new_state), card_id))
        cursor = conn.execute(
            _INSERT,
            (
                card_id,
                deck_id,
                EntryKind.ANSWER.value,
                None,
                stamp,
                day_number(log.day),
                mode,
                int(log.quality),
                None if suggested is None else int(suggested),
                typed,
                response_ms,
                1 if log.drill else 0,
                *state_values(stored),
                *state_values(new_state),
            ),
        )
        review_id = cursor.lastrowid
    assert review_id is not None
    return review_id


def undo_last(
    conn: sqlite3.Connection, *, undone_at: datetime, day: date, deck_id: str | None = None
) -> UndoneAnswer | None:
    """Undo the latest answer not yet undone (in one deck, if given); None if there is none."""
    with write_transaction(conn):
        sql = f"SELECT id FROM reviews r WHERE kind = 'answer' AND NOT {UNDONE}"
        params: tuple[str, ...] = ()
        if deck_id is not None:
            sql += " AND deck_id = ?"
            params = (deck_id,)
        row = conn.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
        if row is None:
            return None
        return undo_answer(conn, int(row[0]), undone_at=undone_at, day=day)


def undo_answer(
    conn: sqlite3.Connection, review_id: int, *, undone_at: datetime, day: date
) -> UndoneAnswer:
    """Undo one answer: restore the card's state from before it and append an undo row.

    Only a card's latest effective answer can be undone, and only while the card still
    has the state that answer gave it.
    """
    stamp = moment_text(undone_at)
    with write_transaction(conn):
        answer = entry_by_id(conn, review_id)
        if answer.kind is not EntryKind.ANSWER:
            raise CollectionError(f"log entry {review_id} is an undo, not an answer")
        if answer.undone:
            raise CollectionError(f"answer {review_id} was already undone")
        later = conn.execute(
            f"""SELECT 1 FROM reviews r WHERE card_id = ? AND id > ? AND kind = 'answer'
                AND NOT {UNDONE} LIMIT 1""",
            (answer.card_id, review_id),
        ).fetchone()
        _, stored = _stored_state(conn, answer.card_id)
        if later is not None or stored != answer.after:
            raise StaleStateError(
                f"answer {review_id} is not the latest one for card {answer.card_id!r}; "
                "undo the later answers first"
            )
        conn.execute(_STATE_UPDATE, (*state_values(answer.before), answer.card_id))
        cursor = conn.execute(
            _INSERT,
            (
                answer.card_id,
                answer.deck_id,
                EntryKind.UNDO.value,
                review_id,
                stamp,
                day_number(day),
                answer.mode,
                None,
                None,
                None,
                None,
                0,
                *state_values(stored),
                *state_values(answer.before),
            ),
        )
        undo_id = cursor.lastrowid
    assert undo_id is not None
    return UndoneAnswer(review_id, undo_id, answer.card_id, answer.before)


def _stored_state(conn: sqlite3.Connection, card_id: str) -> tuple[str, CardState]:
    row = conn.execute(_STATE_SELECT, (card_id,)).fetchone()
    if row is None:
        raise UnknownCardError(card_id)
    return str(row[0]), state_from_values(*(row[name] for name in STATE_COLUMNS))


def _same_scheduling(stored: CardState, log: SchedulingLog) -> bool:
    return (
        math.isclose(stored.ef, log.ef_before, rel_tol=0, abs_tol=1e-9)
        and stored.interval == log.interval_before
        and stored.repetitions == log.repetitions_before
        and stored.due == log.due_before
    )


def _check_log_matches(log: SchedulingLog, new_state: CardState) -> None:
    # A mismatch is a bug in the caller, not a state of the collection.
    if not (
        math.isclose(new_state.ef, log.ef_after, rel_tol=0, abs_tol=1e-9)
        and new_state.interval == log.interval_after
        and new_state.repetitions == log.repetitions_after
        and new_state.due == log.due_after
    ):
        raise ValueError(f"the log's after-values do not describe the new state {new_state}")

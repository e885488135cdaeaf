"""Recording answers and undoing them, each in one short transaction.

An answer updates the card's schedule and appends a log row atomically; an undo restores
the schedule from before the answer and appends an undo row. Nothing is ever deleted: see
``trainer.store.log`` for reading the log back.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from trainer.core.records import record
from trainer.core.scheduling.schedule import ReviewRecord, Schedule
from trainer.core.scheduling.state import Quality
from trainer.store.codec import (
    CARD_SCHEDULE_COLUMNS,
    SCHEDULE_COLUMNS,
    card_schedule_values,
    day_number,
    moment_text,
    schedule_from_values,
    schedule_values,
)
from trainer.store.errors import CollectionError, StaleStateError, UnknownCardError
from trainer.store.log import (
    AFTER_COLUMNS,
    BEFORE_COLUMNS,
    UNDONE,
    EntryKind,
    entry_by_id,
)
from trainer.store.transactions import write_transaction

_ANSWER_COLUMNS = (
    "card_id",
    "deck_id",
    "kind",
    "undoes",
    "reviewed_at",
    "day",
    "mode",
    "quality",
    "suggested",
    "typed",
    "response_ms",
    "drill",
    "verdict",
    "choice",
    "overridden",
    "scheduler",
    *BEFORE_COLUMNS,
    *AFTER_COLUMNS,
)
_INSERT = f"""
    INSERT INTO reviews ({", ".join(_ANSWER_COLUMNS)})
    VALUES ({", ".join("?" * len(_ANSWER_COLUMNS))})
"""
_SCHEDULE_SELECT = f"SELECT deck_id, {', '.join(SCHEDULE_COLUMNS)} FROM cards WHERE id = ?"
_SCHEDULE_UPDATE = (
    f"UPDATE cards SET {', '.join(f'{c} = ?' for c in CARD_SCHEDULE_COLUMNS)} WHERE id = ?"
)


@record
class UndoneAnswer:
    """What ``undo_last`` / ``undo_answer`` did."""

    review_id: int
    undo_id: int
    card_id: str
    restored: Schedule


def record_answer(
    conn: sqlite3.Connection,
    card_id: str,
    record: ReviewRecord,
    *,
    reviewed_at: datetime,
    suggested: Quality | None = None,
    typed: str | None = None,
    response_ms: int | None = None,
    mode: str = "review",
    verdict: str | None = None,
    choice: int | None = None,
    overridden: bool = False,
) -> int:
    """Store a card's new schedule (``record.after``) and append its log row, atomically;
    returns the row's id. ``verdict`` is the grader's outcome word, ``choice`` the
    0-based option picked (choices, true/false), ``overridden`` whether the learner
    overruled the grader before grading ("my answer was right").

    The card's stored schedule must be the one the answer was graded from
    (``record.before``: the generic values and the scheduler's memory); otherwise another
    process answered the card meanwhile and StaleStateError is raised with nothing
    written. The transaction is committed before returning.
    """
    _check_record(record)
    if response_ms is not None and response_ms < 0:
        raise ValueError(f"response_ms must be ≥ 0, got {response_ms}")
    if not mode:
        raise ValueError("mode must name the kind of session, such as 'review'")
    if verdict is not None and not verdict:
        raise ValueError("a verdict is a word such as 'right', or None")
    if choice is not None and (isinstance(choice, bool) or choice < 0):
        raise ValueError(f"a choice is an option's 0-based index, not {choice!r}")
    stamp = moment_text(reviewed_at)
    after = _log_values(record.after)
    with write_transaction(conn):
        deck_id, stored = _stored_schedule(conn, card_id)
        if stored != record.before:
            raise StaleStateError(
                f"card {card_id!r} changed since its answer was graded "
                "(another trainer may have reviewed it); the answer was not saved"
            )
        conn.execute(_SCHEDULE_UPDATE, (*card_schedule_values(record.after), card_id))
        cursor = conn.execute(
            _INSERT,
            (
                card_id,
                deck_id,
                EntryKind.ANSWER.value,
                None,
                stamp,
                day_number(record.day),
                mode,
                int(record.grade),
                None if suggested is None else int(suggested),
                typed,
                response_ms,
                1 if record.drill else 0,
                verdict,
                choice,
                1 if overridden else 0,
                record.after.scheduler,
                *_log_values(stored),
                *after,
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
    """Undo one answer: restore the card's schedule from before it, exactly, and append an
    undo row.

    Only a card's latest effective answer can be undone, and only while the card still
    has the schedule that answer gave it.
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
        _, stored = _stored_schedule(conn, answer.card_id)
        if later is not None or stored != answer.after:
            raise StaleStateError(
                f"answer {review_id} is not the latest one for card {answer.card_id!r}; "
                "undo the later answers first"
            )
        conn.execute(_SCHEDULE_UPDATE, (*card_schedule_values(answer.before), answer.card_id))
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
                None,
                None,
                0,
                answer.scheduler,
                *_log_values(stored),
                *_log_values(answer.before),
            ),
        )
        undo_id = cursor.lastrowid
    assert undo_id is not None
    return UndoneAnswer(review_id, undo_id, answer.card_id, answer.before)


def replace_schedule(
    conn: sqlite3.Connection, card_id: str, expected: Schedule, schedule: Schedule
) -> None:
    """Give a card a schedule derived from its log, such as the one another scheduler
    replays from it when a deck switches schedulers; no log row is written, because the
    log already holds everything the new schedule comes from.

    StaleStateError (nothing written) unless the card still has ``expected``.
    """
    with write_transaction(conn):
        _, stored = _stored_schedule(conn, card_id)
        if stored != expected:
            raise StaleStateError(
                f"card {card_id!r} changed before its schedule could be replaced "
                "(another trainer may have reviewed it)"
            )
        conn.execute(_SCHEDULE_UPDATE, (*card_schedule_values(schedule), card_id))


def _stored_schedule(conn: sqlite3.Connection, card_id: str) -> tuple[str, Schedule]:
    row = conn.execute(_SCHEDULE_SELECT, (card_id,)).fetchone()
    if row is None:
        raise UnknownCardError(card_id)
    return str(row[0]), schedule_from_values(*(row[name] for name in SCHEDULE_COLUMNS))


def _log_values(schedule: Schedule) -> tuple[object, ...]:
    # The log's before/after columns: every schedule column but the scheduler.
    return schedule_values(schedule)[1:]


def _check_record(record: ReviewRecord) -> None:
    # A mismatch is a bug in the caller, not a state of the collection.
    if record.before.scheduler != record.after.scheduler:
        raise ValueError(
            f"an answer cannot change the scheduler ({record.before.scheduler!r} → "
            f"{record.after.scheduler!r})"
        )

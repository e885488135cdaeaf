"""Reading the review log: entries, a card's history, and the whole log streamed (for export).

The log is append-only (triggers in the schema refuse UPDATE and DELETE). Each answer row
holds the card's full schedule before and after (the generic values in columns, the
scheduler's memory as its JSON); an undo is itself a row, of kind ``undo``, pointing at
the answer it undoes. An answer with an undo row pointing at it is "undone" and no
longer counts anywhere.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from enum import StrEnum

from trainer.core.records import record
from trainer.core.scheduling.schedule import ReplayAnswer, Schedule
from trainer.core.scheduling.state import Quality
from trainer.store.codec import moment_from_text, required_day, schedule_from_values
from trainer.store.errors import CollectionError
from trainer.store.transactions import translated_errors

# The log's before/after columns for each schedule field but the scheduler (one column,
# ``scheduler``, for both), in SCHEDULE_COLUMNS order.
LOG_SCHEDULE_FIELDS = (
    "memory",
    "interval",
    "due",
    "last_review",
    "needs_drill",
    "lapses",
    "reviews",
)
BEFORE_COLUMNS = tuple(f"{name}_before" for name in LOG_SCHEDULE_FIELDS)
AFTER_COLUMNS = tuple(f"{name}_after" for name in LOG_SCHEDULE_FIELDS)
# An answer is effective unless an undo row points at it.
UNDONE = "EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r.id)"


class EntryKind(StrEnum):
    ANSWER = "answer"
    UNDO = "undo"


@record
class LogEntry:
    """One row of the review log."""

    id: int
    card_id: str
    deck_id: str
    kind: EntryKind
    # For an undo entry, the id of the answer it undoes.
    undoes: int | None
    # For an answer, whether a later undo entry cancelled it.
    undone: bool
    reviewed_at: datetime
    # The learning day the row belongs to (see Policy.day_starts_at).
    day: date
    mode: str
    quality: Quality | None
    suggested: Quality | None
    typed: str | None
    response_ms: int | None
    # Whether this answer was a same-day drill repetition (ReviewRecord.drill).
    drill: bool
    before: Schedule
    after: Schedule
    # The learner overruled the grader's verdict on this answer ("my answer was right").
    overridden: bool = False
    # The 0-based option picked, for multiple choice and true/false; else None.
    choice: int | None = None
    # The grader's outcome word (right, typo, close, wrong, blank); None for older rows.
    verdict: str | None = None

    @property
    def scheduler(self) -> str:
        """The scheduler that computed this row's schedules."""
        return self.after.scheduler


def card_log(conn: sqlite3.Connection, card_id: str) -> list[LogEntry]:
    """A card's effective answers (undone ones and undo rows left out), oldest first.

    Replaying them (see ``replay_answers``) through the card's scheduler must give its
    stored schedule.
    """
    return [
        entry
        for entry in card_history(conn, card_id)
        if entry.kind is EntryKind.ANSWER and not entry.undone
    ]


def card_history(conn: sqlite3.Connection, card_id: str) -> list[LogEntry]:
    """Every log row of a card, undo rows and undone answers included, oldest first."""
    with translated_errors(conn):
        rows = conn.execute(f"{ENTRY_SELECT} WHERE r.card_id = ? ORDER BY r.id", (card_id,))
        return [entry_from_row(row) for row in rows]


def replay_answers(entries: Iterable[LogEntry]) -> list[ReplayAnswer]:
    """Effective answers (as ``card_log`` gives them) as a scheduler replays them, with the
    due day each one recorded (exam mode may have brought it forward)."""
    return [
        ReplayAnswer(
            entry.quality, entry.day, entry.reviewed_at, entry.after.due, exam=entry.mode == "exam"
        )
        for entry in entries
        if entry.quality is not None
    ]


def iter_log(conn: sqlite3.Connection, *, deck_id: str | None = None) -> Iterator[LogEntry]:
    """The whole log (or one deck's) in order, streamed row by row, for export."""
    sql = ENTRY_SELECT
    params: tuple[str, ...] = ()
    if deck_id is not None:
        sql += " WHERE r.deck_id = ?"
        params = (deck_id,)
    with translated_errors(conn):
        # One statement reads one consistent snapshot, however long the export takes.
        for row in conn.execute(sql + " ORDER BY r.id", params):
            yield entry_from_row(row)


ENTRY_SELECT = f"SELECT r.*, {UNDONE} AS undone FROM reviews r"


def entry_from_row(row: sqlite3.Row) -> LogEntry:
    quality = row["quality"]
    suggested = row["suggested"]
    undoes = row["undoes"]
    scheduler = row["scheduler"]
    return LogEntry(
        id=int(row["id"]),
        card_id=str(row["card_id"]),
        deck_id=str(row["deck_id"]),
        kind=EntryKind(row["kind"]),
        undoes=None if undoes is None else int(undoes),
        undone=bool(row["undone"]),
        reviewed_at=moment_from_text(str(row["reviewed_at"])),
        day=required_day(row["day"]),
        mode=str(row["mode"]),
        quality=None if quality is None else Quality(quality),
        suggested=None if suggested is None else Quality(suggested),
        typed=row["typed"],
        response_ms=row["response_ms"],
        drill=bool(row["drill"]),
        before=schedule_from_values(scheduler, *(row[name] for name in BEFORE_COLUMNS)),
        after=schedule_from_values(scheduler, *(row[name] for name in AFTER_COLUMNS)),
        overridden=bool(row["overridden"]),
        choice=row["choice"],
        verdict=row["verdict"],
    )


def entry_by_id(conn: sqlite3.Connection, review_id: int) -> LogEntry:
    row = conn.execute(f"{ENTRY_SELECT} WHERE r.id = ?", (review_id,)).fetchone()
    if row is None:
        raise CollectionError(f"no log entry {review_id}")
    return entry_from_row(row)

"""A learner's progress in Anki's terms: each card's schedule and the review history as revlog.

Anki counts a review card's due day from the day its collection was created, on days
that start at 4 am, and moves that count to the importing collection's own calendar. So
the package is dated from a fixed creation day (1 January 2000, 4 am, offset from UTC
given), and each due day is written as the number of days since then: the card stays
due on the same day in Anki. The ease is SM-2's E-Factor × 1000; the 0–5 grades map to
Anki's buttons: 0–2 Again, 3 Hard, 4 Good, 5 Easy. The collection is marked `schedVer: 2`,
so that Anki imports the schedule as it is rather than upgrading it from version 1.

The schedule and history come from the collection, which the caller opens (through
`trainer.engine`); reading a card's E-Factor, interval and due day is done in one place,
`_anki_numbers`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from trainer.core.model import Card, CompiledDeck
from trainer.core.records import record
from trainer.interop.bank import InteropError

if TYPE_CHECKING:
    from trainer.core.scheduling.schedule import Schedule

# Anki's day starts at 4 am; the package's collection was "created" that hour on EPOCH.
ROLLOVER_HOUR = 4
EPOCH = date(2000, 1, 1)
CREATED = int(datetime(2000, 1, 1, ROLLOVER_HOUR, tzinfo=UTC).timestamp())
DEFAULT_EASE = 2500
MAX_ANSWER_MS = 60_000
# Anki's card types and queues, and revlog kinds.
REVIEW_TYPE, REVIEW_QUEUE, SUSPENDED_QUEUE = 2, 2, -1
LEARN, REVIEW, RELEARN = 0, 1, 2


@record
class CardProgress:
    """A reviewed card's schedule as Anki keeps it."""

    interval: int
    due: date
    ease: int
    reviews: int
    lapses: int
    suspended: bool = False


@record
class RevlogRow:
    """One answer as an Anki revlog row."""

    card_id: str
    at_ms: int
    button: int
    interval: int
    last_interval: int
    ease: int
    time_ms: int
    kind: int


@record
class Progress:
    cards: Mapping[str, CardProgress]
    reviews: tuple[RevlogRow, ...]


def anki_button(quality: int) -> int:
    """SM-2's 0–5 grade as Anki's answer button: 1 Again, 2 Hard, 3 Good, 4 Easy."""
    return 1 if quality <= 2 else quality - 1


def anki_due(due: date) -> int:
    """A due day as Anki counts it in the package: days since the collection's creation."""
    return (due - EPOCH).days


def _anki_numbers(schedule: Schedule) -> tuple[int, int, date | None]:
    """The ease (E-Factor × 1000), interval and due day of a schedule: the one place that
    reads a scheduler's memory. A scheduler without an E-Factor gets Anki's default."""
    ef = getattr(schedule.memory, "ef", None)
    ease = round(ef * 1000) if isinstance(ef, int | float) else DEFAULT_EASE
    return ease, schedule.interval, schedule.due


def progress_from_collection(compiled: CompiledDeck, collection: ProgressSource) -> Progress:
    """The learner's progress on the deck's cards, read from their collection (the
    caller opens it: `trainer.engine.Engine` is one)."""
    deck_id = compiled.deck.id
    wanted = {card.id for card in compiled.cards}
    if deck_id not in {record.id for record in collection.deck_records()}:
        raise InteropError(
            f"deck '{deck_id}' is not in your collection: import it first, "
            "or leave out --with-progress"
        )
    cards: dict[str, CardProgress] = {}
    for entry in collection.cards(deck_id):
        if entry.card.id in wanted and not entry.schedule.is_new:
            ease, interval, due = _anki_numbers(entry.schedule)
            if due is not None:
                cards[entry.card.id] = CardProgress(
                    interval=max(1, interval),
                    due=due,
                    ease=ease,
                    reviews=entry.schedule.reviews,
                    lapses=entry.schedule.lapses,
                    suspended=entry.status.value == "suspended",
                )
    reviews = tuple(_revlog(collection.log(deck_id), wanted))
    return Progress(cards, reviews)


class _Deck(Protocol):
    @property
    def id(self) -> str: ...


class _Card(Protocol):
    @property
    def card(self) -> Card: ...
    @property
    def status(self) -> Enum: ...
    @property
    def schedule(self) -> Schedule: ...


class ProgressSource(Protocol):
    """What is read of the learner's collection (trainer.engine's Engine gives it)."""

    def deck_records(self) -> Iterable[_Deck]: ...
    def cards(self, deck_id: str | None = ...) -> Iterable[_Card]: ...
    def log(self, deck_id: str | None = ...) -> Iterable[_Answer]: ...


class _Answer(Protocol):
    """What is read of a log entry (trainer.engine's Engine.log gives them)."""

    @property
    def kind(self) -> object: ...
    @property
    def undone(self) -> bool: ...
    @property
    def card_id(self) -> str: ...
    @property
    def quality(self) -> int | None: ...
    @property
    def drill(self) -> bool: ...
    @property
    def response_ms(self) -> int | None: ...
    @property
    def reviewed_at(self) -> datetime: ...
    @property
    def before(self) -> Schedule: ...
    @property
    def after(self) -> Schedule: ...


def _revlog(entries: Iterable[_Answer], wanted: set[str]) -> list[RevlogRow]:
    rows: list[RevlogRow] = []
    for entry in entries:
        kind = getattr(entry.kind, "value", entry.kind)
        if kind != "answer" or entry.undone or entry.quality is None:
            continue
        if entry.card_id not in wanted:
            continue
        ease, interval, _ = _anki_numbers(entry.after)
        _, last_interval, _ = _anki_numbers(entry.before)
        rows.append(
            RevlogRow(
                card_id=entry.card_id,
                at_ms=int(entry.reviewed_at.timestamp() * 1000),
                button=anki_button(int(entry.quality)),
                interval=max(1, interval),
                last_interval=last_interval,
                ease=ease,
                time_ms=min(MAX_ANSWER_MS, max(0, entry.response_ms or 0)),
                kind=LEARN if entry.before.is_new else RELEARN if entry.drill else REVIEW,
            )
        )
    return rows


def apply_progress(conn: sqlite3.Connection, progress: Progress) -> None:
    """Give the package's cards their schedules and add the revlog, in genanki's collection.

    Each card is found by its note's GUID, which is the card's id.
    """
    (conf_text,) = conn.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(conf_text)
    conf.update(schedVer=2, rollover=ROLLOVER_HOUR, creationOffset=0)
    conn.execute("UPDATE col SET crt = ?, conf = ?", (CREATED, json.dumps(conf)))
    anki_ids = dict(
        conn.execute("SELECT n.guid, c.id FROM notes n JOIN cards c ON c.nid = n.id").fetchall()
    )
    for card_id, card in progress.cards.items():
        if card_id not in anki_ids:
            continue
        conn.execute(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?, "
            "lapses = ?, left = 0 WHERE id = ?",
            (
                REVIEW_TYPE,
                SUSPENDED_QUEUE if card.suspended else REVIEW_QUEUE,
                anki_due(card.due),
                card.interval,
                card.ease,
                card.reviews,
                card.lapses,
                anki_ids[card_id],
            ),
        )
    taken: set[int] = set()
    for row in progress.reviews:
        if row.card_id not in anki_ids:
            continue
        revlog_id = row.at_ms
        while revlog_id in taken:
            revlog_id += 1
        taken.add(revlog_id)
        conn.execute(
            "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            (
                revlog_id,
                anki_ids[row.card_id],
                row.button,
                row.interval,
                row.last_interval,
                row.ease,
                row.time_ms,
                row.kind,
            ),
        )

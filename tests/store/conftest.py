"""Fixtures for the store tests: hand-built compiled decks, a fresh collection, answering."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from trainer.core.authored import Deck, Excerpt
from trainer.core.model import (
    Answer,
    AnswerType,
    Card,
    CardKind,
    CompiledDeck,
    DeckDefaults,
    Location,
    SourceRef,
)
from trainer.core.scheduling.schedule import ReviewRecord, Schedule
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, schedule_of
from trainer.core.scheduling.state import CardState, Quality
from trainer.store import (
    apply_import,
    close_collection,
    get_card,
    open_collection,
    record_answer,
    set_status,
    undo_last,
)
from trainer.store.codec import CARD_SCHEDULE_COLUMNS, card_schedule_values
from trainer.store.transactions import write_transaction

DAY0 = date(2025, 3, 1)


def moment(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def make_card(
    deck_id: str,
    slot_path: str,
    *,
    wording: str = "",
    tags: Sequence[str] = (),
    kind: CardKind = CardKind.QA,
) -> Card:
    """A card whose id is ``deck:excerpt:slot`` for ``slot_path`` = ``excerpt:slot``."""
    excerpt_id, slot = slot_path.split(":")
    return Card(
        id=f"{deck_id}:{excerpt_id}:{slot}",
        deck_id=deck_id,
        kind=kind,
        excerpt_id=excerpt_id,
        prompt=f"Question {slot} about {excerpt_id}{wording}?",
        answer=Answer(type=AnswerType.TEXT, text=f"answer {slot}{wording}", alternatives=("alt",)),
        source="p. 1",
        tags=tuple(tags),
    )


def make_deck(
    deck_id: str = "deck",
    slot_paths: Sequence[str] = ("a:q1", "a:q2", "b:q1"),
    *,
    title: str = "A deck",
    content_hash: str = "hash-1",
    wording: dict[str, str] | None = None,
    tags: dict[str, Sequence[str]] | None = None,
    defaults: DeckDefaults | None = None,
) -> CompiledDeck:
    """A compiled deck with one card per ``excerpt:slot`` and one excerpt per excerpt id."""
    wording = wording or {}
    tags = tags or {}
    excerpt_ids = list(dict.fromkeys(path.split(":")[0] for path in slot_paths))
    location = Location(f"{deck_id}.yaml")
    excerpts = tuple(
        Excerpt(
            id=excerpt_id,
            text=f"The text of excerpt {excerpt_id}.",
            source=SourceRef(pages="12–13"),
            location=location,
            title=f"Excerpt {excerpt_id}",
        )
        for excerpt_id in excerpt_ids
    )
    deck = Deck(
        id=deck_id,
        title=title,
        location=location,
        excerpts=excerpts,
        defaults=defaults or DeckDefaults(),
        content_hash=content_hash,
    )
    cards = tuple(
        make_card(deck_id, path, wording=wording.get(path, ""), tags=tags.get(path, ()))
        for path in slot_paths
    )
    return CompiledDeck(deck=deck, cards=cards)


def answer(
    conn: sqlite3.Connection,
    card_id: str,
    quality: int,
    day: date,
    *,
    mode: str = "review",
    typed: str | None = "typed",
) -> int:
    """Grade a card with the real SM-2 and record the answer, as the engine does."""
    schedule = get_card(conn, card_id).schedule
    _, record = SM2_SCHEDULER.review(schedule, Quality(quality), day, at=moment(day))
    return record_answer(
        conn,
        card_id,
        record,
        reviewed_at=moment(day),
        suggested=Quality(quality),
        typed=typed,
        response_ms=1500,
        mode=mode,
    )


def record(
    conn: sqlite3.Connection,
    card_id: str,
    quality: int,
    day: date,
    after: CardState | Schedule,
    *,
    drill: bool = False,
) -> int:
    """Record an answer whose outcome is written out by hand, independent of SM-2."""
    before = get_card(conn, card_id).schedule
    record = ReviewRecord(day, Quality(quality), drill, before, as_schedule(after))
    return record_answer(conn, card_id, record, reviewed_at=moment(day))


def as_schedule(state: CardState | Schedule) -> Schedule:
    """A schedule, from an SM-2 CardState (the handiest way to write one out) or as is."""
    return schedule_of(state) if isinstance(state, CardState) else state


def put_state(conn: sqlite3.Connection, card_id: str, state: CardState | Schedule) -> None:
    """Give a card a hand-picked schedule without a log entry, as a fixture shortcut."""
    assignments = ", ".join(f"{column} = ?" for column in CARD_SCHEDULE_COLUMNS)
    values = (*card_schedule_values(as_schedule(state)), card_id)
    with write_transaction(conn):
        conn.execute(f"UPDATE cards SET {assignments} WHERE id = ?", values)


@dataclass(frozen=True)
class Kit:
    """The helpers above, handed to tests through one session-scoped fixture."""

    make_card: Callable[..., Card]
    make_deck: Callable[..., CompiledDeck]
    answer: Callable[..., int]
    record: Callable[..., int]
    put_state: Callable[..., None]
    moment: Callable[..., datetime]
    day0: date


@pytest.fixture(scope="session")
def kit() -> Kit:
    return Kit(make_card, make_deck, answer, record, put_state, moment, DAY0)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "collection.sqlite"


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_collection(db_path)
    yield connection
    close_collection(connection)


D0, D1, D2 = DAY0, DAY0 + timedelta(days=1), DAY0 + timedelta(days=2)


def state(
    repetitions: int,
    interval: int,
    due: date,
    last: date,
    *,
    ef: float = 2.5,
    drill: bool = False,
    lapses: int = 0,
    reviews: int = 1,
) -> CardState:
    return CardState(ef, repetitions, interval, due, last, drill, lapses, reviews)


@pytest.fixture
def history(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A small, hand-computed history over three days (see test_stats for the sums).

    Deck ``s`` has cards s:x:q1…q8, deck ``t`` has t:y:q1.
    """
    now = moment(D0)
    slots = [f"x:q{i}" for i in range(1, 9)]
    apply_import(conn, make_deck("s", slots), "s.yaml", now)
    apply_import(conn, make_deck("t", ["y:q1"]), "t.yaml", now)
    after = timedelta
    record(conn, "s:x:q1", 5, D0, state(1, 1, D1, D0))  # new
    record(conn, "s:x:q2", 2, D0, state(0, 1, D1, D0, drill=True))  # new
    record(conn, "s:x:q2", 4, D0, state(0, 1, D1, D0, reviews=2), drill=True)
    record(conn, "s:x:q3", 4, D0, state(1, 1, D1, D0))  # new
    record(conn, "s:x:q1", 4, D1, state(2, 6, D0 + after(7), D1, reviews=2))  # review, pass
    record(conn, "s:x:q2", 1, D1, state(0, 1, D2, D1, drill=True, reviews=3))  # review, fail
    record(conn, "s:x:q3", 3, D1, state(2, 6, D0 + after(7), D1, ef=2.36, drill=True))  # pass
    record(conn, "s:x:q3", 5, D1, state(2, 6, D0 + after(7), D1, ef=2.36), drill=True)
    record(conn, "t:y:q1", 2, D1, state(0, 1, D2, D1, drill=True))  # new, other deck
    record(conn, "s:x:q2", 5, D2, state(1, 1, D0 + after(3), D2, reviews=4))  # review, pass
    record(conn, "s:x:q3", 0, D2, state(0, 1, D0 + after(3), D2, ef=2.36, lapses=1))
    undo_last(conn, undone_at=moment(D2), day=D2)  # the q0 above no longer counts
    put_state(conn, "s:x:q7", state(5, 30, D2 + after(10), D2 - after(20), ef=1.9))  # mature
    put_state(conn, "s:x:q8", state(3, 10, D0 - after(3), D0 - after(13), ef=2.1, lapses=3))
    put_state(conn, "s:x:q5", state(2, 6, D2, D0 - after(4)))  # suspended below
    put_state(conn, "s:x:q6", state(2, 6, D2, D0 - after(4)))  # retired below
    set_status(conn, "s:x:q5", "suspended")
    apply_import(conn, make_deck("s", [p for p in slots if p != "x:q6"]), "s.yaml", now)
    return conn

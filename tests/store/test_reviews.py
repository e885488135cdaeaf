"""Tests for trainer.store.reviews: recording answers atomically, undo, the log and export."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypedDict

import pytest

from tests.store.conftest import Kit
from trainer.core.scheduling.schedule import Memory, ReviewRecord, Schedule
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, SM2Memory
from trainer.core.scheduling.state import Quality
from trainer.store import (
    CollectionError,
    EntryKind,
    StaleStateError,
    UnknownCardError,
    apply_import,
    close_collection,
    get_card,
    open_collection,
    record_answer,
    undo_answer,
    undo_last,
)
from trainer.store.connection import integrity_problems
from trainer.store.log import card_history, card_log

CARD = "deck:a:q1"
NEW = SM2_SCHEDULER.initial()


def graded(schedule: Schedule, quality: Quality, day: date) -> tuple[Schedule, ReviewRecord]:
    """SM-2's answer at 9:00 UTC on `day`."""
    return SM2_SCHEDULER.review(schedule, quality, day, at=datetime.combine(day, time(9), UTC))


@pytest.fixture
def deck_conn(conn: sqlite3.Connection, kit: Kit) -> sqlite3.Connection:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    return conn


def log_rows(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])


def test_record_answer_stores_the_state_and_every_log_field(
    deck_conn: sqlite3.Connection, kit: Kit
) -> None:
    state = get_card(deck_conn, CARD).schedule
    new_state, log = graded(state, Quality.CORRECT_HESITATION, kit.day0)
    at = datetime(2025, 3, 1, 23, 30, 15, 250_000, tzinfo=UTC)
    review_id = record_answer(
        deck_conn,
        CARD,
        log,
        reviewed_at=at,
        suggested=Quality.PERFECT,
        typed="Lipetsk",
        response_ms=4200,
        mode="quiz",
        verdict="typo",
        choice=2,
        overridden=True,
    )
    assert get_card(deck_conn, CARD).schedule == new_state
    [entry] = card_history(deck_conn, CARD)
    assert entry.id == review_id
    assert (entry.kind, entry.undoes, entry.undone) == (EntryKind.ANSWER, None, False)
    assert (entry.card_id, entry.deck_id, entry.mode) == (CARD, "deck", "quiz")
    assert entry.reviewed_at == at
    assert entry.day == kit.day0
    assert (entry.quality, entry.suggested) == (Quality.CORRECT_HESITATION, Quality.PERFECT)
    assert (entry.typed, entry.response_ms, entry.drill) == ("Lipetsk", 4200, False)
    assert (entry.before, entry.after) == (state, new_state)
    assert (entry.scheduler, entry.verdict, entry.choice, entry.overridden) == (
        "sm2",
        "typo",
        2,
        True,
    )


def test_the_card_keeps_its_schedulers_hardness_and_stage_in_step(
    deck_conn: sqlite3.Connection, kit: Kit
) -> None:
    def derived() -> tuple[float, int]:
        row = deck_conn.execute("SELECT hardness, learning FROM cards WHERE id = ?", (CARD,))
        return tuple(row.fetchone())

    steps = [(0, 0), (5, 1), (5, 2), (3, 8), (1, 20)]
    for quality, offset in steps:
        kit.answer(deck_conn, CARD, quality, kit.day0 + timedelta(days=offset))
        schedule = get_card(deck_conn, CARD).schedule
        expected = (SM2_SCHEDULER.hardness(schedule), int(SM2_SCHEDULER.is_learning(schedule)))
        assert derived() == expected
    undo_last(deck_conn, undone_at=kit.moment(kit.day0), day=kit.day0)
    schedule = get_card(deck_conn, CARD).schedule
    assert derived() == (SM2_SCHEDULER.hardness(schedule), 0)


def test_a_failure_between_state_and_log_leaves_nothing_behind(
    deck_conn: sqlite3.Connection, kit: Kit
) -> None:
    deck_conn.execute(
        """CREATE TEMP TRIGGER log_fails BEFORE INSERT ON main.reviews
           BEGIN SELECT RAISE(ABORT, 'log write failed'); END"""
    )
    state = get_card(deck_conn, CARD).schedule
    with pytest.raises(sqlite3.DatabaseError, match="log write failed"):
        kit.answer(deck_conn, CARD, 5, kit.day0)
    assert get_card(deck_conn, CARD).schedule == state
    assert log_rows(deck_conn) == 0
    assert not deck_conn.in_transaction


def _run_child(db_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import os, sys
        from datetime import UTC, date, datetime
        from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
        from trainer.core.scheduling.state import Quality
        from trainer.store import get_card, open_collection, record_answer
        conn = open_collection({str(db_path)!r})
        day = date(2025, 3, 1)
        state = get_card(conn, {CARD!r}).schedule
        at = datetime(2025, 3, 1, 9, tzinfo=UTC)
        new_state, log = SM2_SCHEDULER.review(state, Quality.PERFECT, day, at=at)
        """
    ) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)


def test_a_process_killed_mid_answer_leaves_nothing_partial(db_path: Path, kit: Kit) -> None:
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    close_collection(conn)
    # The child dies after updating the card's state, before appending the log row.
    result = _run_child(
        db_path,
        """
        conn.create_function("die", 0, lambda: os._exit(9))
        conn.execute("CREATE TEMP TRIGGER die BEFORE INSERT ON main.reviews "
                     "BEGIN SELECT die(); END")
        record_answer(conn, "deck:a:q1", log, reviewed_at=at)
        print("not reached")
        """,
    )
    assert result.returncode == 9, result.stderr
    conn = open_collection(db_path)
    assert get_card(conn, CARD).schedule == NEW
    assert log_rows(conn) == 0
    assert integrity_problems(conn) == []
    close_collection(conn)


def test_an_answer_survives_the_process_being_killed_right_after(db_path: Path, kit: Kit) -> None:
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    close_collection(conn)
    result = _run_child(
        db_path,
        """
        record_answer(conn, "deck:a:q1", log, reviewed_at=at)
        os._exit(9)  # no close, no checkpoint
        """,
    )
    assert result.returncode == 9, result.stderr
    conn = open_collection(db_path)
    assert get_card(conn, CARD).schedule.reviews == 1
    assert log_rows(conn) == 1
    close_collection(conn)


def test_an_answer_graded_on_a_stale_state_is_refused(
    deck_conn: sqlite3.Connection, kit: Kit
) -> None:
    stale = get_card(deck_conn, CARD).schedule
    kit.answer(deck_conn, CARD, 4, kit.day0)
    _, log = graded(stale, Quality.PERFECT, kit.day0)
    with pytest.raises(StaleStateError, match="changed since its answer was graded"):
        record_answer(deck_conn, CARD, log, reviewed_at=kit.moment(kit.day0))
    assert log_rows(deck_conn) == 1


class ScheduleChange(TypedDict, total=False):
    """Some of a schedule's fields, for `dataclasses.replace`."""

    memory: Memory
    drill: bool
    lapses: int
    reviews: int
    interval: int


@pytest.mark.parametrize(
    "change",
    [
        {"memory": SM2Memory(ef=2.36, repetitions=1)},
        {"memory": SM2Memory(ef=2.6, repetitions=2)},
        {"drill": True},
        {"lapses": 1},
        {"reviews": 2},
        {"interval": 2},
    ],
)
def test_the_stale_guard_compares_the_memory_and_every_generic_value(
    deck_conn: sqlite3.Connection, kit: Kit, change: ScheduleChange
) -> None:
    kit.answer(deck_conn, CARD, 5, kit.day0)
    seen = get_card(deck_conn, CARD).schedule
    kit.put_state(deck_conn, CARD, dataclasses.replace(seen, **change))
    _, log = graded(seen, Quality.PERFECT, kit.day0 + timedelta(days=1))
    with pytest.raises(StaleStateError):
        record_answer(deck_conn, CARD, log, reviewed_at=kit.moment(kit.day0))
    assert log_rows(deck_conn) == 1


def test_record_answer_rejects_bad_arguments(deck_conn: sqlite3.Connection, kit: Kit) -> None:
    state = get_card(deck_conn, CARD).schedule
    _, log = graded(state, Quality.PERFECT, kit.day0)
    naive = datetime(2025, 3, 1, 9)
    at = kit.moment(kit.day0)
    with pytest.raises(ValueError, match="time zone"):
        record_answer(deck_conn, CARD, log, reviewed_at=naive)
    with pytest.raises(ValueError, match="cannot change the scheduler"):
        other = dataclasses.replace(log.after, scheduler="fsrs")
        record_answer(deck_conn, CARD, dataclasses.replace(log, after=other), reviewed_at=at)
    with pytest.raises(ValueError, match="response_ms"):
        record_answer(deck_conn, CARD, log, reviewed_at=at, response_ms=-1)
    with pytest.raises(ValueError, match="mode"):
        record_answer(deck_conn, CARD, log, reviewed_at=at, mode="")
    with pytest.raises(ValueError, match="verdict"):
        record_answer(deck_conn, CARD, log, reviewed_at=at, verdict="")
    with pytest.raises(ValueError, match="choice"):
        record_answer(deck_conn, CARD, log, reviewed_at=at, choice=-1)
    with pytest.raises(UnknownCardError):
        record_answer(deck_conn, "deck:x:q9", log, reviewed_at=at)
    assert log_rows(deck_conn) == 0


def test_undo_restores_the_state_and_appends_an_entry(
    deck_conn: sqlite3.Connection, kit: Kit
) -> None:
    first = kit.answer(deck_conn, CARD, 5, kit.day0)
    after_first = get_card(deck_conn, CARD).schedule
    second = kit.answer(deck_conn, CARD, 2, kit.day0 + timedelta(days=1))
    undone = undo_last(deck_conn, undone_at=kit.moment(kit.day0), day=kit.day0)
    assert undone is not None
    assert (undone.review_id, undone.card_id, undone.restored) == (second, CARD, after_first)
    assert get_card(deck_conn, CARD).schedule == after_first
    history = card_history(deck_conn, CARD)
    assert [e.kind for e in history] == [EntryKind.ANSWER, EntryKind.ANSWER, EntryKind.UNDO]
    assert [e.undone for e in history] == [False, True, False]
    assert history[2].undoes == second and history[2].id == undone.undo_id
    assert (history[2].before, history[2].after) == (history[1].after, after_first)
    assert [e.id for e in card_log(deck_conn, CARD)] == [first]


def test_undo_goes_back_answer_by_answer_then_stops(
    deck_conn: sqlite3.Connection, kit: Kit
) -> None:
    kit.answer(deck_conn, CARD, 5, kit.day0)
    kit.answer(deck_conn, "deck:a:q2", 3, kit.day0)
    day = kit.day0
    at = kit.moment(day)
    assert undo_last(deck_conn, undone_at=at, day=day).card_id == "deck:a:q2"  # type: ignore[union-attr]
    assert undo_last(deck_conn, undone_at=at, day=day).card_id == CARD  # type: ignore[union-attr]
    assert undo_last(deck_conn, undone_at=at, day=day) is None
    assert get_card(deck_conn, CARD).schedule == NEW
    assert get_card(deck_conn, "deck:a:q2").schedule == NEW
    assert log_rows(deck_conn) == 4


def test_undo_last_can_be_limited_to_one_deck(conn: sqlite3.Connection, kit: Kit) -> None:
    now = kit.moment(kit.day0)
    apply_import(conn, kit.make_deck("one"), "one.yaml", now)
    apply_import(conn, kit.make_deck("two"), "two.yaml", now)
    kit.answer(conn, "one:a:q1", 4, kit.day0)
    kit.answer(conn, "two:a:q1", 4, kit.day0)
    undone = undo_last(conn, undone_at=now, day=kit.day0, deck_id="one")
    assert undone is not None and undone.card_id == "one:a:q1"
    assert get_card(conn, "two:a:q1").schedule.reviews == 1


def test_only_a_cards_latest_answer_can_be_undone(deck_conn: sqlite3.Connection, kit: Kit) -> None:
    first = kit.answer(deck_conn, CARD, 5, kit.day0)
    kit.answer(deck_conn, CARD, 4, kit.day0 + timedelta(days=1))
    at = kit.moment(kit.day0)
    with pytest.raises(StaleStateError, match="not the latest"):
        undo_answer(deck_conn, first, undone_at=at, day=kit.day0)
    last = undo_last(deck_conn, undone_at=at, day=kit.day0)
    assert last is not None
    with pytest.raises(CollectionError, match="already undone"):
        undo_answer(deck_conn, last.review_id, undone_at=at, day=kit.day0)
    with pytest.raises(CollectionError, match="is an undo"):
        undo_answer(deck_conn, last.undo_id, undone_at=at, day=kit.day0)
    with pytest.raises(CollectionError, match="no log entry 999"):
        undo_answer(deck_conn, 999, undone_at=at, day=kit.day0)
    undo_answer(deck_conn, first, undone_at=at, day=kit.day0)
    assert get_card(deck_conn, CARD).schedule == NEW


def test_undo_refuses_when_another_process_changed_the_card(db_path: Path, kit: Kit) -> None:
    mine = open_collection(db_path)
    apply_import(mine, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    answer_id = kit.answer(mine, CARD, 5, kit.day0)
    theirs = open_collection(db_path)
    theirs.execute(
        "UPDATE cards SET memory = ? WHERE id = ?",
        (SM2_SCHEDULER.memory_to_json(SM2Memory(ef=1.3, repetitions=1)), CARD),
    )
    with pytest.raises(StaleStateError):
        undo_answer(mine, answer_id, undone_at=kit.moment(kit.day0), day=kit.day0)
    close_collection(theirs)
    close_collection(mine)

"""Tests for trainer.store.log: effective log, replay and streaming (export rows: interop)."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import Kit
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.store import (
    EntryKind,
    apply_import,
    close_collection,
    get_card,
    iter_log,
    open_collection,
    undo_last,
)
from trainer.store.log import card_history, card_log, replay_answers

CARD = "deck:a:q1"


def log_rows(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])


answer_or_undo = st.one_of(
    st.tuples(st.just("answer"), st.integers(0, 5), st.integers(0, 3)),
    st.tuples(st.just("undo"), st.just(0), st.just(0)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(answer_or_undo, max_size=25))
def test_replaying_the_effective_log_gives_the_stored_state(
    kit: Kit, steps: list[tuple[str, int, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        conn = open_collection(Path(folder) / "c.sqlite")
        apply_import(conn, kit.make_deck(slot_paths=["a:q1"]), "d", kit.moment(kit.day0))
        day = kit.day0
        for action, quality, days_later in steps:
            if action == "answer":
                day = day + timedelta(days=days_later)
                kit.answer(conn, CARD, quality, day)
            else:
                undo_last(conn, undone_at=kit.moment(day), day=day)
        log = card_log(conn, CARD)
        replayed = SM2_SCHEDULER.replay(replay_answers(log))
        assert replayed == get_card(conn, CARD).schedule
        answers = sum(1 for action, _, _ in steps if action == "answer")
        assert len(card_history(conn, CARD)) == log_rows(conn) >= answers
        close_collection(conn)


def test_card_log_leaves_out_undone_answers_and_undo_rows(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    first = kit.answer(conn, CARD, 4, kit.day0)
    kit.answer(conn, CARD, 1, kit.day0 + timedelta(days=1))
    undo_last(conn, undone_at=kit.moment(kit.day0), day=kit.day0)
    assert [entry.id for entry in card_log(conn, CARD)] == [first]
    assert len(card_history(conn, CARD)) == 3
    assert card_log(conn, "deck:a:q2") == []


def test_iter_log_streams_every_row_in_order(conn: sqlite3.Connection, kit: Kit) -> None:
    now = kit.moment(kit.day0)
    apply_import(conn, kit.make_deck("one"), "one.yaml", now)
    apply_import(conn, kit.make_deck("two"), "two.yaml", now)
    kit.answer(conn, "one:a:q1", 4, kit.day0)
    kit.answer(conn, "two:a:q1", 2, kit.day0)
    undo_last(conn, undone_at=now, day=kit.day0)
    entries = list(iter_log(conn))
    assert [(e.card_id, e.kind) for e in entries] == [
        ("one:a:q1", EntryKind.ANSWER),
        ("two:a:q1", EntryKind.ANSWER),
        ("two:a:q1", EntryKind.UNDO),
    ]
    assert [e.card_id for e in iter_log(conn, deck_id="one")] == ["one:a:q1"]

"""A deck changing schedulers: the check run on every open finds a card kept by any other
scheduler, whichever side of the chosen one its name sorts, and reads no whole deck (the
index that makes it a seek is added to older collections when they open)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import Kit
from tests.support.leitner import LEITNER
from trainer.core.scheduling import registry
from trainer.core.scheduling.fsrs_scheduler import FSRS_SCHEDULER
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.store import apply_import, close_collection, get_card, open_collection
from trainer.store.migrations import SCHEMA_VERSION, schema_version
from trainer.store.switching import switch_deck

PATHS = ["a:q1", "a:q2", "b:q1"]


@pytest.fixture
def leitner_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.SCHEDULERS, LEITNER.name, LEITNER)


@pytest.mark.usefixtures("leitner_known")
@pytest.mark.parametrize(
    ("kept_by", "chosen"),
    [
        (LEITNER, SM2_SCHEDULER),  # "leitner" sorts before "sm2"
        (SM2_SCHEDULER, LEITNER),  # and after it
        (SM2_SCHEDULER, FSRS_SCHEDULER),
        (FSRS_SCHEDULER, SM2_SCHEDULER),
    ],
    ids=lambda scheduler: scheduler.name,
)
def test_a_deck_kept_by_another_scheduler_moves_whole(
    conn: sqlite3.Connection, kit: Kit, kept_by: Scheduler, chosen: Scheduler
) -> None:
    deck = kit.make_deck("d", PATHS)
    apply_import(conn, deck, "d.yaml", kit.moment(kit.day0), initial=kept_by.initial())

    assert switch_deck(conn, "d", chosen) == len(PATHS)
    kept = {get_card(conn, f"d:{path}").schedule.scheduler for path in PATHS}
    assert kept == {chosen.name}
    assert switch_deck(conn, "d", chosen) == 0


def test_the_check_on_open_seeks_instead_of_reading_the_deck(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck("d", PATHS), "d.yaml", kit.moment(kit.day0))
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        assert switch_deck(conn, "d", SM2_SCHEDULER) == 0
    finally:
        conn.set_trace_callback(None)

    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    for statement in selects:
        # The trace shows the statement with its values bound; plan it as it ran.
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
        reads = [step for step in plan if step.startswith(("SCAN", "SEARCH"))]
        assert reads
        for step in reads:
            assert "cards_by_scheduler (deck_id=? AND scheduler" in step, plan


def test_a_version_3_collection_gains_the_index_when_opened(db_path: Path) -> None:
    conn = open_collection(db_path)
    conn.execute("DROP INDEX cards_by_scheduler")
    conn.execute("DROP INDEX cards_due")  # version 5's
    conn.execute("PRAGMA user_version = 3")
    close_collection(conn)

    upgraded = open_collection(db_path)
    try:
        assert schema_version(upgraded) == SCHEMA_VERSION
        indexes = upgraded.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'cards_by_scheduler'"
        )
        assert [row[0] for row in indexes] == [
            "CREATE INDEX cards_by_scheduler ON cards (deck_id, scheduler)"
        ]
    finally:
        close_collection(upgraded)

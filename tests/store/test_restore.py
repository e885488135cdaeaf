"""Tests for trainer.store.restore: verify, set the current file aside (never delete), restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.store.conftest import Kit
from tests.support.damage import damage_index_page, digest
from trainer.store import (
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    apply_import,
    close_collection,
    get_card,
    open_collection,
)
from trainer.store.backup import backup_if_due
from trainer.store.connection import integrity_problems
from trainer.store.log import card_log
from trainer.store.restore import restore_backup

NOW = datetime(2026, 11, 30, 10, 15, tzinfo=UTC)


@pytest.fixture
def backed_up(db_path: Path, tmp_path: Path, kit: Kit) -> Path:
    """A collection with one answer, backed up on 2025-03-01; then two more answers."""
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    close_collection(conn)
    made = backup_if_due(db_path, tmp_path / "backups", date(2025, 3, 1), keep=7)
    assert made is not None
    conn = open_collection(db_path)
    kit.answer(conn, "deck:a:q2", 5, kit.day0)
    kit.answer(conn, "deck:b:q1", 5, kit.day0)
    close_collection(conn)
    return made


def test_a_restore_sets_the_current_file_aside_and_brings_the_backup_back(
    db_path: Path, backed_up: Path
) -> None:
    current = digest(db_path)
    report = restore_backup(backed_up, db_path, NOW)
    aside = db_path.with_name("collection.sqlite.replaced-2026-11-30T101500")
    assert report.set_aside == (aside,)
    assert digest(aside) == current
    assert (report.backup.cards, report.backup.reviews) == (3, 1)
    conn = open_collection(db_path)
    assert integrity_problems(conn) == []
    assert get_card(conn, "deck:a:q1").schedule.reviews == 1
    assert get_card(conn, "deck:a:q2").schedule.reviews == 0
    assert len(card_log(conn, "deck:a:q1")) == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    close_collection(conn)
    # The file set aside is a whole collection: restoring it undoes the restore.
    again = restore_backup(aside, db_path, NOW)
    assert again.set_aside == (db_path.with_name(aside.name + "-2"),)
    conn = open_collection(db_path)
    assert get_card(conn, "deck:a:q2").schedule.reviews == 1
    close_collection(conn)


def test_a_damaged_backup_is_refused_and_nothing_moves(db_path: Path, backed_up: Path) -> None:
    damage_index_page(backed_up, "cards_by_deck")
    before = {p.name: digest(p) for p in db_path.parent.rglob("*") if p.is_file()}
    with pytest.raises(CollectionCorruptError, match="cannot restore this file: damaged"):
        restore_backup(backed_up, db_path, NOW)
    after = {p.name: digest(p) for p in db_path.parent.rglob("*") if p.is_file()}
    assert after == before


def test_a_file_that_is_no_collection_is_refused(db_path: Path, backed_up: Path) -> None:
    notes = db_path.parent / "notes.sqlite"
    with sqlite3.connect(notes) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(CollectionCorruptError, match="not a trainer collection"):
        restore_backup(notes, db_path, NOW)
    assert not list(db_path.parent.glob("*.replaced-*"))


def test_a_collection_open_elsewhere_is_not_moved(db_path: Path, backed_up: Path) -> None:
    other = open_collection(db_path)
    try:
        with pytest.raises(CollectionBusyError, match="open in another trainer"):
            restore_backup(backed_up, db_path, NOW)
    finally:
        close_collection(other)
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert not list(db_path.parent.glob("*.restoring"))


def test_a_missing_collection_is_restored_and_a_stray_wal_set_aside(
    db_path: Path, backed_up: Path
) -> None:
    db_path.unlink()
    stray = Path(f"{db_path}-wal")
    stray.write_bytes(b"a WAL left behind by the lost file")
    report = restore_backup(backed_up, db_path, NOW)
    assert [p.name for p in report.set_aside] == [
        "collection.sqlite.replaced-2026-11-30T101500-wal"
    ]
    assert report.set_aside[0].read_bytes() == b"a WAL left behind by the lost file"
    conn = open_collection(db_path)
    assert get_card(conn, "deck:a:q1").schedule.reviews == 1
    close_collection(conn)


def test_a_damaged_collection_is_replaced_and_kept(db_path: Path, backed_up: Path) -> None:
    damage_index_page(db_path)
    damaged = digest(db_path)
    report = restore_backup(backed_up, db_path, NOW)
    assert digest(report.set_aside[0]) == damaged
    conn = open_collection(db_path)
    assert integrity_problems(conn) == []
    close_collection(conn)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        # Someone else's trigger could drop every answer as it is saved, or loop for ever.
        (
            "CREATE TRIGGER lose AFTER INSERT ON reviews BEGIN DELETE FROM reviews; END",
            "it holds a trigger 'lose' that trainer never makes",
        ),
        ("CREATE VIEW v AS SELECT * FROM cards", "it holds a view 'v' that trainer never makes"),
        ("DROP INDEX cards_by_deck", "it lacks the index 'cards_by_deck'"),
        # Version 5's tables, labelled version 1: its migration would fail once in place.
        ("PRAGMA user_version = 1", "it holds the index .* of a later schema version than 1"),
    ],
)
def test_a_backup_of_a_schema_not_trainers_own_is_refused_and_nothing_moves(
    db_path: Path, backed_up: Path, change: str, said: str
) -> None:
    with sqlite3.connect(backed_up) as conn:
        conn.execute("PRAGMA trusted_schema = ON")
        conn.execute(change)
    conn.close()
    before = {p.name: digest(p) for p in db_path.parent.rglob("*") if p.is_file()}
    with pytest.raises(CollectionCorruptError, match=f"not trainer's own schema: {said}"):
        restore_backup(backed_up, db_path, NOW)
    after = {p.name: digest(p) for p in db_path.parent.rglob("*") if p.is_file()}
    assert after == before


def test_a_backup_that_fails_to_migrate_leaves_the_collection_in_place(
    db_path: Path, backed_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(conn: sqlite3.Connection) -> int:
        raise sqlite3.OperationalError("duplicate column name: source_files")

    monkeypatch.setattr("trainer.store.restore.migrate", failing)
    current = digest(db_path)
    with pytest.raises(CollectionError, match="cannot restore it"):
        restore_backup(backed_up, db_path, NOW)
    assert digest(db_path) == current
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert not list(db_path.parent.glob("*.restoring"))

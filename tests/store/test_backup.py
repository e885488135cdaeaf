"""Tests for trainer.store.backup: one consistent backup a day, rotated."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from trainer.store import (
    CollectionError,
    apply_import,
    backup_if_due,
    close_collection,
    get_card,
    integrity_problems,
    list_backups,
    open_collection,
)
from trainer.store.backup import rotate_backups


@pytest.fixture
def collection(db_path: Path, kit) -> Path:
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    close_collection(conn)
    return db_path


def test_a_backup_is_a_complete_healthy_standalone_collection(
    collection: Path, tmp_path: Path, kit
) -> None:
    backups = tmp_path / "backups"
    made = backup_if_due(collection, backups, date(2025, 3, 1), keep=7)
    assert made == backups / "collection-2025-03-01.sqlite"
    assert sorted(p.name for p in backups.iterdir()) == ["collection-2025-03-01.sqlite"]
    raw = sqlite3.connect(made)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    conn = open_collection(made)
    assert integrity_problems(conn) == []
    assert get_card(conn, "deck:a:q1").state.reviews == 1
    close_collection(conn)


def test_at_most_one_backup_a_day(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert backup_if_due(collection, backups, date(2025, 3, 1), keep=7) is not None
    assert backup_if_due(collection, backups, date(2025, 3, 1), keep=7) is None
    assert backup_if_due(collection, backups, date(2025, 3, 2), keep=7) is not None
    assert len(list_backups(backups)) == 2


def test_old_backups_rotate_out(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "notes.txt").write_text("not a backup")
    (backups / "collection-2025-13-45.sqlite").write_text("a name that is no date")
    start = date(2025, 3, 1)
    for offset in (0, 1, 2, 5, 9):
        backup_if_due(collection, backups, start + timedelta(days=offset), keep=3)
    assert [day for day, _ in list_backups(backups)] == [
        date(2025, 3, 3),
        date(2025, 3, 6),
        date(2025, 3, 10),
    ]
    assert (backups / "notes.txt").exists()
    assert (backups / "collection-2025-13-45.sqlite").exists()


def test_rotate_backups_reports_what_it_deleted(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "b"
    for day in (1, 2, 3):
        backup_if_due(collection, backups, date(2025, 3, day), keep=10)
    deleted = rotate_backups(backups, keep=1)
    assert [p.name for p in deleted] == [
        "collection-2025-03-01.sqlite",
        "collection-2025-03-02.sqlite",
    ]


def test_no_backup_when_turned_off_or_nothing_to_back_up(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert backup_if_due(collection, backups, date(2025, 3, 1), keep=0) is None
    assert backup_if_due(tmp_path / "none.sqlite", backups, date(2025, 3, 1), keep=3) is None
    assert not backups.exists()


def test_a_backup_taken_during_a_write_holds_only_committed_data(
    collection: Path, tmp_path: Path
) -> None:
    writer = open_collection(collection)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE cards SET status = 'suspended'")
    made = backup_if_due(collection, tmp_path / "b", date(2025, 3, 1), keep=3)
    writer.execute("COMMIT")
    close_collection(writer)
    assert made is not None
    copy = open_collection(made)
    statuses = {row[0] for row in copy.execute("SELECT status FROM cards")}
    assert statuses == {"active"}
    assert integrity_problems(copy) == []
    close_collection(copy)


def test_a_damaged_collection_is_not_backed_up(tmp_path: Path) -> None:
    broken = tmp_path / "collection.sqlite"
    broken.write_bytes(b"garbage" * 1000)
    with pytest.raises(CollectionError):
        backup_if_due(broken, tmp_path / "b", date(2025, 3, 1), keep=3)
    assert list((tmp_path / "b").iterdir()) == []

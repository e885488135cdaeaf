"""Tests for trainer.store.connection and .transactions: settings, errors, busy handling."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.store.conftest import Kit
from trainer.store import (
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    CollectionMissingError,
    apply_import,
    close_collection,
    get_card,
    open_collection,
    set_status,
)
from trainer.store.backup import backup_if_due
from trainer.store.cards import CardStatus
from trainer.store.connection import integrity_problems, marker_path
from trainer.store.transactions import read_transaction, write_transaction


def pragma(conn: sqlite3.Connection, name: str) -> object:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_connections_get_wal_foreign_keys_and_a_busy_timeout(db_path: Path) -> None:
    conn = open_collection(db_path, busy_timeout_ms=1234)
    assert pragma(conn, "journal_mode") == "wal"
    assert pragma(conn, "foreign_keys") == 1
    assert pragma(conn, "busy_timeout") == 1234
    assert pragma(conn, "synchronous") == 2  # FULL
    assert pragma(conn, "journal_size_limit") == 8 * 1024 * 1024
    assert conn.isolation_level is None
    close_collection(conn)
    normal = open_collection(db_path, synchronous="NORMAL")
    assert pragma(normal, "synchronous") == 1
    close_collection(normal)


def test_an_unknown_synchronous_mode_is_refused(db_path: Path) -> None:
    with pytest.raises(ValueError, match="NORMAL or FULL"):
        open_collection(db_path, synchronous="OFF")  # type: ignore[arg-type]


def test_the_collection_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "collection.sqlite"
    close_collection(open_collection(path))
    assert path.is_file()


def test_a_file_that_is_not_sqlite_is_reported_as_damaged(db_path: Path) -> None:
    db_path.write_bytes(b"these are my lecture notes, not a database\n" * 200)
    with pytest.raises(CollectionCorruptError) as caught:
        open_collection(db_path)
    assert str(db_path) in str(caught.value)
    assert "not a trainer collection, or the file is damaged" in str(caught.value)


def test_a_folder_is_not_a_collection(tmp_path: Path) -> None:
    with pytest.raises(CollectionError, match="is a folder"):
        open_collection(tmp_path)


def test_a_damaged_page_is_reported_not_raised_as_sqlite_error(db_path: Path, kit: Kit) -> None:
    conn = open_collection(db_path)
    apply_import(
        conn, kit.make_deck(slot_paths=[f"e{i}:q1" for i in range(300)]), "d", kit.moment(kit.day0)
    )
    close_collection(conn)
    data = bytearray(db_path.read_bytes())
    page_size = 4096
    # Scribble over every page after the first two: the schema survives, the data does not.
    for offset in range(2 * page_size, len(data), page_size):
        data[offset : offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    with pytest.raises(CollectionCorruptError):
        conn = open_collection(db_path)
        get_card(conn, "deck:e150:q1")


def test_a_held_write_lock_gives_a_busy_error_then_clears(db_path: Path, kit: Kit) -> None:
    first = open_collection(db_path)
    apply_import(first, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    second = open_collection(db_path, busy_timeout_ms=50)
    first.execute("BEGIN IMMEDIATE")
    with pytest.raises(CollectionBusyError, match="another trainer is writing"):
        set_status(second, "deck:a:q1", CardStatus.SUSPENDED)
    # Reading never waits for a writer in WAL mode.
    assert get_card(second, "deck:a:q1").status is CardStatus.ACTIVE
    first.execute("COMMIT")
    set_status(second, "deck:a:q1", CardStatus.SUSPENDED)
    assert get_card(first, "deck:a:q1").status is CardStatus.SUSPENDED
    assert not second.in_transaction
    close_collection(first)
    close_collection(second)


def test_a_failed_write_transaction_rolls_back(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    with pytest.raises(RuntimeError), write_transaction(conn):
        conn.execute("UPDATE cards SET status = 'suspended'")
        raise RuntimeError("the engine failed in the middle")
    assert not conn.in_transaction
    assert get_card(conn, "deck:a:q1").status is CardStatus.ACTIVE


def test_a_nested_write_rolls_back_alone(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    with write_transaction(conn):
        set_status(conn, "deck:a:q1", CardStatus.SUSPENDED)
        with pytest.raises(CollectionError), write_transaction(conn):
            set_status(conn, "deck:a:q2", CardStatus.SUSPENDED)
            set_status(conn, "deck:retired:q9", CardStatus.SUSPENDED)
        assert conn.in_transaction
    assert get_card(conn, "deck:a:q1").status is CardStatus.SUSPENDED
    assert get_card(conn, "deck:a:q2").status is CardStatus.ACTIVE


def test_a_read_transaction_sees_one_snapshot(db_path: Path, kit: Kit) -> None:
    reader = open_collection(db_path)
    writer = open_collection(db_path)
    apply_import(writer, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    with read_transaction(reader):
        before = get_card(reader, "deck:a:q1").status
        set_status(writer, "deck:a:q1", CardStatus.SUSPENDED)
        assert get_card(reader, "deck:a:q1").status is before is CardStatus.ACTIVE
    assert get_card(reader, "deck:a:q1").status is CardStatus.SUSPENDED
    close_collection(reader)
    close_collection(writer)


def test_a_healthy_collection_has_no_integrity_problems(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    assert integrity_problems(conn) == []


def test_integrity_problems_reports_broken_foreign_keys(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO cards (id, deck_id, excerpt_id, kind, position, content_hash, added_at, "
        "scheduler, memory, hardness, learning) "
        "VALUES ('ghost:e:q1', 'ghost', 'e', 'qa', 0, 'h', 'now', 'sm2', '{}', 0, 0)"
    )
    assert integrity_problems(conn) == ["table cards row 1: missing row in decks"]


# A lost collection is never replaced by an empty one --------------------------------


def made_collection(db_path: Path, kit: Kit) -> Path:
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    close_collection(conn)
    return db_path


def test_a_first_run_creates_the_collection_and_its_marker(tmp_path: Path) -> None:
    path = tmp_path / "data" / "collection.sqlite"
    close_collection(open_collection(path))
    assert path.is_file()
    assert marker_path(path) == tmp_path / "data" / "collection.sqlite.created"
    assert "trainer restore" in marker_path(path).read_text(encoding="utf-8")


def test_an_existing_collection_gets_its_marker_on_opening(db_path: Path, kit: Kit) -> None:
    made_collection(db_path, kit)
    marker_path(db_path).unlink()
    close_collection(open_collection(db_path))
    assert marker_path(db_path).exists()


@pytest.mark.parametrize("loss", ["deleted", "emptied"])
def test_a_lost_collection_with_backups_is_refused_naming_the_newest(
    db_path: Path, tmp_path: Path, kit: Kit, loss: str
) -> None:
    made_collection(db_path, kit)
    backups = tmp_path / "backups"
    backup_if_due(db_path, backups, date(2025, 3, 1), keep=7)
    newest = backup_if_due(db_path, backups, date(2025, 3, 2), keep=7)
    marker_path(db_path).unlink()  # backups alone are enough to know
    if loss == "deleted":
        db_path.unlink()
    else:
        db_path.write_bytes(b"")
    with pytest.raises(CollectionMissingError) as caught:
        open_collection(db_path)
    message = str(caught.value)
    assert f"trainer restore {newest}" in message
    assert "2025-03-02: 3 cards, 1 review" in message
    assert ("is missing" if loss == "deleted" else "is empty (0 bytes)") in message
    # Nothing was created or changed.
    assert db_path.exists() == (loss == "emptied")
    assert not db_path.exists() or db_path.stat().st_size == 0
    assert not Path(f"{db_path}-wal").exists()


def test_a_lost_collection_with_only_its_marker_is_refused(db_path: Path, kit: Kit) -> None:
    made_collection(db_path, kit)
    db_path.unlink()
    with pytest.raises(CollectionMissingError) as caught:
        open_collection(db_path)
    message = str(caught.value)
    assert "No good backup was found" in message
    assert str(marker_path(db_path)) in message
    assert not db_path.exists()


def test_backups_in_a_folder_given_by_the_caller_count(tmp_path: Path, kit: Kit) -> None:
    elsewhere = tmp_path / "elsewhere"
    first = made_collection(tmp_path / "data" / "collection.sqlite", kit)
    backup_if_due(first, elsewhere, date(2025, 3, 1), keep=7)
    first.unlink()
    marker_path(first).unlink()
    with pytest.raises(CollectionMissingError):
        open_collection(first, backups_dir=elsewhere)
    # Backups of another collection name are not this one's.
    close_collection(open_collection(tmp_path / "data" / "course.sqlite", backups_dir=elsewhere))

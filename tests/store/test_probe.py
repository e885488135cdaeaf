"""Tests for trainer.store.probe: a file that is not a trainer collection is refused unchanged."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tests.support.damage import digest
from trainer.store import (
    CollectionCorruptError,
    CollectionError,
    CollectionVersionError,
    close_collection,
    open_collection,
)
from trainer.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from trainer.store.probe import check_collection_file, read_only_connection


def sqlite_file(path: Path, *statements: str, wal: bool = False) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        for statement in statements:
            conn.execute(statement)


# Each writes a file that is not a trainer collection (what it returns is ignored).
FOREIGN: dict[str, Callable[[Path], object]] = {
    "another program's database": lambda p: sqlite_file(
        p, "CREATE TABLE customers (name)", "INSERT INTO customers VALUES ('Ada')"
    ),
    "another program's WAL database": lambda p: sqlite_file(
        p, "CREATE TABLE customers (name)", "INSERT INTO customers VALUES ('Ada')", wal=True
    ),
    "text, not SQLite": lambda p: p.write_bytes(b"my lecture notes, not a database\n" * 200),
    "a few bytes": lambda p: p.write_bytes(b"SQLite format 3"),
    "someone else's application id": lambda p: sqlite_file(p, "PRAGMA application_id = 42"),
    "someone else's id, WAL mode": lambda p: sqlite_file(
        p, "PRAGMA application_id = 42", "CREATE TABLE t (x)", wal=True
    ),
    "user_version 2 without trainer's mark": lambda p: sqlite_file(
        p, "CREATE TABLE notes (x)", "PRAGMA user_version = 2"
    ),
    "user_version 2, no tables at all": lambda p: sqlite_file(p, "PRAGMA user_version = 2"),
    "trainer's mark and version, but not its tables": lambda p: sqlite_file(
        p,
        f"PRAGMA application_id = {APPLICATION_ID}",
        "PRAGMA user_version = 2",
        "CREATE TABLE decks (id)",
    ),
    "a huge user_version": lambda p: sqlite_file(
        p, "CREATE TABLE t (x)", "PRAGMA user_version = 2147483647"
    ),
}


@pytest.mark.parametrize("kind", list(FOREIGN))
def test_a_foreign_file_is_refused_and_left_byte_for_byte(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "collection.sqlite"
    FOREIGN[kind](path)
    before = digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(CollectionError) as caught:
        open_collection(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: not a trainer collection")
    assert not isinstance(caught.value, CollectionVersionError)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no -wal, -shm, marker


def test_a_newer_trainers_collection_is_refused_unchanged(db_path: Path) -> None:
    close_collection(open_collection(db_path))
    sqlite_file(db_path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = digest(db_path)
    with pytest.raises(CollectionVersionError, match="written by a newer trainer"):
        open_collection(db_path)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()


def test_a_trainer_collection_passes_and_reports_its_version(db_path: Path) -> None:
    close_collection(open_collection(db_path))
    assert check_collection_file(db_path) == SCHEMA_VERSION


def test_a_read_only_connection_writes_nothing(db_path: Path) -> None:
    close_collection(open_collection(db_path))
    before = digest(db_path)
    with closing(read_only_connection(db_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE t (x)")
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        "collection.sqlite",
        "collection.sqlite.created",
    ]


def test_a_file_that_is_not_sqlite_is_reported_as_such(db_path: Path) -> None:
    db_path.write_bytes(b"\x00" * 4096)
    with pytest.raises(CollectionCorruptError, match="not an SQLite database"):
        check_collection_file(db_path)

"""Tests for trainer.store.migrations: versioned schema, upgrades, refusals, atomicity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from trainer.store import (
    CollectionCorruptError,
    CollectionVersionError,
    close_collection,
    open_collection,
)
from trainer.store.migrations import (
    APPLICATION_ID,
    MIGRATIONS,
    READABLE_SINCE,
    SCHEMA_VERSION,
    Migration,
    migrate,
    run_statements,
    schema_version,
)

TABLES = {"decks", "excerpts", "cards", "card_content", "reviews"}


def tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(row[0]) for row in rows}


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_a_new_collection_gets_the_latest_schema(db_path: Path) -> None:
    conn = open_collection(db_path)
    assert schema_version(conn) == SCHEMA_VERSION == MIGRATIONS[-1].version
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert tables(conn) >= TABLES
    close_collection(conn)


def test_an_empty_version_0_database_is_upgraded_to_the_latest(db_path: Path) -> None:
    # The old shape, by hand: a real SQLite file that never had a schema.
    old = raw(db_path)
    old.execute("CREATE TABLE scratch (x)")
    old.execute("DROP TABLE scratch")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 0
    old.close()
    assert db_path.stat().st_size > 0

    conn = open_collection(db_path)
    assert schema_version(conn) == SCHEMA_VERSION
    assert tables(conn) >= TABLES
    close_collection(conn)


def test_a_version_1_collection_keeps_its_decks_when_upgraded(db_path: Path) -> None:
    conn = raw(db_path)
    migrate(conn, MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO decks (id, title, source_path, content_hash, imported_at, defaults, info)"
        " VALUES ('d', 'D', '/decks/d.yaml', 'h', '2026-01-01T00:00:00+00:00', '{}', '{}')"
    )
    conn.close()
    upgraded = open_collection(db_path)
    assert schema_version(upgraded) == SCHEMA_VERSION
    row = upgraded.execute("SELECT title, source_files FROM decks WHERE id = 'd'").fetchone()
    assert tuple(row) == ("D", "[]")
    close_collection(upgraded)


def test_migrate_reports_the_version_it_found(db_path: Path) -> None:
    conn = raw(db_path)
    assert migrate(conn) == 0
    assert migrate(conn) == SCHEMA_VERSION
    conn.close()


def test_a_later_migration_is_applied_once_to_an_older_collection(db_path: Path) -> None:
    close_collection(open_collection(db_path))
    nxt = SCHEMA_VERSION + 1
    v_next = Migration(nxt, "notes", run_statements("ALTER TABLE cards ADD COLUMN note TEXT"))
    conn = raw(db_path)
    assert migrate(conn, (*MIGRATIONS, v_next)) == SCHEMA_VERSION
    assert migrate(conn, (*MIGRATIONS, v_next)) == nxt
    columns = {row[1] for row in conn.execute("PRAGMA table_info(cards)")}
    assert "note" in columns
    conn.close()


def test_a_failing_migration_leaves_the_collection_as_it_was(db_path: Path) -> None:
    close_collection(open_collection(db_path))

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("step failed midway")

    conn = raw(db_path)
    with pytest.raises(RuntimeError, match="midway"):
        migrate(conn, (*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken", half_done)))
    assert schema_version(conn) == SCHEMA_VERSION
    assert "half" not in tables(conn)
    conn.close()


def test_a_collection_from_a_newer_trainer_is_refused(db_path: Path) -> None:
    close_collection(open_collection(db_path))
    conn = raw(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CollectionVersionError) as caught:
        open_collection(db_path)
    message = str(caught.value)
    assert "written by a newer trainer" in message
    assert str(db_path) in message


def test_another_programs_database_is_refused(db_path: Path) -> None:
    conn = raw(db_path)
    conn.execute("CREATE TABLE customers (name)")
    conn.close()
    with pytest.raises(CollectionCorruptError, match="not a trainer collection"):
        open_collection(db_path)


def test_a_foreign_application_id_is_refused(db_path: Path) -> None:
    conn = raw(db_path)
    conn.execute("PRAGMA application_id = 42")
    conn.close()
    with pytest.raises(CollectionCorruptError, match="belongs to another program"):
        open_collection(db_path)


def test_migrations_must_be_numbered_in_order(db_path: Path) -> None:
    conn = raw(db_path)
    skip = SCHEMA_VERSION + 2
    skipping = (*MIGRATIONS, Migration(skip, "skips one", run_statements()))
    with pytest.raises(ValueError, match="numbered"):
        migrate(conn, skipping)
    conn.close()


def test_the_review_log_refuses_updates_and_deletes(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO decks (id, title, source_path, content_hash, imported_at, defaults, info)"
        " VALUES ('d', 't', 'p', 'h', '2025-01-01T00:00:00Z', '{}', '{}')"
    )
    conn.execute(
        "INSERT INTO cards (id, deck_id, excerpt_id, kind, position, content_hash, added_at, "
        "scheduler, memory, hardness, learning) "
        "VALUES ('d:e:q1', 'd', 'e', 'qa', 0, 'h', 'now', 'sm2', '{}', 0, 0)"
    )
    conn.execute(
        """INSERT INTO reviews (card_id, deck_id, kind, reviewed_at, day, mode, quality, drill,
           scheduler, memory_before, memory_after, interval_before, interval_after,
           needs_drill_before, needs_drill_after, lapses_before, lapses_after,
           reviews_before, reviews_after)
           VALUES ('d:e:q1', 'd', 'answer', 'now', 1, 'review', 4, 0, 'sm2',
                   '{"ef":2.5,"repetitions":0}', '{"ef":2.5,"repetitions":1}',
                   0, 1, 0, 0, 0, 0, 0, 1)"""
    )
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE reviews SET quality = 5")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM reviews")
    assert [tuple(row) for row in conn.execute("SELECT quality FROM reviews")] == [(4,)]


def test_a_card_cannot_be_reviewed_without_a_due_day(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO decks (id, title, source_path, content_hash, imported_at, defaults, info)"
        " VALUES ('d', 't', 'p', 'h', 'now', '{}', '{}')"
    )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute(
            "INSERT INTO cards (id, deck_id, excerpt_id, kind, position, content_hash, "
            "added_at, scheduler, memory, hardness, learning, last_review) "
            "VALUES ('d:e:q1', 'd', 'e', 'qa', 0, 'h', 'now', 'sm2', '{}', 0, 0, 739000)"
        )


def test_versions_after_the_readable_one_add_only_indexes(tmp_path: Path) -> None:
    """`READABLE_SINCE` lets read-only commands read an older collection as it is: a
    migration that changes tables, columns or triggers must move it."""

    def layout(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type <> 'index'")
        return {(str(kind), str(name), str(sql)) for kind, name, sql in rows}

    older = raw(tmp_path / "older.sqlite")
    migrate(older, [m for m in MIGRATIONS if m.version <= READABLE_SINCE])
    latest = raw(tmp_path / "latest.sqlite")
    migrate(latest)
    assert schema_version(older) == READABLE_SINCE < SCHEMA_VERSION
    assert layout(older) == layout(latest)
    older.close()
    latest.close()

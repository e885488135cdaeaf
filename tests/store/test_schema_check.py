"""Tests for trainer.store.schema_check: trainer's own schema at each version, and no other."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from trainer.store import close_collection, open_collection
from trainer.store.migrations import MIGRATIONS, SCHEMA_VERSION
from trainer.store.schema_check import schema_problem, trainer_schema

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_new_collection_and_an_old_one_are_trainers_own(tmp_path: Path) -> None:
    conn = open_collection(tmp_path / "collection.sqlite")
    assert schema_problem(conn, SCHEMA_VERSION) is None
    close_collection(conn)
    old = tmp_path / "v2.sqlite"
    shutil.copyfile(FIXTURES / "v2_history.sqlite", old)
    with closing(sqlite3.connect(old)) as read:
        assert schema_problem(read, 2) is None
        # Brought up to date, it is the latest schema exactly.
    close_collection(open_collection(old))
    with closing(sqlite3.connect(old)) as read:
        assert schema_problem(read, SCHEMA_VERSION) is None


def test_each_version_changes_the_one_before() -> None:
    for version in range(2, len(MIGRATIONS) + 1):
        assert trainer_schema(version - 1) != trainer_schema(version)


def test_any_other_object_or_definition_is_named(tmp_path: Path) -> None:
    path = tmp_path / "collection.sqlite"
    close_collection(open_collection(path))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE INDEX mine ON cards (id)")
        assert schema_problem(conn, SCHEMA_VERSION) == (
            "it holds an index 'mine' that trainer never makes"
        )
        conn.execute("DROP INDEX mine")
        conn.execute("ALTER TABLE decks ADD COLUMN extra TEXT")
        assert schema_problem(conn, SCHEMA_VERSION) == (
            f"its table 'decks' is not the one trainer makes at schema version {SCHEMA_VERSION}"
        )

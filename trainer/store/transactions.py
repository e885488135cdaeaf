"""Short, explicit transactions on the collection, and SQLite errors turned into clear ones.

Connections are opened in autocommit mode (``isolation_level=None``), so nothing is ever
committed behind the store's back: a write happens inside ``write_transaction`` or not at
all. Writes start with ``BEGIN IMMEDIATE`` so the write lock is taken up front, where
SQLite's busy timeout applies; a deferred transaction that upgrades from reading to
writing in WAL mode can fail at once instead of waiting.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from trainer.store.errors import CollectionBusyError, CollectionCorruptError, CollectionError

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# How to recover from damage, in every message that reports it.
RESTORE_HINT = (
    "Restore a backup: `trainer restore` lists them, `trainer restore FILE` restores one "
    "(the damaged file is set aside, never deleted)."
)

_savepoint_names = itertools.count(1)


def database_file(conn: sqlite3.Connection) -> str:
    """The file behind a connection, for messages; ``?`` if SQLite cannot say."""
    try:
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return str(row[2]) or ":memory:"
    except sqlite3.Error:
        pass
    return "?"


def collection_error(error: sqlite3.Error, where: str) -> CollectionError | None:
    """The CollectionError an SQLite error means for the learner, or None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return CollectionBusyError(
            f"{where}: the collection is busy: another trainer is writing to it. "
            "Try again in a moment."
        )
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CollectionCorruptError(
            f"{where}: not a trainer collection, or the file is damaged ({error}). {RESTORE_HINT}"
        )
    if primary == SQLITE_READONLY:
        return CollectionError(f"{where}: the collection cannot be written ({error})")
    if primary == SQLITE_FULL:
        return CollectionError(f"{where}: the disk is full; nothing was saved")
    if primary == SQLITE_CANTOPEN:
        return CollectionError(f"{where}: cannot open the collection ({error})")
    if primary == SQLITE_IOERR:
        return CollectionError(f"{where}: input/output error on the collection ({error})")
    return None


@contextmanager
def translated_errors(conn: sqlite3.Connection) -> Iterator[None]:
    """Re-raise SQLite's operational failures as CollectionErrors; bugs pass unchanged."""
    try:
        yield
    except sqlite3.Error as error:
        translated = collection_error(error, database_file(conn))
        if translated is None:
            raise
        raise translated from error


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: committed when the block ends, rolled back if it raises.

    Nested inside another transaction it becomes a savepoint, so store functions can be
    combined atomically by the engine.
    """
    with translated_errors(conn):
        if conn.in_transaction:
            name = f"trainer_{next(_savepoint_names)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see one consistent snapshot, even while another process writes."""
    with translated_errors(conn):
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

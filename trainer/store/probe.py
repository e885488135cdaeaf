"""Looking at a file before trusting it: is it a trainer collection? Read-only, changes nothing.

Opening a file read-write can change it before anything was checked (switching it to WAL
mode rewrites its header), so every file is first read here: its 100-byte header
directly, then its schema over a read-only connection that creates no ``-wal`` or
``-shm`` file beside it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from trainer.core.untrusted import printable
from trainer.store.errors import CollectionCorruptError, CollectionError
from trainer.store.migrations import APPLICATION_ID, check_identity, table_names
from trainer.store.transactions import collection_error

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Offsets in the database header (https://www.sqlite.org/fileformat.html).
_READ_VERSION = 19  # 2 means WAL mode
_APPLICATION_ID = 68


def shown(path: Path | str) -> str:
    """A file name as messages show it: never a raw control character."""
    return printable(str(path), one_line=True)


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a file (fewer if it is shorter)."""
    try:
        with path.open("rb") as file:
            return file.read(HEADER_SIZE)
    except OSError as error:
        raise CollectionError(f"{shown(path)}: cannot read the file: {error.strerror}") from None


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` and creates no file beside it.

    A WAL-mode file without a ``-wal`` file holds all its data itself, so it is opened
    ``immutable`` (a plain read-only connection would create ``-wal`` and ``-shm``).
    """
    header = read_header(path)
    _check_header(path, header)
    wal = header[_READ_VERSION] == 2
    options = "mode=ro"
    if wal and not Path(f"{path}-wal").exists():
        options += "&immutable=1"
    uri = f"{path.absolute().as_uri()}?{options}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise _translated(error, path) from error
    conn.row_factory = sqlite3.Row
    return conn


def check_collection_file(path: Path) -> int:
    """Refuse a non-empty file that is not a trainer collection; returns its schema version.

    Changes nothing: the file is read, never written, and no file appears beside it.
    """
    header = read_header(path)
    _check_header(path, header)
    application_id = int.from_bytes(header[_APPLICATION_ID : _APPLICATION_ID + 4], "big")
    if application_id not in (0, APPLICATION_ID):
        # Settled by the header alone: SQLite need not even open the file.
        raise CollectionCorruptError(
            f"{shown(path)}: not a trainer collection (it belongs to another program)"
        )
    with closing(read_only_connection(path)) as conn:
        try:
            application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = table_names(conn)
        except sqlite3.Error as error:
            raise _translated(error, path) from error
    check_identity(shown(path), application_id, version, tables)
    return version


def quick_check(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
    """SQLite's ``quick_check`` (page structure, not index contents): [] when healthy."""
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    except sqlite3.DatabaseError as error:
        translated = collection_error(error, "")
        if isinstance(translated, CollectionCorruptError) or translated is None:
            return [str(error)]
        raise translated from error
    if rows == ["ok"]:
        return []
    # One problem a line, without SQLite's "*** in database main ***" heading.
    lines = [line.strip() for row in rows for line in row.splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or rows


def describe_problems(problems: list[str], shown_at_most: int = 2) -> str:
    """What ``quick_check`` found, on one line."""
    more = len(problems) - shown_at_most
    text = "; ".join(problems[:shown_at_most])
    return printable(text + (f"; and {more} more" if more > 0 else ""), one_line=True)


def _is_sqlite(header: bytes) -> bool:
    return len(header) == HEADER_SIZE and header.startswith(SQLITE_MAGIC)


def _check_header(path: Path, header: bytes) -> None:
    if not _is_sqlite(header):
        raise CollectionCorruptError(
            f"{shown(path)}: not a trainer collection, or the file is damaged "
            "(it is not an SQLite database)"
        )


def _translated(error: sqlite3.Error, path: Path) -> CollectionError:
    return collection_error(error, shown(path)) or CollectionError(f"{shown(path)}: {error}")

"""Restoring the collection from a backup: verify it, set the current file aside, copy it in.

Nothing is ever deleted. The current collection (with its ``-wal`` and ``-shm`` files,
which belong to it) is renamed to ``collection.sqlite.replaced-YYYY-MM-DDTHHMMSS``;
restoring that file later undoes a restore. The backup is copied with SQLite's backup
API into a temporary file that must pass ``quick_check`` before the current file is
moved, so a failure at any step leaves the collection where it was.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from trainer.core.records import record
from trainer.store.backup import BackupInfo, inspect_backup
from trainer.store.connection import close_collection, open_collection
from trainer.store.errors import CollectionBusyError, CollectionCorruptError, CollectionError
from trainer.store.migrations import migrate
from trainer.store.probe import (
    SQLITE_MAGIC,
    describe_problems,
    quick_check,
    read_header,
    read_only_connection,
    shown,
)
from trainer.store.transactions import SQLITE_BUSY, SQLITE_LOCKED

# The files SQLite keeps beside a database, which travel with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@record
class RestoreReport:
    """What a restore did."""

    backup: BackupInfo
    collection: Path
    # The current collection's files as renamed (main file first); empty if there was none.
    set_aside: tuple[Path, ...]


def verify_backup(path: Path) -> BackupInfo:
    """The backup's counts, once it passed ``quick_check`` and proved to be a trainer
    collection of a known schema version; CollectionCorruptError otherwise."""
    if not path.is_file():
        raise CollectionError(f"{shown(path)}: no such backup file")
    info = inspect_backup(path)
    if not info.good:
        raise CollectionCorruptError(
            f"{shown(path)}: cannot restore this file: {(info.problem or '').rstrip('.')}. "
            "Nothing was changed."
        )
    return info


def restore_backup(backup: Path, collection: Path, now: datetime) -> RestoreReport:
    """Replace the collection with a verified copy of ``backup``; the current file is kept
    under a ``.replaced-…`` name. Raises CollectionError, with nothing changed, if the
    backup is unusable or the collection is in use."""
    if backup.exists() and collection.exists() and os.path.samefile(backup, collection):
        raise CollectionError(f"{shown(backup)}: that is the current collection itself")
    info = verify_backup(backup)
    partial = collection.with_name(collection.name + ".restoring")
    collection.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(backup, partial)
        # Brought up to date before anything moves: a migration that fails leaves the
        # collection where it was.
        with closing(sqlite3.connect(partial, isolation_level=None)) as copy:
            migrate(copy)
        set_aside = set_collection_aside(collection, now)
        partial.replace(collection)
    except sqlite3.Error as error:
        raise CollectionError(f"{shown(backup)}: cannot restore it ({error})") from error
    except OSError as error:
        raise CollectionError(
            f"{shown(collection)}: cannot restore the backup: {error.strerror}"
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    # Opening brings an older backup's schema up to date and marks the folder.
    close_collection(open_collection(collection))
    return RestoreReport(info, collection, set_aside)


def set_collection_aside(collection: Path, now: datetime) -> tuple[Path, ...]:
    """Rename the collection and its companion files to ``NAME.replaced-STAMP``; returns
    the new names. CollectionBusyError if a trainer has the collection open."""
    files = [collection, *(Path(f"{collection}{suffix}") for suffix in COMPANION_SUFFIXES)]
    present = [path for path in files if path.exists()]
    if not present:
        return ()
    _check_not_in_use(collection)
    stamp = now.strftime("%Y-%m-%dT%H%M%S")
    base = collection.with_name(f"{collection.name}.replaced-{stamp}")
    number = 1
    while any(Path(f"{base}{path.name[len(collection.name) :]}").exists() for path in files):
        number += 1
        base = collection.with_name(f"{collection.name}.replaced-{stamp}-{number}")
    moved: list[Path] = []
    # Still present after the check: the check's own connection removes an idle -wal.
    for path in (path for path in files if path.exists()):
        target = Path(f"{base}{path.name[len(collection.name) :]}")
        path.rename(target)
        moved.append(target)
    return tuple(moved)


def _check_not_in_use(collection: Path) -> None:
    """Refuse while another connection has the collection open: renaming it under a
    running trainer would split its answers between two files."""
    if not collection.is_file() or not read_header(collection).startswith(SQLITE_MAGIC):
        return
    try:
        with closing(sqlite3.connect(collection, timeout=0.5, isolation_level=None)) as conn:
            # In exclusive locking mode, BEGIN EXCLUSIVE fails while any other connection
            # (even an idle one) has the file open, WAL mode included.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise CollectionBusyError(
                f"{shown(collection)}: the collection is open in another trainer; close it "
                "and run the restore again. Nothing was changed."
            ) from error
        # A damaged file is exactly what a restore replaces: go on.


def _copy(backup: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with closing(read_only_connection(backup)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        problems = quick_check(copy)
    if problems:
        raise CollectionCorruptError(
            f"{shown(backup)}: the restored copy failed its check ({describe_problems(problems)}); "
            "nothing was changed"
        )

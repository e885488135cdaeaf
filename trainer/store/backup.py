"""Automatic daily backups of the collection, rotated to keep the newest few.

Backups use SQLite's online backup API, which copies a consistent snapshot even while
another connection is writing. Each backup is a self-contained file (rollback journal,
not WAL) named ``collection-YYYY-MM-DD.sqlite``; it is written under a temporary name
and renamed into place, so a half-written backup never looks like a real one.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from trainer.store.errors import CollectionError
from trainer.store.transactions import collection_error

_NAME = re.compile(r"^collection-(\d{4}-\d{2}-\d{2})\.sqlite$")


def backup_name(day: date) -> str:
    return f"collection-{day.isoformat()}.sqlite"


def list_backups(backups_dir: Path) -> list[tuple[date, Path]]:
    """The backups in a folder, oldest first; files not named like backups are ignored."""
    if not backups_dir.is_dir():
        return []
    found: list[tuple[date, Path]] = []
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            found.append((date.fromisoformat(match.group(1)), path))
        except ValueError:
            continue
    return sorted(found)


def backup_if_due(collection_path: Path, backups_dir: Path, today: date, keep: int) -> Path | None:
    """Back up the collection unless today's backup exists; returns the new file or None.

    ``keep`` ≤ 0 turns backups off. After a backup, the oldest ones beyond ``keep`` are
    deleted. A missing collection has nothing to back up.
    """
    if keep <= 0 or not collection_path.is_file():
        return None
    target = backups_dir / backup_name(today)
    if target.exists():
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    write_backup(collection_path, target)
    rotate_backups(backups_dir, keep)
    return target


def write_backup(collection_path: Path, target: Path) -> None:
    """Copy a consistent snapshot of the collection to ``target`` (replacing it)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(collection_path)
        with closing(source), closing(sqlite3.connect(partial)) as copy:
            source.execute("PRAGMA busy_timeout = 5000")
            source.backup(copy)
            # The copy inherits WAL mode; a backup should be one self-contained file.
            copy.execute("PRAGMA journal_mode = DELETE")
        partial.replace(target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        translated = collection_error(error, str(collection_path))
        raise (translated or CollectionError(f"{collection_path}: backup failed: {error}")) from (
            error
        )
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CollectionError(f"{target}: cannot write the backup: {error.strerror}") from error


def rotate_backups(backups_dir: Path, keep: int) -> list[Path]:
    """Delete the oldest backups beyond the newest ``keep``; returns what was deleted."""
    backups = list_backups(backups_dir)
    doomed = [path for _, path in backups[: max(len(backups) - keep, 0)]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed

"""The collection's backups: today's, taken on opening; and, for the command line, the
list of them and restoring one (neither opens the collection: restoring is how a missing
or damaged one is repaired).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.clock import clock_from_environment
from trainer.core.untrusted import printable
from trainer.errors import TrainerError
from trainer.store.backup import BackupInfo, backup_if_due, inspect_backup, list_backups
from trainer.store.restore import RestoreReport, restore_backup

if TYPE_CHECKING:
    from trainer.engine.engine import Engine

__all__ = [
    "BackupInfo",
    "BackupNotFoundError",
    "RestoreReport",
    "backups_folder",
    "collection_backups",
    "daily_backup",
    "find_backup",
    "restore_collection",
]


class BackupNotFoundError(TrainerError, LookupError):
    """A restore argument names neither a file nor a listed backup."""


def daily_backup(engine: Engine, collection: Path, backups: Path) -> None:
    """Take today's backup if it is due, as the settings say. A collection that fails its
    check is not backed up, and not handed out to study in: the engine is closed and the
    CollectionCorruptError names the backup to restore."""
    policy = engine.policy
    try:
        backup_if_due(
            collection, backups, engine.today(), policy.backups_keep, weekly=policy.backups_weekly
        )
    except BaseException:
        engine.close()
        raise


def backups_folder(environ: Mapping[str, str] = os.environ) -> Path:
    return paths.backups_dir(environ)


def collection_backups(environ: Mapping[str, str] = os.environ) -> list[BackupInfo]:
    """Every backup of the collection, newest first, each read and checked (read-only)."""
    stem = paths.collection_path(environ).stem
    found = reversed(list_backups(backups_folder(environ), stem))
    return [inspect_backup(path, day) for day, path in found]


def find_backup(name: str, environ: Mapping[str, str] = os.environ) -> Path:
    """A backup named by its path, its file name (as listed) or its date."""
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate.absolute()
    stem = paths.collection_path(environ).stem
    backups = list_backups(backups_folder(environ), stem)
    for day, path in backups:
        if name in (path.name, path.stem, day.isoformat()):
            return path
    known = ", ".join(day.isoformat() for day, _ in reversed(backups)) or "none yet"
    raise BackupNotFoundError(
        f"{printable(name, one_line=True)}: no such file or backup (backups: {known})"
    )


def restore_collection(name: str, environ: Mapping[str, str] = os.environ) -> RestoreReport:
    """Restore the collection from a backup (see ``find_backup``), setting the current
    file aside; the moment in its new name comes from the clock (TRAINER_NOW if set)."""
    backup = find_backup(name, environ)
    now = clock_from_environment(environ)()
    return restore_backup(backup, paths.collection_path(environ), now)

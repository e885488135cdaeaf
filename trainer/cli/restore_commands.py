"""`trainer restore`: list the collection's backups, or put one back in the collection's place."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.cli import EXIT_OK
from trainer.core.untrusted import printable
from trainer.paths import display_path

if TYPE_CHECKING:
    from trainer.engine.backups import BackupInfo, RestoreReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    restore = subparsers.add_parser(
        "restore",
        help="list the collection's backups, or restore one",
        description=(
            "Without BACKUP, list every backup of the collection, newest first, with its date, "
            "card count and review count (each is read and checked, never changed). With "
            "BACKUP, check it, set the current collection aside as "
            "collection.sqlite.replaced-DATE (it is never deleted) and restore the backup in "
            "its place."
        ),
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup file, or a listed backup's name or date (e.g. 2026-03-05)",
    )
    restore.set_defaults(handler=run_restore)


def run_restore(args: argparse.Namespace) -> int:
    from trainer import paths
    from trainer.engine.backups import backups_folder, collection_backups, restore_collection

    if args.backup is None:
        folder = backups_folder()
        print("\n".join(listing(collection_backups(), paths.collection_path(), folder)))
        return EXIT_OK
    print("\n".join(restore_lines(restore_collection(args.backup))))
    return EXIT_OK


def listing(backups: list[BackupInfo], collection: Path, folder: Path) -> list[str]:
    """The backups as `trainer restore` lists them, and how to restore one."""
    where = _shown(folder)
    if not backups:
        return [f"No backups of {_shown(collection)} yet in {where}."]
    lines = [f"Backups of {_shown(collection)} in {where}, newest first:"]
    width = max(len(_shown(info.path.name)) for info in backups)
    for info in backups:
        name = _shown(info.path.name).ljust(width)
        if info.good:
            lines.append(f"  {name}  {_counts(info)}")
        else:
            lines.append(f"  {name}  DAMAGED, cannot be restored: {printable(info.problem or '')}")
    newest = next((info for info in backups if info.good), None)
    if newest is None:
        lines.append("No backup can be restored.")
    else:
        example = newest.day.isoformat() if newest.day else _command_path(newest.path)
        lines.append(
            f"Restore one with `trainer restore FILE` or by its date, e.g. "
            f"`trainer restore {example}`."
        )
    return lines


def restore_lines(report: RestoreReport) -> list[str]:
    """What a restore did, one step a line."""
    lines = [f"Checked {_shown(report.backup.path)}: {_counts(report.backup)}."]
    if report.set_aside:
        lines += [
            f"Set the current collection aside as {_shown(p)} (kept)." for p in report.set_aside
        ]
    else:
        lines.append("There was no current collection to set aside.")
    lines.append(f"Restored it as {_shown(report.collection)}.")
    return lines


def _counts(info: BackupInfo) -> str:
    when = f"{info.day.isoformat()}, " if info.day else ""
    return f"{when}{_count(info.cards, 'card')}, {_count(info.reviews, 'review')}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _shown(path: Path | str) -> str:
    return printable(display_path(Path(path)), one_line=True)


def _command_path(path: Path) -> str:
    return shlex.quote(_shown(path))

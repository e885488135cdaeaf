"""Automatic daily backups of the collection, checked before they may replace anything.

Backups use SQLite's online backup API, which copies a consistent snapshot even while
another connection is writing. Each backup is a self-contained file (rollback journal,
not WAL) named ``collection-YYYY-MM-DD.sqlite`` (after the collection's own name); it is
written under a temporary name and renamed into place, so a half-written backup never
looks like a real one.

A damaged collection can still open (one bad index page goes unnoticed until a query
reads it), so before a backup is taken the collection must pass ``PRAGMA quick_check``,
and so must the new copy before it is renamed into place and older backups rotate.
Rotation keeps the newest daily copies and, older than those, the newest copy of each
of a few ISO weeks, so that one bad week cannot erase every good copy.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import sqlite3
from contextlib import closing
from datetime import date
from itertools import count
from pathlib import Path

from trainer.core.records import record
from trainer.store.errors import CollectionCorruptError, CollectionError
from trainer.store.probe import (
    check_collection_file,
    describe_problems,
    quick_check,
    read_only_connection,
    shown,
)
from trainer.store.schema_check import schema_problem
from trainer.store.transactions import collection_error

DEFAULT_STEM = "collection"
_DAY_IN_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2})\.sqlite$")


def backup_name(day: date, stem: str = DEFAULT_STEM) -> str:
    return f"{stem}-{day.isoformat()}.sqlite"


def list_backups(backups_dir: Path, stem: str = DEFAULT_STEM) -> list[tuple[date, Path]]:
    """The backups in a folder, oldest first; files not named like backups are ignored."""
    if not backups_dir.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}})\.sqlite$")
    found: list[tuple[date, Path]] = []
    for path in backups_dir.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            found.append((date.fromisoformat(match.group(1)), path))
        except ValueError:
            continue
    return sorted(found)


@record
class BackupInfo:
    """What a backup (or any collection file) holds, read without changing it."""

    path: Path
    # The day in the backup's name; None for a file not named like a backup.
    day: date | None
    cards: int = 0
    reviews: int = 0
    # Why it cannot be restored (damaged, not a collection); None when it is good.
    problem: str | None = None

    @property
    def good(self) -> bool:
        return self.problem is None

    @property
    def summary(self) -> str:
        """`2026-03-05: 120 cards, 340 reviews`, or why the file is unusable."""
        when = f"{self.day.isoformat()}: " if self.day is not None else ""
        if self.problem is not None:
            return f"{when}unusable: {self.problem}"
        return f"{when}{_count(self.cards, 'card')}, {_count(self.reviews, 'review')}"


def inspect_backup(path: Path, day: date | None = None) -> BackupInfo:
    """Whether a backup is a trainer collection that passes ``quick_check``, and its card
    and review counts (the day defaults to the one in its name).

    Read-only: a damaged or foreign file is described, never changed, never raised.
    """
    if day is None:
        day = day_in_name(path)
    try:
        version = check_collection_file(path)
        with closing(read_only_connection(path)) as conn:
            # Before any page is read: a view or a generated column could take any time.
            if (foreign := schema_problem(conn, version)) is not None:
                return BackupInfo(path, day, problem=f"not trainer's own schema: {foreign}")
            problems = quick_check(conn)
            if problems:
                return BackupInfo(path, day, problem=f"damaged ({describe_problems(problems)})")
            cards = int(
                conn.execute("SELECT count(*) FROM cards WHERE status <> 'retired'").fetchone()[0]
            )
            reviews = int(
                conn.execute(
                    "SELECT count(*) FROM reviews AS r WHERE kind = 'answer'"
                    " AND NOT EXISTS (SELECT 1 FROM reviews AS u WHERE u.undoes = r.id)"
                ).fetchone()[0]
            )
    except CollectionError as error:
        return BackupInfo(path, day, problem=_without_path(str(error), path))
    except sqlite3.Error as error:
        return BackupInfo(path, day, problem=f"damaged ({error})")
    return BackupInfo(path, day, cards, reviews)


def day_in_name(path: Path) -> date | None:
    """The day a backup's name gives (``…-YYYY-MM-DD.sqlite``), or None."""
    match = _DAY_IN_NAME.search(path.name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def newest_good_backup(backups_dir: Path, stem: str = DEFAULT_STEM) -> BackupInfo | None:
    """The newest backup that passes its checks, or None."""
    for day, path in reversed(list_backups(backups_dir, stem)):
        info = inspect_backup(path, day)
        if info.good:
            return info
    return None


def restore_advice(backups_dir: Path, stem: str = DEFAULT_STEM) -> str:
    """Which backup to restore and the command that does it, for an error message."""
    best = newest_good_backup(backups_dir, stem)
    if best is None:
        return f"No good backup was found in {shown(backups_dir)}."
    return (
        f"The newest good backup is {shown(best.path)} ({best.summary}). Restore it with:\n"
        f"  trainer restore {shlex.quote(shown(best.path))}\n"
        "(`trainer restore` lists every backup; the current file is set aside, not deleted.)"
    )


def backup_if_due(
    collection_path: Path,
    backups_dir: Path,
    today: date,
    keep: int,
    *,
    weekly: int = 0,
) -> Path | None:
    """Back up the collection unless today's backup exists; returns the new file or None.

    ``keep`` ≤ 0 turns backups off; otherwise the newest ``keep`` daily backups and the
    newest of each of ``weekly`` older ISO weeks are kept. A collection that fails
    ``quick_check`` is not backed up: CollectionCorruptError, every backup left as it is.
    A missing collection has nothing to back up.
    """
    if keep <= 0 or not collection_path.is_file():
        return None
    stem = collection_path.stem
    target = backups_dir / backup_name(today, stem)
    if target.exists():
        return None
    problems = collection_problems(collection_path)
    if problems:
        raise CollectionCorruptError(
            f"{shown(collection_path)}: the collection is damaged ({describe_problems(problems)}). "
            "No backup was taken, and the older backups were kept.\n"
            + restore_advice(backups_dir, stem)
        )
    backups_dir.mkdir(parents=True, exist_ok=True)
    write_backup(collection_path, target)
    rotate_backups(backups_dir, keep, weekly=weekly, stem=stem, verified=target)
    return target


def collection_problems(collection_path: Path) -> list[str]:
    """``quick_check`` on the live collection: [] when its pages are sound."""
    try:
        with closing(sqlite3.connect(collection_path, timeout=5)) as conn:
            return quick_check(conn)
    except sqlite3.Error as error:
        translated = collection_error(error, shown(collection_path))
        raise (translated or CollectionError(f"{shown(collection_path)}: {error}")) from error


# Each copy this process writes is numbered: one backup may be begun while another is.
_COPIES = count()


def _remove_stale_partials(target: Path) -> None:
    """Remove the half-written copies of `target` that a command which stopped mid-copy
    left behind (its process is gone); never one another command may still be writing.
    Only where a process can be asked whether it runs without a signal (POSIX)."""
    if os.name != "posix":
        return
    for leftover in target.parent.glob(f"{glob.escape(target.name)}.*.*.partial"):
        pid = leftover.name[len(target.name) + 1 :].split(".", 1)[0]
        if pid.isdecimal() and int(pid) != os.getpid() and not _running(int(pid)):
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: only whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's, say: alive as far as can be told
    return True


def write_backup(collection_path: Path, target: Path) -> None:
    """Copy a consistent snapshot of the collection to ``target`` (replacing it), once the
    copy has passed ``quick_check``."""
    # A name of its own: two commands starting the same day at once each write the day's
    # backup, and one must never remove the other's half-written copy.
    partial = target.with_name(f"{target.name}.{os.getpid()}.{next(_COPIES)}.partial")
    _remove_stale_partials(target)
    try:
        source = sqlite3.connect(collection_path)
        with closing(source), closing(sqlite3.connect(partial)) as copy:
            source.execute("PRAGMA busy_timeout = 5000")
            source.backup(copy)
            # The copy inherits WAL mode; a backup should be one self-contained file.
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = quick_check(copy)
        if problems:
            partial.unlink(missing_ok=True)
            raise CollectionCorruptError(
                f"{shown(target)}: the new backup failed its check "
                f"({describe_problems(problems)}); it was not kept, and the older backups "
                "were kept. Check the disk."
            )
        partial.replace(target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        translated = collection_error(error, shown(collection_path))
        raise (
            translated or CollectionError(f"{shown(collection_path)}: backup failed: {error}")
        ) from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CollectionError(
            f"{shown(target)}: cannot write the backup: {error.strerror}"
        ) from error


def rotate_backups(
    backups_dir: Path,
    keep: int,
    *,
    weekly: int = 0,
    stem: str = DEFAULT_STEM,
    verified: Path | None = None,
) -> list[Path]:
    """Delete backups beyond the newest ``keep`` and the weekly ones; returns what was deleted.

    Older than the newest ``keep``, the newest backup of each of the ``weekly`` most
    recent ISO weeks is kept too. The only good backup is never deleted: when no kept
    backup passes ``quick_check`` (``verified`` is one known to), the newest good one of
    those due for deletion stays.
    """
    backups = list_backups(backups_dir, stem)
    newest_first = [path for _, path in reversed(backups)]
    kept = set(newest_first[: max(keep, 0)])
    weeks: list[tuple[int, int]] = []
    for day, path in reversed(backups[: max(len(backups) - max(keep, 0), 0)]):
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            kept.add(path)
    doomed = [path for path in newest_first if path not in kept]
    if doomed and not _holds_a_good_copy([p for p in newest_first if p in kept], verified):
        for path in doomed:
            if inspect_backup(path).good:
                doomed.remove(path)
                break
    for path in doomed:
        path.unlink(missing_ok=True)
    return sorted(doomed)


def _holds_a_good_copy(paths: list[Path], verified: Path | None) -> bool:
    return any(path == verified or inspect_backup(path).good for path in paths)


def _without_path(message: str, path: Path) -> str:
    prefix = f"{shown(path)}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"

"""What the learner has and where it is, read without opening the collection for study:
the decks with their counts (`trainer decks`) and trainer's files with sizes (`trainer info`).

Nothing is created or changed: with no collection there are simply no decks, and an
existing one is read over a read-only connection (no upgrade, no backup, no bundled import).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from trainer import paths
from trainer.clock import clock_from_environment
from trainer.core.records import record
from trainer.engine.deck_cache import CACHE_FOLDER
from trainer.engine.handle import CollectionHandle
from trainer.engine.overviews import deck_overviews
from trainer.settings import load_policy
from trainer.store import CollectionError
from trainer.store.migrations import READABLE_SINCE
from trainer.store.probe import check_collection_file, read_only_connection, shown


@record
class DeckListing:
    """One imported deck as `trainer decks` lists it."""

    deck_id: str
    title: str
    source_file: str
    cards: int
    # Today's session within the daily limits, as the app's home screen counts them.
    due_today: int
    new_today: int
    # Cards answered below 4 today, waiting to be drilled again (also in today's session).
    drill_today: int
    # Every card due by today, and every card never studied, limits aside.
    due: int
    new: int
    suspended: int


@record
class PlaceInfo:
    """One of trainer's files or folders: what it is, where, whether it exists, its size."""

    name: str
    path: Path
    exists: bool
    # Bytes in the file, or in every file under the folder; 0 when missing.
    size: int
    # Files under a folder (backups, cached decks); None for a single file.
    files: int | None = None


class _ReadOnlyDecks(CollectionHandle):
    """The engine's deck records over a read-only connection."""


def deck_listings(environ: Mapping[str, str] = os.environ) -> list[DeckListing]:
    """Every imported deck with its counts for the learner's today, by title; [] when
    there is no collection yet (none is created)."""
    collection = paths.collection_file(environ)
    if not collection.is_file():
        return []
    version = check_collection_file(collection)
    if version == 0:
        return []
    if version < READABLE_SINCE:
        raise CollectionError(
            f"{shown(collection)}: the collection has an older layout (schema version "
            f"{version}); open it once with `trainer` to bring it up to date"
        )
    policy = load_policy(paths.settings_path(environ))
    clock = clock_from_environment(environ)
    conn = read_only_connection(collection)
    try:
        handle = _ReadOnlyDecks(conn, clock=clock, policy=policy)
        records = handle._deck_records()
        overviews = deck_overviews(conn, records, handle.policy_for, handle.today())
    except sqlite3.Error as error:
        raise CollectionError(f"{shown(collection)}: cannot read the decks: {error}") from error
    finally:
        conn.close()
    return [
        DeckListing(
            deck_id=overview.deck_id,
            title=overview.title,
            source_file=records[overview.deck_id].source_path,
            cards=overview.total,
            due_today=overview.due_today,
            new_today=overview.new_today,
            drill_today=overview.drill_today,
            due=overview.due,
            new=overview.new,
            suspended=overview.suspended,
        )
        for overview in overviews
    ]


def trainer_places(environ: Mapping[str, str] = os.environ) -> list[PlaceInfo]:
    """The collection, the settings file, the backups folder and the deck cache, with
    their sizes; nothing is created."""
    collection = paths.collection_file(environ)
    wal = [Path(f"{collection}-wal"), Path(f"{collection}-shm")]
    return [
        _file_info("collection", collection, extra=wal),
        _file_info("settings", paths.settings_path(environ)),
        _folder_info("backups", collection.parent / paths.BACKUPS_FOLDER),
        _folder_info("deck cache", paths.cache_folder(environ) / CACHE_FOLDER),
    ]


def _file_info(name: str, path: Path, extra: list[Path] | None = None) -> PlaceInfo:
    if not path.is_file():
        return PlaceInfo(name, path, exists=False, size=0)
    size = sum(_size(part) for part in [path, *(extra or [])])
    return PlaceInfo(name, path, exists=True, size=size)


def _folder_info(name: str, folder: Path) -> PlaceInfo:
    if not folder.is_dir():
        return PlaceInfo(name, folder, exists=False, size=0, files=0)
    files = [entry for entry in folder.rglob("*") if entry.is_file()]
    return PlaceInfo(name, folder, exists=True, size=sum(_size(f) for f in files), files=len(files))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0

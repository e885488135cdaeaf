"""Deck files on disk and the collection: import what changed, skip what did not, find a deck.

The deck compiler, the readers of other formats and the store's import are imported only
when a deck must be compiled: starting the app with unchanged decks never loads them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.deck.content_hash import content_hash
from trainer.core.deck.includes import read_recorded_files
from trainer.core.gc_control import gc_paused
from trainer.core.untrusted import on_one_line
from trainer.engine.results import ImportResult
from trainer.errors import TrainerError
from trainer.interop.sources import compile_source, deck_format
from trainer.store import DeckRecord, decks_from_source, list_decks

if TYPE_CHECKING:
    from trainer.engine.deck_cache import DeckCache


class DeckNotFoundError(TrainerError, LookupError):
    """A deck argument names neither a deck file nor an imported deck."""


class UndecodableDeckNameError(TrainerError, ValueError):
    """A deck file's name is not UTF-8, which the collection records names in."""


def deck_path(path: str | Path) -> Path:
    """The absolute form of a deck file's path, the way the collection remembers it."""
    return Path(path).expanduser().absolute()


def is_unchanged(record: DeckRecord) -> bool:
    """True when every file the deck was imported from still has the same bytes.

    Hashing a few files costs far less than compiling the deck, so starting the app with
    unchanged bundled decks compiles nothing.

    Files are read as the loader reads them (regular files only, without blocking, each
    capped): a file that is missing, odd, moved outside the deck's folder or too large
    simply means "changed", and the compile that follows reports the real problem.
    """
    if not record.source_files:
        return False
    try:
        contents = read_recorded_files(record.source_files)
    except (OSError, ValueError):
        return False
    return content_hash(contents) == record.content_hash


# Compiling, encoding and writing a deck build hundreds of thousands of objects, none of
# them in cycles: a collection over them all, once generation is done, took a tenth of
# a re-import's time.
@gc_paused()
def import_deck_file(
    conn: sqlite3.Connection,
    path: str | Path,
    now: datetime,
    *,
    force: bool = False,
    cache: Callable[[], DeckCache | None] | None = None,
    move: bool = False,
) -> ImportResult:
    """Import a deck file, or re-import it if it changed since; DeckError if it is malformed.

    The deck sources (`trainer.interop.sources`) say how the file is read: a YAML deck,
    or a bank in a registered format (by its suffix), converted to a deck first.

    With a `cache` (a function giving it: an unchanged deck needs none, so starting the
    app never loads it), a YAML deck compiled before, by this or another collection, is
    not compiled again; `force` re-imports an unchanged deck, and compiles it afresh. A
    deck whose id was imported from another file is refused (DeckIdConflictError) unless
    `move` says the file moved.
    """
    source = deck_path(path)
    if _undecodable(str(source)):
        raise UndecodableDeckNameError(
            f"{on_one_line(source)}: the file's name is not valid UTF-8, so the collection "
            "cannot record where the deck came from: rename the file (or its folder)"
        )
    source_format = deck_format(source)
    # A bank is converted each time: what the collection records of it is the YAML it
    # became, not the file itself, so neither the change check nor the cache applies.
    if source_format.is_deck and not force:
        for record in decks_from_source(conn, str(source)):
            if is_unchanged(record):
                return ImportResult(record.id, record.title, str(source), None)
    # Imported only now: an unchanged deck, checked at every start of the app, needs neither.
    from trainer.store import apply_import, prepare_deck

    if not source_format.is_deck:
        prepared = prepare_deck(compile_source(source, source_format))
    else:
        deck_cache = cache() if cache is not None else None
        if deck_cache is None:
            prepared = prepare_deck(compile_source(source, source_format))
        else:
            prepared = deck_cache.prepared_deck(source, refresh=force)
    plan = apply_import(conn, prepared, source, now, move=move)
    return ImportResult(prepared.deck_id, prepared.title, str(source), plan, prepared.warnings)


def _undecodable(name: str) -> bool:
    """Whether a file name holds bytes that are not UTF-8 (decoded as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def find_deck_id(conn: sqlite3.Connection, name: str) -> str:
    """An imported deck by id, or by the file it was imported from."""
    decks = list_decks(conn)
    for record in decks:
        if record.id == name:
            return record.id
    source = str(deck_path(name))
    for record in decks:
        if record.source_path == source:
            return record.id
    known = ", ".join(record.id for record in decks) or "none yet"
    raise DeckNotFoundError(
        f"{on_one_line(name)}: no such deck file or imported deck (imported: {on_one_line(known)})"
    )

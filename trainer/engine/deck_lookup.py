"""Reading the collection without opening it for study: the file of a deck named on the
command line (a file, or an imported or bundled deck id), and what importing a deck would
change.

Nothing is created or changed: a collection that does not exist is not made, and one
that exists is only read (for commands like `trainer grade` and `trainer check --diff`
that must not change it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.core.model import CompiledDeck, DeckError
from trainer.engine.deck_sources import DeckNotFoundError
from trainer.store import list_decks
from trainer.store.probe import read_only_connection

if TYPE_CHECKING:
    from trainer.store import ImportPlan


def deck_file(name: str, environ: Mapping[str, str] = os.environ) -> Path:
    """The deck file `name` is, or the file the imported or bundled deck with that id was
    read from; DeckNotFoundError when it is neither."""
    given = Path(name).expanduser()
    if given.is_file():
        return given
    collection = paths.collection_file(environ)
    imported: list[str] = []
    if collection.is_file():
        conn = read_only_connection(collection)
        try:
            records = list_decks(conn)
        finally:
            conn.close()
        for record in records:
            if record.id == name:
                return Path(record.source_path)
        imported = [record.id for record in records]
    for bundled in paths.bundled_deck_files():
        if _deck_id(bundled) == name:
            return bundled
    known = ", ".join(imported) or "none imported"
    raise DeckNotFoundError(f"{name}: no such deck file or deck id ({known})")


def plan_update(
    compiled: CompiledDeck, environ: Mapping[str, str] = os.environ
) -> ImportPlan | None:
    """What importing a compiled deck would change in the learner's collection, read
    without writing anything; None when there is no collection yet."""
    collection = paths.collection_file(environ)
    if not collection.is_file():
        return None
    from trainer.store import plan_import  # a deck check's, not the app's start-up

    conn = read_only_connection(collection)
    try:
        return plan_import(conn, compiled)
    finally:
        conn.close()


def _deck_id(path: Path) -> str | None:
    # Imported here: the deck loader is slow to import, and the app never needs it.
    from trainer.core.deck.loader import load_deck

    try:
        return load_deck(path).id
    except (DeckError, OSError):
        return None

"""Finding the file of a deck named on the command line: a file, or an imported or bundled deck id.

Nothing is created or changed: a collection that does not exist is not made, and one
that exists is only read (for commands like `trainer grade` that need no collection).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from trainer import paths
from trainer.core.deck.loader import load_deck
from trainer.core.model import DeckError
from trainer.engine.deck_sources import DeckNotFoundError
from trainer.store import list_decks
from trainer.store.probe import read_only_connection


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


def _deck_id(path: Path) -> str | None:
    try:
        return load_deck(path).id
    except (DeckError, OSError):
        return None

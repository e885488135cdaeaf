"""Reading the collection without opening it for study: the file of a deck named on the
command line (a file, or an imported or bundled deck id), the deck compiled, and what
importing it would change.

Nothing is created or changed: a collection that does not exist is not made, and one
that exists is only read (for commands like `trainer grade` and `trainer check --diff`
that must not change it). A deck is compiled with what the deck cache remembers of its
last import, read but never written: only what changed since is done again.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.core.model import CompiledDeck, DeckError
from trainer.core.untrusted import on_one_line
from trainer.engine.deck_sources import DeckNotFoundError, deck_path
from trainer.store import list_decks
from trainer.store.probe import read_only_connection

if TYPE_CHECKING:
    from trainer.core.authored import Deck
    from trainer.core.compile import CompileMemo
    from trainer.core.generate import GeneratedDeck
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
    raise DeckNotFoundError(
        f"{on_one_line(name)}: no such deck file or deck id ({on_one_line(known)})"
    )


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


def compile_deck_file(path: str | Path, environ: Mapping[str, str] = os.environ) -> CompiledDeck:
    """The deck at `path` compiled, as `compile_deck` gives it (DeckError if malformed),
    replaying what the deck cache remembers of its last import (see `_remembered`)."""
    from trainer.core.compile import compile_deck, compile_deck_reusing

    remembered = _remembered(path, environ)
    if not remembered.steps:
        # Nothing to replay: recording every step for no later use costs a sixth more.
        return compile_deck(path)
    return compile_deck_reusing(path, remembered)[0]


def load_and_generate(
    path: str | Path, environ: Mapping[str, str] = os.environ
) -> tuple[Deck, GeneratedDeck]:
    """The deck at `path` loaded (DeckError if it cannot be) and its cards generated, with
    every error and warning, as `load_deck` and `generate_deck` give them, replaying what
    the deck cache remembers of its last import."""
    from trainer.core.compile import load_and_generate_reusing
    from trainer.core.deck.loader import load_deck
    from trainer.core.deck.tree_memo import ParsedTrees
    from trainer.core.generate import generate_deck

    remembered = _remembered(path, environ)
    if not remembered.steps:
        # As in `compile_deck_file`: no step to replay, so none is recorded.
        deck = load_deck(path, parse=ParsedTrees(remembered.trees).parse)
        return deck, generate_deck(deck)
    deck, generated, _ = load_and_generate_reusing(path, remembered)
    return deck, generated


def _remembered(path: str | Path, environ: Mapping[str, str]) -> CompileMemo:
    """What the deck cache remembers of the last compile of the deck at `path`, if
    anything, with the word list kept there given to the core; nothing is written."""
    from trainer.core.compile import CompileMemo
    from trainer.engine.deck_cache import CACHE_FOLDER, DeckCache
    from trainer.engine.word_list_cache import use_kept_word_list

    folder = paths.cache_folder(environ) / CACHE_FOLDER
    if not folder.is_dir():
        return CompileMemo()
    use_kept_word_list(folder)
    return DeckCache(folder).load_memo(deck_path(path))


def _deck_id(path: Path) -> str | None:
    # Imported here: the deck loader is slow to import, and the app never needs it.
    from trainer.core.deck.loader import load_deck

    try:
        return load_deck(path).id
    except (DeckError, OSError):
        return None

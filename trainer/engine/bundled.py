"""Importing the decks that ship with trainer, which move whenever trainer is installed anew.

A source checkout keeps them in ``decks/``, a wheel in ``trainer/decks/``: the same deck
then comes from another file, which a learner's own deck may not do without an explicit
move. A bundled deck may move from another install's copy of the same file; a deck id
the learner moved to a file of their own, on purpose, is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from trainer.engine.results import ImportResult
from trainer.store import DeckIdConflictError


class DeckImporter(Protocol):
    def __call__(
        self, path: str | Path, *, force: bool = ..., move: bool = ...
    ) -> ImportResult: ...


def import_bundled(import_deck: DeckImporter, deck_files: Iterable[Path]) -> list[ImportResult]:
    """Import (or update) each bundled deck file, moving it from another install's copy."""
    results = []
    for path in deck_files:
        try:
            results.append(import_deck(path))
        except DeckIdConflictError as conflict:
            if is_bundled_copy(Path(conflict.previous_source), path):
                results.append(import_deck(path, move=True))
    return results


def is_bundled_copy(previous: Path, bundled: Path) -> bool:
    """True when ``previous`` is the same bundled file in another install: same name, in a
    folder of the same name (``decks``)."""
    return (previous.name, previous.parent.name) == (bundled.name, bundled.parent.name)

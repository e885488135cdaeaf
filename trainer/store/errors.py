"""Errors raised by the collection store, each with a message fit to show the learner."""

from __future__ import annotations

import shlex

from trainer.core.untrusted import printable
from trainer.errors import TrainerError


class CollectionError(TrainerError):
    """The collection cannot do what was asked; the message says why."""


class CollectionBusyError(CollectionError):
    """Another process held the collection's write lock for longer than the busy timeout."""


class CollectionCorruptError(CollectionError):
    """The file is not a trainer collection, or SQLite found it damaged."""


class CollectionMissingError(CollectionError):
    """The collection file is missing or empty, but this folder has held one: trainer will
    not start a new, empty collection over the learner's history."""


class CollectionVersionError(CollectionError):
    """The collection was written by a newer trainer whose schema this one does not know."""


class UnknownCardError(CollectionError, KeyError):
    """No card with that id is in the collection."""

    def __init__(self, card_id: str) -> None:
        self.card_id = card_id
        super().__init__(f"no card {card_id!r} in the collection")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownDeckError(CollectionError, KeyError):
    """No deck with that id is in the collection."""

    def __init__(self, deck_id: str) -> None:
        self.deck_id = deck_id
        super().__init__(f"no deck {deck_id!r} in the collection")

    def __str__(self) -> str:
        return str(self.args[0])


class StaleStateError(CollectionError):
    """A card's stored schedule is not the one an answer or undo was computed from.

    This happens when another process changed the card in between; writing anyway would
    silently lose that change, so nothing is written.
    """


class ImportConflictError(CollectionError):
    """A compiled deck cannot be imported as it is (duplicate or foreign card ids)."""


class DeckIdConflictError(ImportConflictError):
    """A deck file's id belongs to a deck imported from another file.

    Importing it would replace that deck and retire its cards, so it needs an explicit
    move (``move=True``, ``trainer import FILE --move``).
    """

    def __init__(self, deck_id: str, previous_source: str, new_source: str) -> None:
        self.deck_id = deck_id
        self.previous_source = previous_source
        self.new_source = new_source
        new, old = printable(new_source, one_line=True), printable(previous_source, one_line=True)
        super().__init__(
            f"{new}: deck id '{printable(deck_id, one_line=True)}' already belongs to the deck "
            f"imported from {old}. Importing this file would replace that deck and retire its "
            "cards that this file lacks, so nothing was imported. If you moved the deck file, "
            f"use `trainer import {shlex.quote(new)} --move` (progress is kept); if it is "
            "another deck, give it an id of its own."
        )

"""Errors raised by the collection store, each with a message fit to show the learner."""

from __future__ import annotations

from trainer.errors import TrainerError


class CollectionError(TrainerError):
    """The collection cannot do what was asked; the message says why."""


class CollectionBusyError(CollectionError):
    """Another process held the collection's write lock for longer than the busy timeout."""


class CollectionCorruptError(CollectionError):
    """The file is not a trainer collection, or SQLite found it damaged."""


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
    """A card's stored state is not the one an answer or undo was computed from.

    This happens when another process changed the card in between; writing anyway would
    silently lose that change, so nothing is written.
    """


class ImportConflictError(CollectionError):
    """A compiled deck cannot be imported as it is (duplicate or foreign card ids)."""

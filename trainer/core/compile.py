"""Compiling a deck: loading it, generating its cards, and failing with every error at once."""

from __future__ import annotations

import os
from dataclasses import field

from trainer.core.authored import Deck
from trainer.core.deck.file_memo import FileMemo, RememberedFiles
from trainer.core.deck.loader import Reader, load_deck
from trainer.core.deck.tree_memo import ParsedTrees, TreeMemo
from trainer.core.generate import (
    ConfusablesMemo,
    GeneratedDeck,
    StepMemo,
    generate_deck,
    generate_deck_reusing,
)
from trainer.core.generate.unchanged_cards import reshaped_cards, unchanged_cards
from trainer.core.model import CompiledDeck, DeckError, Diagnostic, Severity
from trainer.core.records import record

__all__ = [
    "CompileMemo",
    "compile_deck",
    "compile_deck_reusing",
    "compile_loaded",
    "load_and_generate_reusing",
    "split_diagnostics",
    "unchanged_since",
]


@record
class CompileMemo:
    """What one compile of a deck leaves for the next: its generation steps (see
    `trainer.core.generate.steps`), its main file's parsed tree (`tree_memo`) and what
    each included file added to the deck (`file_memo`), what finding
    its confusables computed (`trainer.core.answering.confusables`), and which of its
    steps' cards the deck-wide passes reshaped, with the content hash of the deck it
    compiled: together they tell which cards the next compile gives unchanged
    (`unchanged_since`)."""

    steps: StepMemo = field(default_factory=dict)
    trees: TreeMemo = field(default_factory=dict)
    confusables: ConfusablesMemo = field(default_factory=ConfusablesMemo)
    reshaped: frozenset[str] = frozenset()
    deck_hash: str = ""
    files: FileMemo = field(default_factory=dict)


def compile_deck(path: str | os.PathLike[str], *, reader: Reader | None = None) -> CompiledDeck:
    """Load the deck at `path` and generate its cards.

    Raises DeckError listing every error, from loading or from generation, in file order.
    `reader` returns a file's bytes; the default reads the file system.
    """
    return compile_loaded(load_deck(path, reader=reader))


def compile_loaded(deck: Deck) -> CompiledDeck:
    """Generate the cards of an already loaded deck; raises DeckError if any is wrong."""
    generated = generate_deck(deck)
    errors, warnings = split_diagnostics(generated.diagnostics)
    if errors:
        raise DeckError(errors)
    return CompiledDeck(deck, generated.cards, warnings, generated.origins)


def split_diagnostics(
    diagnostics: tuple[Diagnostic, ...],
) -> tuple[tuple[Diagnostic, ...], tuple[Diagnostic, ...]]:
    """Errors and warnings, each keeping the order given."""
    errors = tuple(d for d in diagnostics if d.severity is Severity.ERROR)
    warnings = tuple(d for d in diagnostics if d.severity is Severity.WARNING)
    return errors, warnings


def compile_deck_reusing(
    path: str | os.PathLike[str], previous: CompileMemo, *, reader: Reader | None = None
) -> tuple[CompiledDeck, CompileMemo]:
    """What `compile_deck` gives, parsing again only the files whose bytes changed and
    generating again only the steps whose inputs changed since `previous` was recorded
    (and confusables only near changed values), and what to remember for the next time.
    The cards, warnings and origins are those of a cold compile; a deck with errors is
    compiled cold, so that it reports them as one would.
    """
    deck, generated, memo = load_and_generate_reusing(path, previous, reader=reader)
    errors, warnings = split_diagnostics(generated.diagnostics)
    if errors:
        raise DeckError(errors)
    return CompiledDeck(deck, generated.cards, warnings, generated.origins), memo


def load_and_generate_reusing(
    path: str | os.PathLike[str], previous: CompileMemo, *, reader: Reader | None = None
) -> tuple[Deck, GeneratedDeck, CompileMemo]:
    """The deck at `path` loaded (DeckError if it cannot be) and its cards generated, as
    `load_deck` and `generate_deck` give them, errors and warnings included, doing again
    only what changed since `previous`; and what to remember for the next time. A deck
    whose generation finds errors is generated again cold, so that it reports them as a
    cold run does; only its files are remembered then."""
    trees = ParsedTrees(previous.trees)
    remembered = RememberedFiles(previous.files)
    deck = load_deck(path, reader=reader, parse=trees.parse, remembered=remembered)
    # Packed now, before the cards are made: packing makes each file's parts plain tuples
    # for a moment, which would add to the compile's height of memory at its end.
    files = remembered.packed()
    generated, recorded, found = generate_deck_reusing(deck, previous.steps, previous.confusables)
    if any(item.severity is Severity.ERROR for item in generated.diagnostics):
        return deck, generate_deck(deck), CompileMemo(trees=trees.used, files=files)
    reshaped = reshaped_cards(generated.cards, recorded)
    memo = CompileMemo(recorded, trees.used, found, reshaped, deck.content_hash, files)
    return deck, generated, memo


def unchanged_since(previous: CompileMemo, memo: CompileMemo) -> frozenset[str]:
    """The ids of the cards that the compile which left `memo` gave exactly as the compile
    which left `previous` did (so that what was made of them then, such as their encoded
    rows, holds for them now)."""
    if not previous.deck_hash or not memo.deck_hash:
        return frozenset()
    return unchanged_cards(previous.steps, previous.reshaped, memo.steps, memo.reshaped)

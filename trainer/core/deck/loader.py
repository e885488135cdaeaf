"""Loads a deck: from YAML files to a validated Deck, or a DeckError listing every problem."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.authored import Deck
from trainer.core.deck.answer_types import inferred_field_type
from trainer.core.deck.builder import DeckBuilder
from trainer.core.deck.checked import ErrorSink
from trainer.core.deck.includes import (
    Parser,
    Reader,
    RefusedFile,
    read_deck_file,
    read_deck_files,
    unreadable_reason,
)
from trainer.core.gc_control import gc_paused
from trainer.core.model import DeckError, Diagnostic, Location, Severity
from trainer.core.untrusted import printable

if TYPE_CHECKING:
    from trainer.core.deck.file_memo import RememberedFiles
    from trainer.core.deck.includes import FileVisitor, Recall

__all__ = ["Reader", "inferred_field_type", "load_deck", "load_deck_bytes"]


def load_deck(
    path: str | os.PathLike[str],
    *,
    reader: Reader | None = None,
    parse: Parser | None = None,
    remembered: RememberedFiles | None = None,
) -> Deck:
    """Load and validate a deck file and the files it includes.

    Raises DeckError with every problem found, sorted by file, line and column.
    `reader` returns a file's bytes and raises OSError when it cannot read one; `parse`
    reads a file's bytes into its tree (by default `yaml_source.parse_yaml`); with
    `remembered`, it reads the main file only, and included files remembered from an
    earlier compile are replayed rather than parsed and built (see `file_memo`).
    """
    name = os.fspath(path)
    try:
        data = (reader or read_deck_file)(Path(name))
    except RefusedFile as refused:
        message = f"the deck file {refused.reason}"
        raise DeckError([Diagnostic(Location(name, 1, 1), Severity.ERROR, message)]) from None
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
        message = f"cannot read deck: {unreadable_reason(error)}"
        raise DeckError([Diagnostic(Location(name, 1, 1), Severity.ERROR, message)]) from None
    return load_deck_bytes(name, data, reader=reader, parse=parse, remembered=remembered)


def load_deck_bytes(
    name: str,
    data: bytes,
    *,
    reader: Reader | None = None,
    parse: Parser | None = None,
    remembered: RememberedFiles | None = None,
) -> Deck:
    """Load a deck given as bytes; `name` names it in messages and anchors its includes.

    Without a `reader`, included files are read from the file system, and each must
    resolve, links followed, to a regular file inside the folder of `name`.
    """
    sink = ErrorSink()
    builder = DeckBuilder(sink)
    visit: FileVisitor = builder.add_file
    recall: Recall | None = None
    if remembered is not None:
        from trainer.core.deck.yaml_source import parse_yaml

        recall, visit, parse = remembered.hooks(builder, name, parse or parse_yaml, parse_yaml)
    with gc_paused():
        files = read_deck_files(name, data, reader, visit, sink, parse, recall)
        builder.check_chronology_facts()
        if not sink.diagnostics:
            return builder.deck(files)
    raise DeckError(_in_reading_order(sink.diagnostics, [path for path, _ in files]))


def _in_reading_order(diagnostics: list[Diagnostic], paths: list[str]) -> list[Diagnostic]:
    order = {path: index for index, path in reversed(list(enumerate(paths)))}
    unique = set(diagnostics)

    def key(diagnostic: Diagnostic) -> tuple[int, str, int, int, str]:
        where = diagnostic.location
        return (
            order.get(where.path, len(order)),
            where.path,
            where.line,
            where.column,
            diagnostic.message,
        )

    return [_on_one_line(diagnostic) for diagnostic in sorted(unique, key=key)]


def _on_one_line(diagnostic: Diagnostic) -> Diagnostic:
    """The diagnostic with any newline or tab it quotes from the deck escaped, so that
    each error stays one line and a deck cannot write lines that pass for errors."""
    message = printable(diagnostic.message, one_line=True)
    if message == diagnostic.message:
        return diagnostic
    return Diagnostic(diagnostic.location, diagnostic.severity, message)

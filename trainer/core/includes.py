"""Reads a deck's files in include order: depth first, each file once, within size limits."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainer.core.checked import ErrorSink
from trainer.core.yaml_source import MAX_FILE_BYTES, parse_yaml
from trainer.core.yaml_tree import YamlNode

MAX_DECK_BYTES = 64 * 1024 * 1024

Reader = Callable[[Path], bytes]


def read_capped(path: Path) -> bytes:
    """A file's bytes, reading one byte past the per-file limit at most."""
    with path.open("rb") as stream:
        return stream.read(MAX_FILE_BYTES + 1)


def unreadable_reason(error: OSError | ValueError) -> str:
    """Why a file could not be read, in a few words."""
    if isinstance(error, ValueError):
        return "not a valid path"
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "it is a directory"
    return error.strerror or type(error).__name__


@dataclass(frozen=True, slots=True)
class IncludeRef:
    """A path named in a file's `include`, as written, and where it was written."""

    target: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class DeckFile:
    """One parsed file of a deck; `path` is as the user would write it."""

    path: str
    root: YamlNode
    is_main: bool


FileVisitor = Callable[[DeckFile], list[IncludeRef]]


@dataclass(frozen=True, slots=True)
class _Pending:
    parent: str
    ref: IncludeRef
    # The files that led here, as (identity, path), to name a cycle.
    chain: tuple[tuple[str, str], ...]


def _identity(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def read_deck_files(
    main_path: str, main_data: bytes, reader: Reader, visit: FileVisitor, sink: ErrorSink
) -> list[tuple[str, bytes]]:
    """Parse the main file and every file it includes, handing each to `visit` in reading order.

    `visit` returns the file's include entries; their files are read next, in the order
    listed, before the including file's later siblings. Returns every file read, with
    its bytes, main first.
    """
    files: list[tuple[str, bytes]] = [(main_path, main_data)]
    total = len(main_data)
    first_included: dict[str, tuple[str, int]] = {}
    pending: list[_Pending] = []

    def parse_and_visit(path: str, data: bytes, chain: tuple[tuple[str, str], ...]) -> None:
        document = parse_yaml(data, path)
        sink.diagnostics.extend(document.errors)
        is_main = len(chain) == 1
        if document.root is None:
            if not document.errors:
                sink.add(path, 1, 1, "deck is empty" if is_main else "included file is empty")
            return
        refs = visit(DeckFile(path, document.root, is_main))
        pending.extend(_Pending(path, ref, chain) for ref in reversed(refs))

    parse_and_visit(main_path, main_data, ((_identity(main_path), main_path),))
    while pending:
        item = pending.pop()
        ref = item.ref
        path = os.path.normpath(os.path.join(os.path.dirname(item.parent), ref.target))
        key = _identity(path)
        if any(key == ancestor for ancestor, _ in item.chain):
            cycle = " → ".join([*(name for _, name in item.chain), path])
            sink.add(item.parent, ref.line, ref.column, f"include cycle: {cycle}")
            continue
        if key in first_included:
            where, line = first_included[key]
            message = f"'{path}' is included twice (first included at {where}:{line})"
            sink.add(item.parent, ref.line, ref.column, message)
            continue
        first_included[key] = (item.parent, ref.line)
        try:
            data = reader(Path(path))
        except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
            reason = unreadable_reason(error)
            sink.add(item.parent, ref.line, ref.column, f"cannot read '{path}': {reason}")
            continue
        total += len(data)
        if total > MAX_DECK_BYTES:
            message = f"deck is larger than {MAX_DECK_BYTES // (1024 * 1024)} MiB in all its files"
            sink.add(item.parent, ref.line, ref.column, message)
            break
        files.append((path, data))
        parse_and_visit(path, data, (*item.chain, (key, path)))
    return files

"""Parsed deck files remembered by their bytes: an edited deck parses only the files that changed.

Parsing is most of loading a deck (PyYAML composes every node, and each becomes a
positioned node of our own). A file whose bytes are unchanged gives the same tree, so a
compile can be handed the trees of the last one (`TreeMemo`) and rebuild each in a
fraction of its parse time.

A tree is remembered packed: as nested tuples of strings, numbers, booleans and None,
pickled (pickle writes and reads them in C, and a packed tree takes a fifth of the
memory of its tuples), and compressed. It is unpacked by an unpickler that builds no
object but those, so a memo read back from disk cannot make Python run code.

Only a tree that parsed without a problem is remembered, and only one whose nodes are
each reached once: a YAML alias shares a node, and rebuilding would copy it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
from collections.abc import Mapping
from typing import Any

import zstandard

from trainer.core.deck.includes import MAX_DECK_BYTES
from trainer.core.deck.yaml_source import YamlDocument, parse_yaml
from trainer.core.deck.yaml_tree import (
    YamlEntry,
    YamlInvalid,
    YamlMapping,
    YamlNode,
    YamlScalar,
    YamlSequence,
)

__all__ = [
    "ParsedTrees",
    "PlainTree",
    "TreeMemo",
    "file_digest",
    "pack",
    "parse_yaml",
    "tree_from_plain",
    "tree_to_plain",
    "unpack",
]

# A tree as nested tuples of strings, numbers, booleans and None (see `tree_to_plain`).
PlainTree = tuple[Any, ...]
# Remembered trees, packed (`pack`), by a digest of their file's bytes.
TreeMemo = Mapping[bytes, bytes]

_SCALAR, _SEQUENCE, _MAPPING, _INVALID = 0, 1, 2, 3
# A file's packed tree unpacks to a few times its bytes at most, and no file is larger
# than a whole deck may be.
_MOST_UNPACKED = 4 * MAX_DECK_BYTES


class _Shared(Exception):
    """A node is reached twice: the tree is not remembered."""


def tree_to_plain(root: YamlNode) -> PlainTree:
    """The tree as nested tuples. Raises ValueError if a node is reached twice."""
    seen: set[int] = set()
    try:
        return _plain(root, seen)
    except _Shared:
        raise ValueError("the tree shares a node") from None


def _plain(node: YamlNode, seen: set[int]) -> PlainTree:
    if type(node) is not YamlScalar:
        # Scalars hold no nodes: only a shared collection could be copied.
        if id(node) in seen:
            raise _Shared
        seen.add(id(node))
    if type(node) is YamlScalar:
        return (_SCALAR, node.value, node.raw, node.line, node.column, node.inline)
    if type(node) is YamlMapping:
        entries = tuple(
            (entry.key, entry.line, entry.column, _plain(entry.value, seen))
            for entry in node.entries.values()
        )
        return (_MAPPING, node.line, node.column, entries)
    if type(node) is YamlSequence:
        return (_SEQUENCE, node.line, node.column, tuple(_plain(item, seen) for item in node.items))
    return (_INVALID, node.line, node.column)


def tree_from_plain(plain: PlainTree) -> YamlNode:
    """The tree `tree_to_plain` gave; ValueError, TypeError or IndexError if it is not one."""
    tag = plain[0]
    if tag == _SCALAR:
        _, value, raw, line, column, inline = plain
        return YamlScalar(value, raw, line, column, inline=inline)
    if tag == _MAPPING:
        _, line, column, entries = plain
        rebuilt = {
            key: YamlEntry(key, key_line, key_column, tree_from_plain(value))
            for key, key_line, key_column, value in entries
        }
        if len(rebuilt) != len(entries):
            raise ValueError("a mapping repeats a key")
        return YamlMapping(rebuilt, line, column)
    if tag == _SEQUENCE:
        _, line, column, items = plain
        return YamlSequence([tree_from_plain(item) for item in items], line, column)
    if tag == _INVALID:
        _, line, column = plain
        return YamlInvalid(line, column)
    raise ValueError(f"not a tree node: {tag!r}")


def pack(plain: PlainTree) -> bytes:
    """A plain tree as the memo keeps it: pickled, then compressed.

    A compile keeps every file's packed tree until it is written with the memo, at the
    height of its memory: compressed by zstd's fastest level, they take a quarter of the
    room (5 MB against 21 at 100,000 cards), at 5 ms a megabyte of YAML (zlib took 17).
    """
    packed = zstandard.compress(pickle.dumps(plain, protocol=pickle.HIGHEST_PROTOCOL), 1)
    # The frame comes back in python-zstandard's worst-case buffer, as large as the
    # pickle: kept as it is, it saved nothing. A copy holds the frame alone.
    return memoryview(packed).tobytes()


class _PlainUnpickler(pickle.Unpickler):
    """Reads tuples, strings, numbers, booleans and None; refuses any class or function."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a remembered tree may not hold {module}.{name}")


def unpack(packed: bytes) -> PlainTree:
    """The plain tree `pack` gave; ValueError if the bytes are not one."""
    try:
        # The size is read first: a damaged frame could claim any, and be given it.
        if not 0 <= zstandard.frame_content_size(packed) <= _MOST_UNPACKED:
            raise ValueError("not a packed tree")
        plain = _PlainUnpickler(io.BytesIO(zstandard.decompress(packed))).load()
    except (
        zstandard.ZstdError,
        pickle.UnpicklingError,
        EOFError,
        TypeError,
        IndexError,
        KeyError,
        AttributeError,
    ):
        raise ValueError("not a packed tree") from None
    if type(plain) is not tuple:
        raise ValueError("not a packed tree")
    return plain


def file_digest(data: bytes) -> bytes:
    """What a file's tree is remembered by."""
    return hashlib.blake2b(data, digest_size=16).digest()


class ParsedTrees:
    """Parses deck files as `parse_yaml` does, rebuilding remembered trees instead, and
    keeps every tree it gave, packed (in `used`), for the next compile."""

    def __init__(self, previous: TreeMemo) -> None:
        self._previous = previous
        self.used: dict[bytes, bytes] = {}

    def parse(self, data: bytes, path: str) -> YamlDocument:
        key = file_digest(data)
        packed = self._previous.get(key)
        if type(packed) is bytes:
            try:
                root = tree_from_plain(unpack(packed))
            except (ValueError, TypeError, IndexError):
                pass  # damaged: parsed again below, as if it had not been kept
            else:
                self.used[key] = packed  # kept as it was read, not packed again
                return YamlDocument(root)
        document = parse_yaml(data, path)
        if document.root is not None and not document.errors:
            with contextlib.suppress(ValueError):  # shares nodes: parsed again each time
                self.used[key] = pack(tree_to_plain(document.root))
        return document

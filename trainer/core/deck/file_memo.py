"""Included files remembered as what each added to the deck: an edited deck builds again
only the files that changed.

Building a file (checking every key against the schema, making each excerpt, fact and
question) costs more than parsing it. An included file adds to the deck only what it
says itself: the ids it claims, the fields and aliases it declares, its templates,
chronologies and excerpts, and the files it includes. So a file whose path and bytes are
those of a compile that loaded without an error adds the same again, and is replayed
rather than parsed and built: its ids are claimed and its fields and aliases declared
again, so that a clash with a file that did change is reported as a cold build reports
it, and its parts are added as they were. The main file, which holds the deck's own
settings, is always built (its tree is remembered instead, see `tree_memo`).

Parts are remembered packed as `tree_memo` packs trees (plain tuples, pickled and
compressed) and unpacked by the same unpickler, which builds no other object.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Mapping

from trainer.core.deck.builder import DeckBuilder
from trainer.core.deck.includes import DeckFile, FileVisitor, IncludeRef, Parser, Recall
from trainer.core.deck.parts_codec import FileParts, parts_from_plain, parts_to_plain
from trainer.core.deck.tree_memo import pack, unpack
from trainer.core.deck.yaml_source import YamlDocument

__all__ = ["FileMemo", "RememberedFiles"]

# Remembered files' parts, packed, by a digest of the file's path and bytes.
FileMemo = Mapping[bytes, bytes]


def _key(path: str, data: bytes) -> bytes:
    # Parts hold their file's path (in every place they record): the path is keyed too.
    return hashlib.blake2b(os.fsencode(path) + b"\0" + data, digest_size=16).digest()


class RememberedFiles:
    """Replays the included files a compile remembered, and packs what every included file
    added (`packed`) for the next compile."""

    def __init__(self, previous: FileMemo) -> None:
        self._previous = previous
        self._replayed: dict[bytes, bytes] = {}
        self._built: list[tuple[bytes, FileParts]] = []

    def hooks(
        self, builder: DeckBuilder, main_path: str, parse_main: Parser, parse_included: Parser
    ) -> tuple[Recall, FileVisitor, Parser]:
        """How `read_deck_files` reads a deck into `builder` through this memo: a file to
        replay, if remembered; each file built, recorded; and the parser of each file
        (`parse_main` for the main file, whose tree is remembered, `parse_included` for
        the others, whose parts are)."""
        keys: dict[str, bytes] = {}

        def recall(path: str, data: bytes, is_main: bool) -> list[IncludeRef] | None:
            if is_main:
                return None
            key = keys[path] = _key(path, data)
            packed = self._previous.get(key)
            if type(packed) is not bytes:
                return None
            try:
                parts = parts_from_plain(unpack(packed))
            except (ValueError, TypeError, IndexError, KeyError):
                return None  # damaged: built again, as if it had not been kept
            self._replayed[key] = packed
            return replay(builder, path, parts)

        def visit(file: DeckFile) -> list[IncludeRef]:
            if file.is_main:
                return builder.add_file(file)
            marks = _marks(builder)
            refs = builder.add_file(file)
            self._built.append((keys[file.path], _parts_since(builder, marks, refs)))
            return refs

        def parse(data: bytes, path: str) -> YamlDocument:
            return (parse_main if path == main_path else parse_included)(data, path)

        return recall, visit, parse

    def packed(self) -> dict[bytes, bytes]:
        """Every included file's parts, packed, by path and bytes: those replayed as they
        were read, those built packed now. Asked once, of a deck that loaded without an
        error (so each of its files built without one)."""
        packed = dict(self._replayed)
        for key, parts in self._built:
            # A part that plain values cannot hold (a model field of a new kind, say) is
            # not remembered: its file is built again next time, as it is now.
            with contextlib.suppress(TypeError, pickle.PicklingError):
                packed[key] = pack(parts_to_plain(parts))
        self._built.clear()
        return packed


def replay(builder: DeckBuilder, path: str, parts: FileParts) -> list[IncludeRef]:
    """Add a remembered file's parts to `builder`, claiming and declaring as building the
    file does; returns its includes."""
    for claim in parts.claims:
        builder.ids.claim_at(path, claim)
    for field in parts.fields:
        builder.declare_field(path, field)
    for aliases in parts.aliases:
        builder.declare_aliases(path, aliases)
    builder.templates.extend(parts.templates)
    builder.chronologies.extend(parts.chronologies)
    builder.chronology_facts.extend(
        (label, path, list(refs)) for label, refs in parts.chronology_facts
    )
    builder.excerpts.extend(parts.excerpts)
    return list(parts.includes)


_Marks = tuple[int, int, int, int, int, int, int]


def _marks(builder: DeckBuilder) -> _Marks:
    b = builder
    return (
        len(b.ids.claims),
        len(b.declared_fields),
        len(b.declared_aliases),
        len(b.templates),
        len(b.chronologies),
        len(b.chronology_facts),
        len(b.excerpts),
    )


def _parts_since(builder: DeckBuilder, marks: _Marks, refs: list[IncludeRef]) -> FileParts:
    """What `builder` was given since `marks`: one file's parts."""
    b = builder
    claims, fields, aliases, templates, chronologies, chronology_facts, excerpts = marks
    return FileParts(
        includes=tuple(refs),
        claims=tuple(b.ids.claims[claims:]),
        fields=tuple(b.declared_fields[fields:]),
        aliases=tuple(b.declared_aliases[aliases:]),
        templates=tuple(b.templates[templates:]),
        chronologies=tuple(b.chronologies[chronologies:]),
        chronology_facts=tuple(
            (label, tuple(named)) for label, _, named in b.chronology_facts[chronology_facts:]
        ),
        excerpts=tuple(b.excerpts[excerpts:]),
    )

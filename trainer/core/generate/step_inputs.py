"""What a generation step reads, spelled out as plain values: the content its key digests
and the places its cards' origins are moved by (see `steps`)."""

from __future__ import annotations

import hashlib
import marshal
from enum import Enum
from typing import Any

from trainer.core.authored import Chronology, Excerpt
from trainer.core.model import Location

__all__ = [
    "Place",
    "Scope",
    "chronology_content",
    "content_digest",
    "digest",
    "excerpt_content",
    "excerpt_places",
    "fact_holder",
    "opening_step",
    "place_of",
]

# A place in a deck file: path, line, column.
Place = tuple[str, int, int]


class Scope(Enum):
    """How much of the deck beyond its own excerpt a step reads."""

    EXCERPT = "excerpt"
    FACTS = "facts"


def opening_step(excerpt: Excerpt) -> tuple[Scope, tuple[str, ...]]:
    """The first step of every excerpt (its authored and cloze cards) and its scope: it
    reads the deck's facts when one of its questions draws its options from them."""
    drawn = any(question.draw is not None for question in excerpt.questions)
    return (Scope.FACTS if drawn else Scope.EXCERPT), ("authored",)


def excerpt_content(excerpt: Excerpt) -> tuple[object, ...]:
    """Everything an excerpt says, without where it was written, as plain values.

    Spelled out field by field for speed; tests pin these fields to the model's, so that
    a field added to the model cannot be forgotten here.
    """
    e = excerpt
    return (
        e.id,
        e.text,
        (e.source.pages, e.source.chapter, e.source.url),
        e.title,
        e.tags,
        e.auto_cloze,
        _facts(e),
        tuple(
            (
                q.slot,
                q.prompt,
                q.answer,
                q.accept,
                None if q.type is None else q.type.value,
                q.tolerance,
                q.hint,
                q.distractors,
                q.draw,
                q.draw_tags,
                q.choices,
                q.tags,
            )
            for q in e.questions
        ),
        e.text_inline,
        tuple(e.cloze_accept.items()),
    )


def content_digest(excerpt: Excerpt) -> bytes:
    """A digest of everything an excerpt says (`excerpt_content`).

    Its plain values are written by marshal's version 2, which writes each of them one
    way only (no shared references, no mark of an interned string): equal contents give
    equal bytes, for half of what `repr` costs. A value marshal cannot write (only the
    model's own types are expected) is spelled out by `repr` instead; a first byte says
    which of the two wrote it, so their outputs can never be taken for each other.
    """
    # Typed loosely: marshal checks each value's type itself (ValueError).
    content: Any = excerpt_content(excerpt)
    try:
        written = b"m" + marshal.dumps(content, 2)
    except ValueError:
        written = b"r" + repr(content).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(written, digest_size=20).digest()


def chronology_content(chronology: Chronology) -> tuple[object, ...]:
    """Everything a chronology says, without where it was written."""
    c = chronology
    return (c.id, c.fact_ids, c.prompt, c.label, c.date_field, c.tags)


def fact_holder(excerpt: Excerpt) -> tuple[object, ...]:
    """What the option pools, swap pools and near neighbours drawn from an excerpt's
    facts read of it: its facts, and its id, tags and chapter (they rank neighbours)."""
    return (excerpt.id, excerpt.tags, excerpt.source.chapter, _facts(excerpt))


def _facts(excerpt: Excerpt) -> tuple[object, ...]:
    return tuple(
        (f.id, f.excerpt_id, tuple(f.values.items()), f.tags, tuple(f.accepts.items()))
        for f in excerpt.facts
    )


def excerpt_places(excerpt: Excerpt) -> tuple[Place | None, ...]:
    """Every location an excerpt records (what its cards' origins and warnings may carry),
    in an order that its content alone decides: two excerpts of the same content have
    their places in the same order."""
    e = excerpt
    return (
        place_of(e.location),
        place_of(e.text_location),
        place_of(e.title_location),
        *(place_of(where) for _, where in sorted(e.cloze_accept_locations.items())),
        *(
            place
            for f in e.facts
            for place in (
                place_of(f.location),
                *(place_of(where) for _, where in sorted(f.field_locations.items())),
            )
        ),
        *(place_of(q.location) for q in e.questions),
    )


def place_of(location: Location | None) -> Place | None:
    return None if location is None else (location.path, location.line, location.column)


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()

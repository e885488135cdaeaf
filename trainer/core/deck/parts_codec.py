"""What one deck file added to the deck (`FileParts`), as plain tuples and back.

Plain tuples of strings, numbers, booleans and None are pickled and read back by
pickle's C code, and by an unpickler that builds nothing else (see `tree_memo.unpack`).
A record's fields are taken from the model's own definitions, in order, and only those
that hold other records, enums or mappings are converted: a plain field added to the
model is carried without a change here (`tests/core/deck/test_file_memo.py` replays a
file holding every kind of part with each of its fields filled in).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from itertools import starmap
from operator import attrgetter
from typing import Any

from trainer.core.authored import (
    Chronology,
    Excerpt,
    Fact,
    FieldSpec,
    Question,
    Template,
    TemplateKind,
)
from trainer.core.deck.builder import AliasDeclaration, FieldDeclaration
from trainer.core.deck.excerpt_builder import FieldLocations, frozen
from trainer.core.deck.id_registry import Claim
from trainer.core.deck.includes import IncludeRef
from trainer.core.model import AnswerType, Location, SourceRef
from trainer.core.records import record

__all__ = ["FileParts", "parts_from_plain", "parts_to_plain"]

Plain = tuple[Any, ...]


@record
class FileParts:
    """What building one included file added to the deck, in reading order: the files it
    includes, the ids it claimed, the fields and aliases it declared, its templates and
    chronologies (with the facts each names: label and places), and its excerpts."""

    includes: tuple[IncludeRef, ...]
    claims: tuple[Claim, ...]
    fields: tuple[FieldDeclaration, ...]
    aliases: tuple[AliasDeclaration, ...]
    templates: tuple[Template, ...]
    chronologies: tuple[Chronology, ...]
    chronology_facts: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]
    excerpts: tuple[Excerpt, ...]


def _place(location: Location) -> tuple[str, int, int]:
    return (location.path, location.line, location.column)


def _maybe_place(location: Location | None) -> tuple[str, int, int] | None:
    return None if location is None else _place(location)


def _maybe_location(place: tuple[str, int, int] | None) -> Location | None:
    return None if place is None else Location(*place)


def _source_to_plain(source: SourceRef) -> Plain:
    return (source.pages, source.chapter, source.url)


def _source_from_plain(plain: Plain) -> SourceRef:
    return SourceRef(*plain)


def _answer_type(value: str | None) -> AnswerType | None:
    return None if value is None else AnswerType(value)


def _enum_value(value: AnswerType | None) -> str | None:
    return None if value is None else value.value


# Per record type, its converted fields: to plain, from plain.
_Converters = Mapping[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]]


def _codec(
    cls: type, converters: _Converters
) -> tuple[Callable[[Any], Plain], Callable[[Plain], Any]]:
    names = tuple(field.name for field in dataclasses.fields(cls))
    unknown = set(converters) - set(names)
    if unknown:  # pragma: no cover - a renamed field, caught when the module is imported
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
    # Only the converted fields are visited one by one; the rest are copied as a whole.
    converted = [(names.index(name), *pair) for name, pair in converters.items()]
    read = attrgetter(*names)

    def encode(value: object) -> Plain:
        values = list(read(value))
        for at, to_plain, _ in converted:
            values[at] = to_plain(values[at])
        return tuple(values)

    def decode(plain: Plain) -> object:
        if len(plain) != len(names):
            raise ValueError(f"not a remembered {cls.__name__}")
        values = list(plain)
        for at, _, from_plain in converted:
            values[at] = from_plain(values[at])
        return cls(*values)

    return encode, decode


_LOCATION = (_place, lambda place: Location(*place))
_MAYBE_LOCATION = (_maybe_place, _maybe_location)


def _field_places_to_plain(places: Mapping[str, Location]) -> Plain:
    # Every place of a fact's fields is in one file, the fact's: its path is kept once.
    path = next((where.path for where in places.values()), "")
    return (path, tuple((name, where.line, where.column) for name, where in places.items()))


def _field_places_from_plain(plain: Plain) -> FieldLocations:
    path, places = plain
    return FieldLocations(path, {name: (line, column) for name, line, column in places})


_encode_fact, _decode_fact = _codec(
    Fact,
    {
        "values": (lambda values: tuple(values.items()), lambda items: frozen(dict(items))),
        "location": _LOCATION,
        "field_locations": (_field_places_to_plain, _field_places_from_plain),
        "accepts": (lambda accepts: tuple(accepts.items()), lambda items: frozen(dict(items))),
    },
)
_encode_question, _decode_question = _codec(
    Question, {"location": _LOCATION, "type": (_enum_value, _answer_type)}
)
_encode_excerpt, _decode_excerpt = _codec(
    Excerpt,
    {
        "source": (_source_to_plain, _source_from_plain),
        "location": _LOCATION,
        "facts": (
            lambda facts: tuple(map(_encode_fact, facts)),
            lambda plain: tuple(map(_decode_fact, plain)),
        ),
        "questions": (
            lambda questions: tuple(map(_encode_question, questions)),
            lambda plain: tuple(map(_decode_question, plain)),
        ),
        "text_location": _MAYBE_LOCATION,
        "title_location": _MAYBE_LOCATION,
        "cloze_accept": (lambda accept: tuple(accept.items()), lambda items: frozen(dict(items))),
        "cloze_accept_locations": (
            lambda places: tuple((number, _place(where)) for number, where in places.items()),
            lambda items: frozen({number: Location(*place) for number, place in items}),
        ),
    },
)
_encode_template, _decode_template = _codec(
    Template, {"kind": (lambda kind: kind.value, TemplateKind), "location": _LOCATION}
)
_encode_chronology, _decode_chronology = _codec(Chronology, {"location": _LOCATION})
_encode_field, _decode_field = _codec(FieldSpec, {"type": (_enum_value, AnswerType)})


def parts_to_plain(parts: FileParts) -> Plain:
    """`parts` as nested tuples of strings, numbers, booleans and None."""
    return (
        tuple((ref.target, ref.line, ref.column) for ref in parts.includes),
        parts.claims,
        tuple(
            (name, line, column, _encode_field(spec)) for name, line, column, spec in parts.fields
        ),
        parts.aliases,
        tuple(map(_encode_template, parts.templates)),
        tuple(map(_encode_chronology, parts.chronologies)),
        parts.chronology_facts,
        tuple(map(_encode_excerpt, parts.excerpts)),
    )


def parts_from_plain(plain: Plain) -> FileParts:
    """The parts `parts_to_plain` gave; ValueError, TypeError, IndexError or KeyError if
    `plain` is not such parts."""
    includes, claims, fields, aliases, templates, chronologies, chronology_facts, excerpts = plain
    return FileParts(
        includes=tuple(starmap(IncludeRef, includes)),
        claims=tuple(_claim(claim) for claim in claims),
        fields=tuple(
            (str(name), int(line), int(column), _decode_field(spec))
            for name, line, column, spec in fields
        ),
        aliases=tuple(
            (str(v), int(line), int(column), tuple(names)) for v, line, column, names in aliases
        ),
        templates=tuple(map(_decode_template, templates)),
        chronologies=tuple(map(_decode_chronology, chronologies)),
        chronology_facts=tuple((str(label), tuple(refs)) for label, refs in chronology_facts),
        excerpts=tuple(map(_decode_excerpt, excerpts)),
    )


def _claim(claim: Plain) -> Claim:
    namespace, what, ident, line, column = claim
    return (str(namespace), str(what), str(ident), int(line), int(column))

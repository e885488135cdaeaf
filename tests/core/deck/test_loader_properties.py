"""Properties of the loader: any input gives a Deck or a DeckError, never another exception."""

from __future__ import annotations

import dataclasses
import datetime
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.core.authored import Deck
from trainer.core.deck.loader import Reader, load_deck_bytes
from trainer.core.deck.schema import OBJECTS
from trainer.core.deck.schema_types import Kind, ObjectSpec, ValueSpec
from trainer.core.model import DeckError
from trainer.core.untrusted import forbidden_search

PROPERTY_SETTINGS = settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)

ALL_KEYS = sorted({key for spec in OBJECTS.values() for key in spec.keys})

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["", " ", "plain", "true_false", "128-129", "1926-03", "{what}", "q1"]),
    st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(2999, 12, 31)),
)
keys = st.one_of(st.sampled_from(ALL_KEYS), st.text(max_size=10), st.integers(-5, 5))
nested = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=6),
    max_leaves=30,
)


def slugs() -> st.SearchStrategy[str]:
    return st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=8).filter(
        lambda s: s[0] not in "-_"
    )


def value_for(value: ValueSpec, depth: int) -> st.SearchStrategy[object]:
    """Mostly plausible values of one kind, sometimes anything at all."""
    kind = value.kind
    plausible: st.SearchStrategy[object]
    if kind is Kind.SLUG:
        plausible = slugs()
    elif kind is Kind.FIELD_NAME:
        plausible = st.sampled_from(["what", "where", "year", "date", "event", "who"])
    elif kind in (Kind.STRING, Kind.STRING_OR_NUMBER, Kind.STRING_OR_INTEGER):
        plausible = st.one_of(st.text(max_size=15), st.integers(-3, 3000))
    elif kind is Kind.INTEGER:
        plausible = st.integers(-2, 25)
    elif kind is Kind.NUMBER:
        plausible = st.floats(-1, 25)
    elif kind is Kind.BOOLEAN:
        plausible = st.booleans()
    elif kind is Kind.ENUM:
        plausible = st.sampled_from(value.choices)
    elif kind is Kind.LIST:
        assert value.item is not None
        plausible = st.lists(value_for(value.item, depth), max_size=4)
    elif kind is Kind.UNION:
        plausible = st.one_of([value_for(variant, depth) for variant in value.variants])
    elif kind is Kind.MAP:
        item = value_for(value.item, depth) if value.item is not None else st.text(max_size=8)
        plausible = st.dictionaries(st.sampled_from(["c1", "c2", "x", "a b"]), item, max_size=3)
    elif depth <= 0:
        plausible = st.just({})
    elif kind is Kind.OBJECT:
        plausible = object_of(OBJECTS[value.object], depth - 1)
    else:
        plausible = st.dictionaries(
            st.sampled_from(["year", "date", "who", "1x"]),
            object_of(OBJECTS[value.object], depth - 1),
            max_size=3,
        )
    return st.one_of(plausible, plausible, plausible, nested)


def object_of(spec: ObjectSpec, depth: int = 3) -> st.SearchStrategy[dict[object, object]]:
    """Mappings shaped like one object of the format, with some keys left out or invented."""
    fields = {name: value_for(key.value, depth) for name, key in spec.keys.items()}
    return st.builds(
        lambda present, extra: {**present, **extra},
        st.fixed_dictionaries({}, optional=fields),
        st.dictionaries(
            st.sampled_from(["what", "where", "qestions", "titel"]), scalars, max_size=2
        ),
    )


def dump(data: object) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def serve(files: dict[str, bytes]) -> Reader:
    def reader(path: Path) -> bytes:
        name = path.as_posix()
        if name not in files:
            raise FileNotFoundError(2, "No such file or directory", name)
        return files[name]

    return reader


def load_or_error(data: bytes, reader: Reader | None = None) -> Deck | DeckError:
    try:
        return load_deck_bytes("deck.yaml", data, reader=reader or serve({}))
    except DeckError as error:
        assert error.diagnostics, "a DeckError must carry at least one diagnostic"
        for diagnostic in error.diagnostics:
            assert diagnostic.location.line >= 1
            assert diagnostic.location.column >= 1
            assert diagnostic.message
        locations = [
            (d.location.path, d.location.line, d.location.column) for d in error.diagnostics
        ]
        in_main = [where for where in locations if where[0] == "deck.yaml"]
        assert in_main == sorted(in_main)
        return error


@PROPERTY_SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_a_deck_or_a_deck_error(data: bytes) -> None:
    load_or_error(data)


@PROPERTY_SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text_gives_a_deck_or_a_deck_error(text: str) -> None:
    load_or_error(text.encode("utf-8"))


@PROPERTY_SETTINGS
@given(nested)
def test_arbitrary_yaml_structures_give_a_deck_or_a_deck_error(data: object) -> None:
    load_or_error(dump(data))


@PROPERTY_SETTINGS
@given(object_of(OBJECTS["deck"]), st.lists(object_of(OBJECTS["included_file"]), max_size=3))
def test_deck_shaped_structures_give_a_deck_or_a_deck_error(
    deck: dict[object, object], chapters: list[dict[object, object]]
) -> None:
    names = [f"part{n}.yaml" for n in range(len(chapters))]
    files = {name: dump(chapter) for name, chapter in zip(names, chapters, strict=True)}
    include = deck.get("include")
    if names and isinstance(include, list):
        deck["include"] = [*include, *names]
    load_or_error(dump(deck), serve(files))


@st.composite
def valid_decks(draw: st.DrawFn) -> dict[str, object]:
    excerpt_ids = draw(st.lists(slugs(), min_size=1, max_size=5, unique=True))
    words = st.text(string.ascii_letters + " ,.'", min_size=1, max_size=20).filter(str.strip)
    answers = st.one_of(words, st.integers(0, 5000), st.floats(0, 100, allow_nan=False))
    excerpts = []
    for excerpt_id in excerpt_ids:
        questions = draw(st.lists(st.fixed_dictionaries({"q": words, "a": answers}), max_size=3))
        excerpts.append(
            {
                "id": excerpt_id,
                "text": draw(words),
                **draw(
                    st.one_of(
                        st.fixed_dictionaries({"page": st.integers(1, 999) | words}),
                        st.fixed_dictionaries({"pages": words}),
                        st.fixed_dictionaries({"chapter": st.integers(1, 99) | words}),
                        st.fixed_dictionaries({"url": words}),
                    )
                ),
                "questions": questions,
            }
        )
    return {"id": draw(slugs()), "title": draw(words), "excerpts": excerpts}


@PROPERTY_SETTINGS
@given(valid_decks())
def test_valid_decks_load_with_their_content_intact(data: dict[str, object]) -> None:
    deck = load_deck_bytes("deck.yaml", dump(data))
    excerpts = data["excerpts"]
    assert isinstance(excerpts, list)
    assert [e.id for e in deck.excerpts] == [e["id"] for e in excerpts]
    for loaded, written in zip(deck.excerpts, excerpts, strict=True):
        assert loaded.text == written["text"].strip()
        questions = written["questions"]
        assert [q.slot for q in loaded.questions] == [f"q{n}" for n in range(1, len(questions) + 1)]
        for question, source in zip(loaded.questions, questions, strict=True):
            answer = source["a"]
            if isinstance(answer, str):
                assert question.answer == answer.strip()
            else:
                assert float(question.answer) == answer


@PROPERTY_SETTINGS
@given(st.integers(2, 12), st.integers(1, 9))
def test_aliases_are_refused_exactly_when_they_expand_past_a_million_nodes(
    width: int, depth: int
) -> None:
    lines = ["id: d", "title: T", "x0: &x0 lol"]
    for level in range(1, depth + 1):
        lines.append(f"x{level}: &x{level} [{', '.join([f'*x{level - 1}'] * width)}]")
    # Nodes with aliases expanded: the root mapping, the values of id and title, and each
    # level's list, which holds `width` copies of the level below.
    sizes = [1]
    for _ in range(depth):
        sizes.append(1 + width * sizes[-1])
    expanded = 1 + 2 + sum(sizes)
    outcome = load_or_error(("\n".join(lines) + "\n").encode())
    refused = isinstance(outcome, DeckError) and any(
        "expands to more than 1,000,000" in d.message for d in outcome.diagnostics
    )
    assert refused == (expanded > 1_000_000)


# Characters that must never load, wherever they stand: every one the shared forbidden
# class holds, except lone surrogates, which cannot be written to a UTF-8 file at all,
# and the joiners and selectors that scripts need between letters ("é\u200dé" is fine).
FORBIDDEN_CHARS = [
    char
    for char in map(chr, [*range(0x3000), 0xFEFF])
    if forbidden_search(f"é{char}é") and not 0xD800 <= ord(char) <= 0xDFFF
]
# Pieces of values: escapes that decode to forbidden characters, raw characters that
# YAML itself allows, and ordinary text.
PIECES = [
    "plain",
    "two words",
    "\\e]0;x\\a",
    "\\x9b",
    "\\u202e",
    "\\0",
    "\\r",
    "\\N",
    "\\L",
    "\\t",
    "\\udc9b",
    "\u202e",
    "\u2067",
    "\u200f",
    "\u2028",
    "\x85",
    "\x1b",
    "\x00",
    "\r",
    ": ",
    "#",
]
DECK_WITH_HOLES = """\
id: d
title: {}
excerpts:
  - id: e
    page: 1
    text: {}
    questions:
      - q: {}
        a: {}
        accept: [{}]
"""


@st.composite
def written_values(draw: st.DrawFn) -> str:
    """A value as a deck author might write it: plain, quoted or a block of text."""
    text = "x" + "".join(draw(st.lists(st.sampled_from(PIECES), max_size=3)))
    style = draw(st.sampled_from(["plain", "double", "single", "block"]))
    if style == "double":
        return f'"{text}"'
    if style == "single":
        return f"'{text}'"
    if style == "block":
        return f"|\n          {text}"
    return text


def strings_in(value: object) -> Iterator[str]:
    """Every string a loaded deck holds, at any depth."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from strings_in(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from strings_in(item)


@PROPERTY_SETTINGS
@given(st.lists(written_values(), min_size=5, max_size=5))
def test_values_with_controls_give_a_deck_error_or_a_deck_without_them(
    values: list[str],
) -> None:
    text = DECK_WITH_HOLES.format(*values)
    outcome = load_or_error(text.encode("utf-8", "surrogatepass"))
    if isinstance(outcome, Deck):
        assert not any(forbidden_search(text) for text in strings_in(outcome))
    else:
        for diagnostic in outcome.diagnostics:
            assert forbidden_search(diagnostic.message) is None


def string_places(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Where a nested structure holds a string: ("value", *path) or ("key", *path)."""
    if isinstance(value, str):
        return [("value", *path)]
    places: list[tuple[object, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            places.append(("key", *path, key))
            places.extend(string_places(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            places.extend(string_places(item, (*path, index)))
    return places


def with_char_at(data: object, place: tuple[object, ...], char: str, offset: int) -> None:
    """Put `char` into the string at `place`, `offset` characters in."""
    kind, *path = place
    *parents, last = path
    container: Any = data
    for step in parents:
        container = container[step]
    if kind == "key":
        old = str(last)
        new = old[: offset % (len(old) + 1)] + char + old[offset % (len(old) + 1) :]
        container[new] = container.pop(last)
    else:
        old = container[last]
        container[last] = old[: offset % (len(old) + 1)] + char + old[offset % (len(old) + 1) :]


@PROPERTY_SETTINGS
@given(valid_decks(), st.data())
def test_a_forbidden_character_anywhere_in_a_deck_never_loads(
    data: dict[str, object], draw: st.DataObject
) -> None:
    place = draw.draw(st.sampled_from(string_places(data)))
    char = draw.draw(st.sampled_from(FORBIDDEN_CHARS))
    with_char_at(data, place, char, draw.draw(st.integers(0, 30)))
    with pytest.raises(DeckError) as caught:
        load_deck_bytes("deck.yaml", dump(data))
    code = f"U+{ord(char):04X}"
    assert any(code in diagnostic.message for diagnostic in caught.value.diagnostics)

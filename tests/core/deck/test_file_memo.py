"""Included files replayed from what an earlier compile remembered: the deck, and every
error, are those of a cold build, and only the files that changed are parsed."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.authored import Deck
from trainer.core.deck.file_memo import FileMemo, RememberedFiles
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.deck.tree_memo import pack
from trainer.core.model import DeckError

MAIN = textwrap.dedent("""\
    id: d
    title: T
    fields:
      year: {type: year}
    templates:
      - {id: where, prompt: "Where did {who} go?", answer: place}
    include: [part.yaml]
    """)
# Every kind of part an included file can add, each field of each filled in.
PART = textwrap.dedent("""\
    fields:
      height: {type: number, tolerance: 0.5, label: Height in m}
    aliases:
      Soviet Union: [USSR, the Soviets]
    templates:
      - {id: went, kind: true_false, statement: "{who} went to {place}.", swap: place, tags: [t]}
    chronology:
      - {id: order, facts: [f1, f2, f3], prompt: Order these, label: "{who}", date: year, tags: [c]}
    include: [extra.yaml]
    excerpts:
      - id: e1
        pages: 3-4
        chapter: One
        url: https://example.org/lipetsk
        title: Lipetsk
        text: "In {{c1::1926}} Hans Seeckt went to {{c2::Lipetsk}} in the Soviet Union."
        tags: [aviation]
        auto_cloze: false
        accept: {c2: [Lipeck]}
        facts:
          - id: f1
            who: Hans Seeckt
            place: {value: Lipetsk, accept: [Lipeck]}
            year: 1926
            tags: [t1]
        questions:
          - {id: q, q: Who went?, a: Hans Seeckt, accept: [Seeckt], hint: a general, tags: [x]}
          - {q: Which year?, a: "1926", type: number, tolerance: 1}
          - {q: Who went there?, a: Hans Seeckt, draw: {field: who, tags: [t1]}, choices: 3}
          - {q: Where?, a: Lipetsk, distractors: [Kazan, Tomka]}
    """)
EXTRA = textwrap.dedent("""\
    excerpts:
      - id: e2
        page: 5
        text: In 1927 Otto Hasse went to Kazan.
        facts:
          - {id: f2, who: Otto Hasse, place: Kazan, year: 1927}
          - {id: f3, who: Ernst Volkmann, place: Tomka, year: 1928}
    """)


def _load(files: Mapping[str, str], memo: FileMemo) -> tuple[Deck | str, dict[bytes, bytes]]:
    """The deck (or its errors, as text) loaded with `memo`, and what it remembers."""
    data = {Path(name): text.encode() for name, text in files.items()}
    remembered = RememberedFiles(memo)
    try:
        deck = load_deck_bytes(
            "main.yaml", data[Path("main.yaml")], reader=data.__getitem__, remembered=remembered
        )
    except DeckError as error:
        return str(error), {}
    return deck, remembered.packed()


def _cold(files: Mapping[str, str]) -> Deck | str:
    data = {Path(name): text.encode() for name, text in files.items()}
    try:
        return load_deck_bytes("main.yaml", files["main.yaml"].encode(), reader=data.__getitem__)
    except DeckError as error:
        return str(error)


FILES = {"main.yaml": MAIN, "part.yaml": PART, "extra.yaml": EXTRA}


def test_unchanged_included_files_are_replayed_and_build_the_same_deck(parsed: list[str]) -> None:
    first, memo = _load(FILES, {})
    assert isinstance(first, Deck) and len(memo) == 2  # the two included files
    edited = dict(FILES, **{"main.yaml": MAIN.replace("title: T", "title: Retitled")})
    parsed.clear()
    again, remembered = _load(edited, memo)
    assert parsed == ["main.yaml"]
    assert again == _cold(edited)
    assert remembered == memo  # kept as read, not packed again


def test_a_changed_included_file_is_built_again_and_the_others_replayed(parsed: list[str]) -> None:
    _, memo = _load(FILES, {})
    edited = dict(FILES, **{"extra.yaml": EXTRA.replace("Kazan", "Tomka")})
    parsed.clear()
    again, remembered = _load(edited, memo)
    assert parsed == ["main.yaml", "extra.yaml"]
    assert again == _cold(edited)
    assert len(remembered) == 2 and len(set(remembered) & set(memo)) == 1


# Each edit makes a file that changed clash with one that did not, or leaves one that
# did not naming what is gone: the errors are those a cold build reports.
CLASHES = {
    "excerpt id, the replayed file first": ("extra.yaml", "id: e2", "id: e1"),
    "fact id": ("extra.yaml", "id: f2,", "id: f1,"),
    "template id": ("main.yaml", "id: where", "id: went"),
    "excerpt id against a chronology's": ("extra.yaml", "id: e2", "id: order"),
    "field declared twice": ("main.yaml", "year: {type: year}", "height: {type: number}"),
    "aliases declared twice": (
        "main.yaml",
        "include:",
        "aliases:\n  soviet union: [USSR]\ninclude:",
    ),
    "a chronology's fact gone": ("extra.yaml", "id: f2,", "id: f4,"),
}


@pytest.mark.parametrize("changed, old, new", CLASHES.values(), ids=CLASHES.keys())
def test_a_clash_with_a_replayed_file_is_reported_as_a_cold_build_reports_it(
    changed: str, old: str, new: str
) -> None:
    _, memo = _load(FILES, {})
    assert old in FILES[changed]
    edited = dict(FILES, **{changed: FILES[changed].replace(old, new, 1)})
    reused, remembered = _load(edited, memo)
    cold = _cold(edited)
    assert isinstance(cold, str) and reused == cold
    assert remembered == {}  # a deck that does not load leaves nothing


def test_damaged_parts_are_built_again(parsed: list[str]) -> None:
    _, memo = _load(FILES, {})
    damaged = {key: pack(("not", "parts")) for key in memo} | {b"?" * 16: b"not packed"}
    parsed.clear()
    again, remembered = _load(FILES, damaged)
    assert parsed == ["main.yaml", "part.yaml", "extra.yaml"]
    assert again == _cold(FILES) and remembered == memo


def test_a_file_moved_to_another_path_is_built_again(parsed: list[str]) -> None:
    # Its parts hold its path in every place: replayed from another path, they would lie.
    _, memo = _load(FILES, {})
    moved = dict(FILES, **{"part.yaml": PART.replace("extra.yaml", "more.yaml")})
    moved["more.yaml"] = moved.pop("extra.yaml")
    parsed.clear()
    again, _ = _load(moved, memo)
    assert parsed == ["main.yaml", "part.yaml", "more.yaml"]
    assert again == _cold(moved)


IDS = ["a", "b", "c"]


@st.composite
def chapters(draw: st.DrawFn) -> str:
    """A chapter: excerpts and facts whose ids may clash with another chapter's, perhaps
    a field or aliases, perhaps a chronology naming facts that may not exist."""
    lines = []
    if draw(st.booleans()):
        lines += ["fields:", f"  {draw(st.sampled_from(['height', 'depth']))}: {{type: number}}"]
    if draw(st.booleans()):
        lines += ["aliases:", f"  {draw(st.sampled_from(['Kazan', 'Lipetsk']))}: [K]"]
    if draw(st.booleans()):
        facts = draw(st.lists(st.sampled_from(IDS), min_size=3, max_size=3))
        lines += ["chronology:", f"  - {{id: {draw(st.sampled_from(IDS))}, facts: {facts}}}"]
    lines.append("excerpts:")
    for ident in draw(st.lists(st.sampled_from(IDS), max_size=3)):
        fact = draw(st.sampled_from(IDS))
        lines += [
            f"  - id: {ident}",
            f"    page: {draw(st.integers(1, 9))}",
            f"    text: In 1926 {ident} went to {draw(st.sampled_from(['Kazan', 'Lipetsk']))}.",
            f"    facts: [{{id: {fact}, who: {ident}, place: Kazan}}]",
        ]
    return "\n".join(lines) + "\n"


@settings(max_examples=120, deadline=None)
@given(
    one=chapters(), two=chapters(), edit=st.sampled_from(["one.yaml", "two.yaml"]), new=chapters()
)
def test_random_edits_load_as_a_cold_build_does(one: str, two: str, edit: str, new: str) -> None:
    main = "id: d\ntitle: T\ninclude: [one.yaml, two.yaml]\n"
    files = {"main.yaml": main, "one.yaml": one, "two.yaml": two}
    first, memo = _load(files, {})
    assert first == _cold(files)
    edited = dict(files, **{edit: new})
    reused, _ = _load(edited, memo)
    assert reused == _cold(edited)


def test_parts_that_plain_values_cannot_hold_are_not_remembered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A model field of a new kind, which the codec does not convert, reaches the packer
    # as it is: the file is built again next time rather than the compile failing.
    from types import MappingProxyType

    from trainer.core.deck import file_memo

    monkeypatch.setattr(file_memo, "parts_to_plain", lambda parts: (MappingProxyType({}),))
    deck, memo = _load(FILES, {})
    assert deck == _cold(FILES) and memo == {}

"""Tests of loading valid decks: every key of the format lands in the right model field."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from trainer.core.authored import Deck, FieldSpec, TemplateKind
from trainer.core.deck.loader import inferred_field_type, load_deck, load_deck_bytes
from trainer.core.model import AnswerType, BookSource, DeckDefaults, DeckError, Location, SourceRef

DOCS = Path(__file__).resolve().parents[3] / "docs" / "deck-format.md"


def write(directory: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def load_text(text: str) -> Deck:
    return load_deck_bytes("deck.yaml", textwrap.dedent(text).encode("utf-8"))


def one_excerpt(body: str) -> Deck:
    """A deck with one excerpt whose keys, after `id`, are `body` (indented by 4)."""
    indented = textwrap.indent(textwrap.dedent(body), "    ")
    return load_text(f"id: d\ntitle: T\nexcerpts:\n  - id: e\n{indented}")


FULL_DECK = """\
format: 1
id: full-deck
title: "  Full deck  "
description: Every key of the format.
author: A. Author
license: CC-BY-4.0
version: "1.2.0"
source:
  title: How Hitler Came To Power
  author: Sara Moore
  edition: 2
  year: 1991
  publisher: Pub
  url: https://example.org/book
tags: [history, weimar]
defaults:
  new_per_day: 10
  reviews_per_day: 100
  choices: 3
  auto_cloze: true
  auto_cloze_max: 7
  typo_tolerance: 0.25
fields:
  year: {label: Year}
  amount: {type: number, tolerance: 5, label: Amount}
templates:
  - id: where
    prompt: Where was {what}?
    answer: where
    tags: [t]
  - id: where-choice
    kind: choice
    prompt: Where was {what}?
    answer: where
    choices: 3
  - id: tf
    kind: true_false
    statement: "{what} was at {where}."
    swap: where
chronology:
  - id: order
    facts: [f1, f2, f3]
    label: "{what}"
    date: year
    prompt: Order these.
    tags: [c]
excerpts:
  - id: e1
    title: Schools
    page: 128
    chapter: 5
    url: https://example.org/p128
    tags: [x]
    auto_cloze: false
    text: |
      Line one.
      Line two.
    facts:
      - id: f1
        tags: [ft]
        what: aviation school
        where: Lipetsk
        year: 1926
        amount: 2.50
    questions:
      - q: How many?
        a: 50000
        accept: ["50,000", 5.0e+4]
        type: number
        tolerance: 10
        hint: a number
        distractors: [1, two]
        draw: where
        choices: 5
        id: amount
        tags: [qt]
      - q: "  Second?  "
        a: 1.5
  - id: e2
    pages: 139-142, 192
    text: Second.
    facts:
      - {id: f2, what: tank school, where: Kazan, year: 1927}
      - {id: f3, what: gas school, where: Tomka, year: 1928}
"""


def test_every_key_of_the_format_lands_in_the_model() -> None:
    deck = load_text(FULL_DECK)
    assert (deck.id, deck.title, deck.description) == (
        "full-deck",
        "Full deck",
        "Every key of the format.",
    )
    assert (deck.author, deck.license, deck.version) == ("A. Author", "CC-BY-4.0", "1.2.0")
    assert deck.location == Location("deck.yaml", 1, 1)
    assert deck.source == BookSource(
        title="How Hitler Came To Power",
        author="Sara Moore",
        edition="2",
        year="1991",
        publisher="Pub",
        url="https://example.org/book",
    )
    assert deck.tags == ("history", "weimar")
    assert deck.defaults == DeckDefaults(
        new_per_day=10,
        reviews_per_day=100,
        choices=3,
        auto_cloze=True,
        auto_cloze_max=7,
        typo_tolerance=0.25,
    )
    assert dict(deck.fields) == {
        "year": FieldSpec("year", AnswerType.YEAR, 0.0, "Year"),
        "amount": FieldSpec("amount", AnswerType.NUMBER, 5.0, "Amount"),
    }

    where, choice, true_false = deck.templates
    assert (where.id, where.kind, where.prompt, where.answer, where.tags) == (
        "where",
        TemplateKind.TEXT,
        "Where was {what}?",
        "where",
        ("t",),
    )
    assert where.location == Location("deck.yaml", 27, 5)
    assert (choice.kind, choice.choices) == (TemplateKind.CHOICE, 3)
    assert (true_false.kind, true_false.statement, true_false.swap) == (
        TemplateKind.TRUE_FALSE,
        "{what} was at {where}.",
        "where",
    )

    (order,) = deck.chronologies
    assert (order.id, order.fact_ids, order.label, order.date_field, order.prompt) == (
        "order",
        ("f1", "f2", "f3"),
        "{what}",
        "year",
        "Order these.",
    )
    assert order.tags == ("c",)

    first, second = deck.excerpts
    assert first.id == "e1"
    assert first.title == "Schools"
    assert first.source == SourceRef(pages="128", chapter="5", url="https://example.org/p128")
    assert first.tags == ("x",)
    assert first.auto_cloze is False
    assert first.text == "Line one.\nLine two."
    assert first.location == Location("deck.yaml", 48, 5)

    (fact,) = first.facts
    assert (fact.id, fact.excerpt_id, fact.tags) == ("f1", "e1", ("ft",))
    assert dict(fact.values) == {
        "what": "aviation school",
        "where": "Lipetsk",
        "year": "1926",
        "amount": "2.50",  # as written: its last digit may be a measure's precision
    }
    assert fact.field_locations["where"] == Location("deck.yaml", 62, 16)
    assert list(fact.field_locations) == ["what", "where", "year", "amount"]

    amount, plain = first.questions
    assert amount.slot == "amount"
    assert (amount.prompt, amount.answer, amount.accept) == (
        "How many?",
        "50000",
        ("50,000", "50000"),
    )
    assert (amount.type, amount.tolerance, amount.hint) == (AnswerType.NUMBER, 10.0, "a number")
    assert (amount.distractors, amount.draw, amount.choices) == (("1", "two"), "where", 5)
    assert amount.tags == ("qt",)
    assert amount.is_choice
    assert (plain.slot, plain.prompt, plain.answer, plain.type) == ("q2", "Second?", "1.5", None)
    assert plain.location == Location("deck.yaml", 77, 9)

    assert second.source == SourceRef(pages="139–142, 192")
    assert [fact.id for fact in second.facts] == ["f2", "f3"]
    assert deck.files == ("deck.yaml",)
    assert re.fullmatch(r"[0-9a-f]{64}", deck.content_hash)


def test_a_minimal_deck_takes_the_model_defaults() -> None:
    deck = load_text("id: d\ntitle: T\n")
    assert deck.defaults == DeckDefaults()
    assert deck.defaults.auto_cloze == "plain"
    assert (deck.source, deck.tags, deck.excerpts, deck.templates) == (None, (), (), ())
    assert dict(deck.fields) == {}


@pytest.mark.parametrize(
    ("citation", "source"),
    [
        ("page: 128", SourceRef(pages="128")),
        ("page: 128-129", SourceRef(pages="128–129")),
        ("pages: 128-129", SourceRef(pages="128–129")),
        ("pages: 139-142, 192", SourceRef(pages="139–142, 192")),
        ("pages: 201 & 211", SourceRef(pages="201 & 211")),
        ("pages: xii-xiv", SourceRef(pages="xii-xiv")),
        # The word for a page: a card writes its own "p." ("p. p. 212").
        ("page: p. 212", SourceRef(pages="212")),
        ("pages: pp. 45-47", SourceRef(pages="45–47")),
        ("page: Page 12", SourceRef(pages="12")),
        ("page: paper 3", SourceRef(pages="paper 3")),
        ("chapter: 5", SourceRef(chapter="5")),
        ("chapter: 0", SourceRef(chapter="0")),
        ("chapter: Rapallo", SourceRef(chapter="Rapallo")),
        ("url: https://example.org/a-1", SourceRef(url="https://example.org/a-1")),
    ],
)
def test_citations_are_stored_as_they_are_cited(citation: str, source: SourceRef) -> None:
    deck = one_excerpt(f"text: t\n{citation}\n")
    assert deck.excerpts[0].source == source


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("1926", "1926"),
        ("'1926'", "1926"),
        # Digits as written, not as YAML reads them: a version, a price, a time.
        ("2.0", "2.0"),
        ("2.50", "2.50"),
        ("0.1", "0.1"),
        ("-3", "-3"),
        ("9:45", "9:45"),  # not base 60's 585
        ("1:30:00", "1:30:00"),
        ("0410", "0410"),  # not octal's 264
        ("1_000", "1000"),
        ("0x1F", "31"),
        ("Rheinmetall  ", "Rheinmetall"),
    ],
)
def test_answers_of_any_scalar_type_are_stored_as_text(written: str, stored: str) -> None:
    deck = one_excerpt(f"text: t\npage: 1\nquestions:\n  - q: Q\n    a: {written}\n")
    assert deck.excerpts[0].questions[0].answer == stored


def test_question_slots_are_ids_or_positions() -> None:
    deck = one_excerpt(
        """\
        text: t
        page: 1
        questions:
          - {q: A, a: a}
          - {q: B, a: b, id: named}
          - {q: C, a: c}
        """
    )
    assert [q.slot for q in deck.excerpts[0].questions] == ["q1", "named", "q3"]


@pytest.mark.parametrize(
    ("written", "stored"), [("true", True), ("false", False), ("plain", "plain")]
)
def test_deck_auto_cloze_takes_true_false_or_plain(written: str, stored: bool | str) -> None:
    deck = load_text(f"id: d\ntitle: T\ndefaults:\n  auto_cloze: {written}\n")
    assert deck.defaults.auto_cloze == stored


def test_undeclared_fields_are_left_out_and_declared_ones_default_by_name() -> None:
    deck = load_text(
        """\
        id: d
        title: T
        fields:
          year: {label: Year}
          date: {}
          who: {tolerance: 1}
        """
    )
    assert {name: spec.type for name, spec in deck.fields.items()} == {
        "year": AnswerType.YEAR,
        "date": AnswerType.DATE,
        "who": AnswerType.TEXT,
    }
    assert inferred_field_type("year") is AnswerType.YEAR
    assert inferred_field_type("where") is AnswerType.TEXT


def test_chronology_defaults_match_the_format() -> None:
    deck = load_text(
        """\
        id: d
        title: T
        chronology:
          - {id: c, facts: [a, b, c]}
        excerpts:
          - id: e
            page: 1
            text: t
            facts: [{id: a, year: 1}, {id: b, year: 2}, {id: c, year: 3}]
        """
    )
    (chronology,) = deck.chronologies
    assert chronology.prompt == "Put these events in order, earliest first."
    assert chronology.label == "{event}"
    assert chronology.date_field is None


def test_digits_alone_make_a_slug() -> None:
    deck = one_excerpt("text: t\npage: 1\n").excerpts[0]
    assert deck.id == "e"
    assert load_text("id: 1926\ntitle: T\n").id == "1926"


def test_text_location_points_at_the_text_value() -> None:
    deck = one_excerpt("page: 1\ntext: In {{c1::1926}} it began.\n")
    excerpt = deck.excerpts[0]
    assert excerpt.text_location == Location("deck.yaml", 6, 11)
    assert excerpt.text_inline
    block = one_excerpt("page: 1\ntext: >\n  Folded\n  text.\n").excerpts[0]
    assert block.text == "Folded text."
    assert block.text_location == Location("deck.yaml", 6, 11)
    assert not block.text_inline


def test_includes_join_depth_first_after_the_including_files_items(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "course/deck.yaml": """\
                id: course
                title: Course
                include: [chapters/one.yaml, two.yaml]
                excerpts:
                  - {id: main, page: 1, text: t}
                templates:
                  - {id: t-main, prompt: "{a}?", answer: a}
                """,
            "course/chapters/one.yaml": """\
                include: [deeper/three.yaml]
                excerpts:
                  - {id: one, page: 1, text: t}
                """,
            "course/chapters/deeper/three.yaml": """\
                excerpts:
                  - {id: three, page: 1, text: t}
                templates:
                  - {id: t-three, prompt: "{a}?", answer: a}
                fields:
                  a: {type: number}
                chronology:
                  - {id: chrono, facts: [f1, f2, f3]}
                """,
            "course/two.yaml": """\
                excerpts:
                  - id: two
                    page: 1
                    text: t
                    facts: [{id: f1, a: 1}, {id: f2, a: 2}, {id: f3, a: 3}]
                """,
        },
    )
    deck = load_deck(tmp_path / "course" / "deck.yaml")
    assert [e.id for e in deck.excerpts] == ["main", "one", "three", "two"]
    assert [t.id for t in deck.templates] == ["t-main", "t-three"]
    assert [c.id for c in deck.chronologies] == ["chrono"]
    assert deck.fields["a"].type is AnswerType.NUMBER
    root = tmp_path / "course"
    assert deck.files == tuple(
        str(root / name)
        for name in ("deck.yaml", "chapters/one.yaml", "chapters/deeper/three.yaml", "two.yaml")
    )
    three = deck.excerpts[2]
    assert three.location == Location(str(root / "chapters/deeper/three.yaml"), 2, 5)


def test_relative_paths_stay_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        {
            "deck.yaml": "id: d\ntitle: T\ninclude: [parts/a.yaml]\n",
            "parts/a.yaml": "excerpts:\n  - {id: a, page: 1, text: t}\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    deck = load_deck("deck.yaml")
    assert deck.files == ("deck.yaml", "parts/a.yaml")
    assert deck.excerpts[0].location.path == "parts/a.yaml"


def test_an_injected_reader_serves_every_file() -> None:
    files = {
        Path("lib/a.yaml"): b"excerpts:\n  - {id: a, page: 1, text: t}\ninclude: [b.yaml]\n",
        Path("lib/b.yaml"): b"excerpts:\n  - {id: b, page: 1, text: t}\n",
    }
    asked: list[Path] = []

    def reader(path: Path) -> bytes:
        asked.append(path)
        return files[path]

    deck = load_deck_bytes("main.yaml", b"id: d\ntitle: T\ninclude: [lib/a.yaml]\n", reader=reader)
    assert [e.id for e in deck.excerpts] == ["a", "b"]
    assert asked == [Path("lib/a.yaml"), Path("lib/b.yaml")]
    assert deck.files == ("main.yaml", "lib/a.yaml", "lib/b.yaml")


def test_load_deck_reads_through_the_injected_reader() -> None:
    deck = load_deck("virtual/deck.yaml", reader=lambda path: b"id: v\ntitle: Virtual\n")
    assert (deck.id, deck.files) == ("v", ("virtual/deck.yaml",))


def test_the_content_hash_follows_content_not_location(tmp_path: Path) -> None:
    files = {
        "deck.yaml": "id: d\ntitle: T\ninclude: [c/a.yaml]\n",
        "c/a.yaml": "excerpts:\n  - {id: a, page: 1, text: t}\n",
    }
    write(tmp_path / "one", files)
    write(tmp_path / "two", files)
    first = load_deck(tmp_path / "one" / "deck.yaml").content_hash
    assert load_deck(tmp_path / "two" / "deck.yaml").content_hash == first
    (tmp_path / "two" / "c" / "a.yaml").write_text(files["c/a.yaml"].replace("t}", "u}"))
    assert load_deck(tmp_path / "two" / "deck.yaml").content_hash != first


def test_a_byte_order_mark_is_accepted() -> None:
    assert load_deck_bytes("deck.yaml", b"\xef\xbb\xbfid: d\ntitle: T\n").id == "d"


def doc_decks() -> list[tuple[str, dict[str, str]]]:
    """Every deck example of the format's documentation, with the files it includes."""
    blocks = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    decks: list[tuple[str, dict[str, str]]] = []
    pending: dict[str, str] = {}
    for block in blocks:
        named = re.match(r"# file: (\S+)\n", block)
        if named:
            pending[named.group(1)] = block
            continue
        decks.append((block, pending))
        pending = {}
    return decks


@pytest.mark.parametrize(("deck_text", "others"), doc_decks())
def test_every_example_of_the_documentation_loads(
    tmp_path: Path, deck_text: str, others: dict[str, str]
) -> None:
    write(tmp_path, {**others, "deck.yaml": deck_text})
    deck = load_deck(tmp_path / "deck.yaml")
    assert deck.excerpts or deck.templates
    assert len(deck.files) == 1 + len(others)


def test_the_documentation_has_examples_to_test() -> None:
    decks = doc_decks()
    assert len(decks) >= 10
    assert any(others for _, others in decks)


def test_a_fact_value_with_accepted_answers_loads_as_its_value() -> None:
    deck = one_excerpt(
        """\
        page: 1
        text: t
        facts:
          - id: gagarin
            who: {value: Yuri Gagarin, accept: [Gagarin, 1961]}
            year: {value: 1961}
            what: the first person in orbit
        """
    )
    (fact,) = deck.excerpts[0].facts
    assert dict(fact.values) == {
        "who": "Yuri Gagarin",
        "year": "1961",
        "what": "the first person in orbit",
    }
    assert list(fact.values) == ["who", "year", "what"]
    assert dict(fact.accepts) == {"who": ("Gagarin", "1961"), "year": ()}
    assert fact.field_locations["who"] == Location("deck.yaml", 9, 22)


def test_a_draw_filter_loads_its_field_and_tags() -> None:
    deck = one_excerpt(
        """\
        page: 1
        text: t
        questions:
          - {q: Who?, a: Yuri Gagarin, draw: {field: who, tags: [cosmonaut, person]}}
          - {q: Who?, a: Yuri Gagarin, draw: who}
        """
    )
    filtered, plain = deck.excerpts[0].questions
    assert (filtered.draw, filtered.draw_tags) == ("who", ("cosmonaut", "person"))
    assert (plain.draw, plain.draw_tags) == ("who", ())
    assert filtered.is_choice


def test_cloze_accepted_answers_and_the_title_place_load() -> None:
    deck = one_excerpt(
        """\
        page: 1
        title: Schools
        text: At {{c1::Lipetsk}} and {{c2::Kazan}}.
        accept:
          c1: [Lipeck, Lipezk]
          c2: [Qazan]
        """
    )
    excerpt = deck.excerpts[0]
    assert dict(excerpt.cloze_accept) == {1: ("Lipeck", "Lipezk"), 2: ("Qazan",)}
    assert excerpt.cloze_accept_locations[2] == Location("deck.yaml", 10, 7)
    assert excerpt.title_location == Location("deck.yaml", 6, 12)


def test_aliases_load_from_the_deck_and_its_included_files() -> None:
    files = {Path("part.yaml"): b"aliases:\n  Lipetsk: [Lipeck]\n"}
    deck = load_deck_bytes(
        "deck.yaml",
        b"id: d\ntitle: T\naliases:\n  Soviet Union: [USSR, the Soviets]\ninclude: [part.yaml]\n",
        reader=files.__getitem__,
    )
    assert dict(deck.aliases) == {"Soviet Union": ("USSR", "the Soviets"), "Lipetsk": ("Lipeck",)}


def test_a_value_given_aliases_twice_is_an_error() -> None:
    files = {Path("part.yaml"): b"aliases:\n  soviet union!: [Soviets]\n"}
    with pytest.raises(DeckError) as caught:
        load_deck_bytes(
            "deck.yaml",
            b"id: d\ntitle: T\naliases:\n  Soviet Union: [USSR]\ninclude: [part.yaml]\n",
            reader=files.__getitem__,
        )
    assert [str(d) for d in caught.value.diagnostics] == [
        "part.yaml:2:3: error: aliases of 'soviet union!' are declared twice (first at deck.yaml:4)"
    ]

"""Tests of the format's tables and the JSON Schema made from them, against the loader."""

from __future__ import annotations

import copy
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from trainer.core.deck.loader import load_deck_bytes
from trainer.core.deck.schema import OBJECTS, chapter_json_schema, deck_json_schema
from trainer.core.deck.yaml_source import parse_yaml
from trainer.core.deck.yaml_tree import YamlMapping, YamlNode, YamlScalar, YamlSequence
from trainer.core.model import DeckError

DOCS = Path(__file__).resolve().parents[3] / "docs" / "deck-format.md"

DECK_VALIDATOR = jsonschema.Draft202012Validator(deck_json_schema())
CHAPTER_VALIDATOR = jsonschema.Draft202012Validator(chapter_json_schema())


def plain(node: YamlNode | None) -> Any:
    """A tree as JSON-like data, read the loader's way (so dates stay strings)."""
    if isinstance(node, YamlMapping):
        return {key: plain(entry.value) for key, entry in node.entries.items()}
    if isinstance(node, YamlSequence):
        return [plain(item) for item in node.items]
    assert isinstance(node, YamlScalar)
    return node.value


def read(text: str) -> Any:
    document = parse_yaml(text.encode("utf-8"), "deck.yaml")
    assert document.errors == []
    return plain(document.root)


def schema_errors(
    data: Any, validator: jsonschema.Draft202012Validator = DECK_VALIDATOR
) -> list[str]:
    return [error.message for error in validator.iter_errors(data)]


def test_both_schemas_are_valid_draft_2020_12_and_plain_json() -> None:
    for schema in (deck_json_schema(), chapter_json_schema()):
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert json.loads(json.dumps(schema)) == schema
    assert deck_json_schema()["title"] == "trainer deck"
    assert deck_json_schema()["required"] == ["id", "title"]


def test_every_object_forbids_unknown_keys_except_a_facts_fields() -> None:
    definitions = deck_json_schema()["$defs"]
    assert isinstance(definitions, dict)
    for name, definition in definitions.items():
        if name == "fact":
            forms = definition["additionalProperties"]["anyOf"]
            assert forms[0]["type"] == ["string", "number"]
            assert forms[1] == {"$ref": "#/$defs/fact_value"}
        else:
            assert definition["additionalProperties"] is False, name


def test_every_property_has_a_description() -> None:
    definitions = deck_json_schema()["$defs"]
    assert isinstance(definitions, dict)
    for name, definition in definitions.items():
        assert definition["description"], name
        for key, prop in definition["properties"].items():
            assert prop["description"], f"{name}.{key}"


def test_schema_properties_are_the_keys_of_the_loaders_tables() -> None:
    definitions = deck_json_schema()["$defs"]
    assert isinstance(definitions, dict)
    assert set(definitions) == set(OBJECTS)
    for name, spec in OBJECTS.items():
        assert set(definitions[name]["properties"]) == set(spec.keys), name
        required = [key for key, value in spec.keys.items() if value.required]
        assert definitions[name].get("required", []) == required, name


# Written out by hand from docs/deck-format.md, so that a key dropped from the tables fails.
DOCUMENTED_KEYS = {
    "deck": {
        "format", "id", "title", "description", "author", "license", "version", "source",
        "tags", "defaults", "fields", "templates", "chronology", "aliases", "include",
        "excerpts",
    },
    "defaults": {
        "new_per_day", "reviews_per_day", "choices", "auto_cloze", "auto_cloze_max",
        "typo_tolerance", "bury_siblings",
    },
    "excerpt": {
        "id", "text", "title", "page", "pages", "chapter", "url", "tags", "auto_cloze",
        "facts", "questions", "accept",
    },
    "question": {
        "q", "a", "accept", "type", "tolerance", "hint", "distractors", "draw", "choices",
        "id", "tags",
    },
    "template": {"id", "kind", "prompt", "answer", "statement", "swap", "choices", "tags"},
    "chronology": {"id", "facts", "label", "date", "prompt", "tags"},
    "source": {"title", "author", "edition", "year", "publisher", "url"},
    "field": {"type", "tolerance", "label"},
    "fact": {"id", "tags"},
    "fact_value": {"value", "accept"},
    "draw_filter": {"field", "tags"},
    "included_file": {"excerpts", "templates", "fields", "chronology", "aliases", "include"},
}  # fmt: skip


def test_the_documented_keys_are_the_schemas_properties() -> None:
    definitions = deck_json_schema()["$defs"]
    assert isinstance(definitions, dict)
    assert {name: set(d["properties"]) for name, d in definitions.items()} == DOCUMENTED_KEYS


BASE_DECK: dict[str, Any] = {
    "id": "d",
    "title": "T",
    "source": {"title": "S"},
    "defaults": {},
    "fields": {"f": {}},
    "templates": [{"id": "t", "prompt": "P", "answer": "a"}],
    "chronology": [{"id": "c", "facts": ["x", "y", "z"]}],
    "include": ["part.yaml"],
    "excerpts": [
        {
            "id": "e",
            "page": 1,
            "text": "t",
            "facts": [{"id": "x", "who": {"value": "V"}}, {"id": "y"}, {"id": "z"}],
            "questions": [{"q": "Q", "a": "A"}, {"q": "Q", "a": "A", "draw": {"field": "who"}}],
        }
    ],
}


def place(deck: dict[str, Any], part: dict[str, Any], object_name: str) -> dict[str, Any]:
    """The mapping in which an object of this kind sits, in BASE_DECK or its included part."""
    excerpt = deck["excerpts"][0]
    places: dict[str, dict[str, Any]] = {
        "deck": deck,
        "included_file": part,
        "source": deck["source"],
        "defaults": deck["defaults"],
        "field": deck["fields"]["f"],
        "template": deck["templates"][0],
        "chronology": deck["chronology"][0],
        "excerpt": excerpt,
        "fact": excerpt["facts"][0],
        "fact_value": excerpt["facts"][0]["who"],
        "question": excerpt["questions"][0],
        "draw_filter": excerpt["questions"][1]["draw"],
    }
    return places[object_name]


def loader_messages(deck: dict[str, Any], part: dict[str, Any]) -> list[str]:
    files = {Path("part.yaml"): yaml.safe_dump(part).encode()}
    try:
        load_deck_bytes("deck.yaml", yaml.safe_dump(deck).encode(), reader=files.__getitem__)
    except DeckError as error:
        return [d.message for d in error.diagnostics]
    return []


def test_the_base_deck_is_valid_for_both() -> None:
    assert loader_messages(BASE_DECK, {}) == []
    assert schema_errors(BASE_DECK) == []


@pytest.mark.parametrize(
    ("object_name", "key"),
    [(name, key) for name, spec in OBJECTS.items() for key in spec.keys],
)
def test_the_loader_accepts_every_key_the_schema_lists(object_name: str, key: str) -> None:
    deck, part = copy.deepcopy(BASE_DECK), dict[str, Any]()
    place(deck, part, object_name)[key] = None
    messages = loader_messages(deck, part)
    assert not [m for m in messages if f"field '{key}'" in m and "unknown" in m]
    assert not [m for m in messages if "is not allowed in" in m]


@pytest.mark.parametrize("object_name", sorted(set(OBJECTS) - {"fact"}))
def test_the_loader_refuses_a_key_the_schema_does_not_list(object_name: str) -> None:
    deck, part = copy.deepcopy(BASE_DECK), dict[str, Any]()
    place(deck, part, object_name)["zz_not_a_key"] = 1
    assert any("unknown field 'zz_not_a_key'" in m for m in loader_messages(deck, part))
    if object_name != "included_file":
        assert schema_errors(deck) != []


def doc_examples() -> list[tuple[str, bool]]:
    """Every YAML block of the documentation; True for included files."""
    blocks = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    return [(block, block.startswith("# file: ")) for block in blocks]


@pytest.mark.parametrize(("text", "included"), doc_examples())
def test_every_documented_example_validates_against_its_schema(text: str, included: bool) -> None:
    validator = CHAPTER_VALIDATOR if included else DECK_VALIDATOR
    assert schema_errors(read(text), validator) == []


# Decks both the schema and the loader must refuse: the rules a JSON Schema can state.
HEAD = "id: d\ntitle: T\n"
EXCERPT = HEAD + "excerpts:\n  - {id: e, page: 1, text: t, "
TEMPLATE = HEAD + "templates:\n  - {id: t, "
REFUSED = {
    "missing title": "id: d\n",
    "bad slug": "id: Deck\ntitle: T\n",
    "format 2": HEAD + "format: 2\n",
    "choices 9": HEAD + "defaults: {choices: 9}\n",
    "auto_cloze 1": HEAD + "defaults: {auto_cloze: 1}\n",
    "typo tolerance 2": HEAD + "defaults: {typo_tolerance: 2}\n",
    "page and pages": HEAD + "excerpts: [{id: e, page: 1, pages: 1-2, text: t}]\n",
    "no citation": HEAD + "excerpts: [{id: e, text: t}]\n",
    "page 0": HEAD + "excerpts: [{id: e, page: 0, text: t}]\n",
    "blank text": HEAD + "excerpts: [{id: e, page: 1, text: ' '}]\n",
    "fact list value": EXCERPT + "facts: [{id: f, a: []}]}\n",
    "fact field name": EXCERPT + "facts: [{id: f, 1a: x}]}\n",
    "answer boolean": EXCERPT + "questions: [{q: Q, a: yes}]}\n",
    "true_false without swap": TEMPLATE + "kind: true_false, statement: S}\n",
    "text template without answer": TEMPLATE + "prompt: P}\n",
    "prompt on true_false": TEMPLATE + "kind: true_false, statement: S, swap: w, prompt: P}\n",
    "choices on text template": TEMPLATE + "prompt: P, answer: a, choices: 3}\n",
    "two facts": HEAD + "chronology: [{id: c, facts: [a, b]}]\n",
    "repeated fact": HEAD + "chronology: [{id: c, facts: [a, b, a]}]\n",
    "field name key": HEAD + "fields: {2x: {type: year}}\n",
    "field type": HEAD + "fields: {x: {type: person}}\n",
    "tags mapping": HEAD + "tags: {a: 1}\n",
    "fact value without value": EXCERPT + "facts: [{id: f, a: {accept: [x]}}]}\n",
    "fact value accept string": EXCERPT + "facts: [{id: f, a: {value: v, accept: x}}]}\n",
    "draw list": EXCERPT + "questions: [{q: Q, a: A, draw: [who]}]}\n",
    "draw filter without field": EXCERPT + "questions: [{q: Q, a: A, draw: {tags: [t]}}]}\n",
    "cloze accept key": EXCERPT + "accept: {first: [x]}}\n",
    "cloze accept c0": EXCERPT + "accept: {c0: [x]}}\n",
    "cloze accept string": EXCERPT + "accept: {c1: x}}\n",
    "aliases list": HEAD + "aliases: [USSR]\n",
    "aliases string": HEAD + "aliases: {Soviet Union: USSR}\n",
}


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
def test_schema_and_loader_refuse_the_same_mistakes(text: str) -> None:
    assert schema_errors(read(text)) != []
    with pytest.raises(DeckError):
        load_deck_bytes("deck.yaml", text.encode())


def test_the_chapter_schema_refuses_deck_metadata() -> None:
    assert schema_errors({"title": "T", "excerpts": []}, CHAPTER_VALIDATOR) != []
    assert schema_errors({"excerpts": [], "include": ["x.yaml"]}, CHAPTER_VALIDATOR) == []


def test_a_template_of_the_default_kind_needs_prompt_and_answer_in_the_schema() -> None:
    deck = read(
        textwrap.dedent(
            """\
            id: d
            title: T
            templates:
              - {id: t, statement: S, swap: w}
            """
        )
    )
    messages = schema_errors(deck)
    assert any("'prompt' is a required property" in m for m in messages)
    assert any("'answer' is a required property" in m for m in messages)


@pytest.mark.parametrize(
    ("where", "length", "refused"),
    [("a", 1_000, False), ("a", 1_001, True), ("q", 5_000, False), ("q", 5_001, True)],
)
def test_the_schema_and_the_loader_bound_an_answer_and_a_question_alike(
    where: str, length: int, refused: bool
) -> None:
    question = {"q": "Who signed it?", "a": "Rathenau"}
    question[where] = ("word " * length)[: length - 1] + "x"
    data = {"id": "d", "title": "T", "excerpts": [{"id": "e", "page": 1, "text": "t"}]}
    data["excerpts"][0]["questions"] = [question]  # type: ignore[index]
    assert bool(schema_errors(data)) is refused
    text = yaml.safe_dump(data, width=10_000)
    if not refused:
        load_deck_bytes("deck.yaml", text.encode("utf-8"))
        return
    with pytest.raises(DeckError, match=f"is {length:,} characters long"):
        load_deck_bytes("deck.yaml", text.encode("utf-8"))

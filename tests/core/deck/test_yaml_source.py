"""Tests of the YAML layer: positioned trees, scalar typing, and every file-level error."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.deck.includes import MAX_FILE_BYTES, read_capped
from trainer.core.deck.long_runs import has_long_run
from trainer.core.deck.yaml_source import (
    YamlDocument,
    decode_utf8,
    parse_yaml,
    position_of,
)
from trainer.core.deck.yaml_tree import (
    MAX_DEPTH,
    MAX_NODES,
    YamlInvalid,
    YamlMapping,
    YamlNode,
    YamlScalar,
    YamlSequence,
)
from trainer.core.model import MAX_WORD_LENGTH


def parse(text: str) -> YamlDocument:
    return parse_yaml(text.encode("utf-8"), "deck.yaml")


def tree(text: str) -> YamlNode:
    document = parse(text)
    assert document.errors == []
    assert document.root is not None
    return document.root


def errors(text: str | bytes) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return [str(diagnostic) for diagnostic in parse_yaml(data, "deck.yaml").errors]


def mapping(node: YamlNode | None) -> YamlMapping:
    assert isinstance(node, YamlMapping)
    return node


def scalar(node: YamlNode) -> YamlScalar:
    assert isinstance(node, YamlScalar)
    return node


def value_of(text: str) -> object:
    return scalar(mapping(tree(f"v: {text}\n")).entries["v"].value).value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", "hello"),
        ("'123'", "123"),
        ("123", 123),
        ("0x1F", 31),
        ("1_000", 1000),
        ("-7", -7),
        ("2.5", 2.5),
        ("1.5e+3", 1500.0),
        ("1e3", "1e3"),  # YAML 1.1 needs a dot in a float
        ("true", True),
        ("no", False),
        ("~", None),
        ("null", None),
        ("", None),
        # Timestamps stay the text as written: no date object is ever built.
        ("1926-03-01", "1926-03-01"),
        ("2001-12-14t21:59:43.10-05:00", "2001-12-14t21:59:43.10-05:00"),
        ("!!str 12", "12"),
        ("!!int '12'", 12),
    ],
)
def test_scalars_take_the_type_of_their_resolved_tag(text: str, expected: object) -> None:
    value = value_of(text)
    assert value == expected
    assert type(value) is type(expected)


def test_nodes_carry_one_based_positions_of_keys_and_values() -> None:
    root = mapping(tree("id: deck\nexcerpts:\n  - id: one\n    page: 3\n"))
    assert (root.line, root.column) == (1, 1)
    excerpts = root.entries["excerpts"]
    assert (excerpts.line, excerpts.column) == (2, 1)
    items = excerpts.value
    assert isinstance(items, YamlSequence)
    first = mapping(items.items[0])
    assert (first.line, first.column) == (3, 5)
    page = first.entries["page"]
    assert (page.line, page.column) == (4, 5)
    assert (page.value.line, page.value.column) == (4, 11)


def test_mapping_entries_keep_document_order() -> None:
    assert list(mapping(tree("b: 1\na: 2\nc: 3\n")).entries) == ["b", "a", "c"]


def test_scalar_keys_of_any_core_type_are_read_as_written() -> None:
    assert list(mapping(tree("1926: a\ntrue: b\n'x y': c\n")).entries) == ["1926", "true", "x y"]


def test_inline_marks_only_unquoted_one_line_scalars() -> None:
    root = mapping(tree("a: plain text\nb: 'quoted'\nc: >\n  folded\nd: two\n  lines\n"))
    inline = {key: scalar(entry.value).inline for key, entry in root.entries.items()}
    assert inline == {"a": True, "b": False, "c": False, "d": False}


def test_aliases_expand_to_the_anchored_value() -> None:
    root = mapping(tree("a: &names [x, y]\nb: *names\n"))
    b = root.entries["b"].value
    assert isinstance(b, YamlSequence)
    assert [scalar(item).value for item in b.items] == ["x", "y"]


def test_an_empty_document_has_no_root_and_no_error() -> None:
    assert parse("# only a comment\n") == YamlDocument(None, [])
    assert parse("") == YamlDocument(None, [])


def test_invalid_yaml_is_reported_at_the_problem_mark() -> None:
    (message,) = errors("id: x\nexcerpts: [a, b\ntitle: t\n")
    assert message.startswith("deck.yaml:3:6: error: invalid YAML: ")
    assert "flow sequence" in message


def test_undefined_alias_is_invalid_yaml() -> None:
    (message,) = errors("a: 1\nb: *nowhere\n")
    assert message.startswith("deck.yaml:2:4: error: invalid YAML: ")
    assert "undefined alias" in message


def test_a_tab_in_indentation_gets_a_clear_message_at_the_tab() -> None:
    assert errors("excerpts:\n  - id: a\n\t  page: 3\n") == [
        "deck.yaml:3:1: error: tab character used for indentation; indent with spaces"
    ]
    assert errors("a:\n  b: 1\n  \tc: 2\n") == [
        "deck.yaml:3:3: error: tab character used for indentation; indent with spaces"
    ]


def test_a_tab_inside_a_block_scalar_is_text_not_an_error() -> None:
    root = mapping(tree("text: |\n  first\n  \tindented with a tab\n"))
    assert scalar(root.entries["text"].value).value == "first\n\tindented with a tab\n"


def test_duplicate_keys_point_at_the_second_and_name_the_first_line() -> None:
    document = parse("id: a\ntitle: t\nexcerpts: []\n  \nid: b\n")
    assert [str(d) for d in document.errors] == [
        "deck.yaml:5:1: error: duplicate key 'id' (first on line 1)"
    ]
    # The first value is kept, so the rest of the deck can still be checked.
    assert scalar(mapping(document.root).entries["id"].value).value == "a"


def test_keys_that_are_not_scalars_are_errors() -> None:
    assert errors("? [a, b]\n: 1\n? {x: 1}\n: 2\n") == [
        "deck.yaml:1:3: error: a mapping key must be a plain scalar, not a list",
        "deck.yaml:3:3: error: a mapping key must be a plain scalar, not a mapping",
    ]


@pytest.mark.parametrize(
    ("text", "tag", "column"),
    [
        ("v: !!python/object:os.system x\n", "!!python/object:os.system", 4),
        ("v: !!binary aGVsbG8=\n", "!!binary", 4),
        ("v: !!set {a, b}\n", "!!set", 4),
        ("v: !custom x\n", "!custom", 4),
        ("v: !!omap [a: 1]\n", "!!omap", 4),
        ("!!python/name:os.system : x\n", "!!python/name:os.system", 1),
    ],
)
def test_tags_outside_the_core_schema_are_errors_at_their_node(
    text: str, tag: str, column: int
) -> None:
    document = parse(text)
    (message,) = [str(d) for d in document.errors]
    assert message.startswith(f"deck.yaml:1:{column}: error: unsupported YAML tag '{tag}'")


def test_an_unsupported_tag_leaves_an_invalid_marker_for_later_checks() -> None:
    document = parse("a: !custom x\nb: 2\n")
    root = mapping(document.root)
    assert isinstance(root.entries["a"].value, YamlInvalid)
    assert scalar(root.entries["b"].value).value == 2


def test_a_malformed_explicitly_tagged_number_is_an_error() -> None:
    assert errors("a: !!int twelve\n") == ["deck.yaml:1:4: error: 'twelve' is not a valid int"]
    assert errors("a: !!bool maybe\n") == ["deck.yaml:1:4: error: 'maybe' is not a valid bool"]


def test_an_overlong_number_is_refused_instead_of_read_in_base_60() -> None:
    long_number = ":".join(["1"] * 40)
    (message,) = errors(f"a: {long_number}\n")
    assert message == "deck.yaml:1:4: error: number longer than 64 characters; quote it"


def test_merge_keys_are_not_supported() -> None:
    assert errors("base: &b {x: 1}\nother:\n  <<: *b\n") == [
        "deck.yaml:3:3: error: YAML merge keys ('<<') are not supported"
    ]


def test_more_than_one_document_is_an_error_at_the_second() -> None:
    assert errors("id: a\n---\nid: b\n") == [
        "deck.yaml:3:1: error: a deck file holds one YAML document; this is a second one"
    ]


def test_a_document_end_marker_alone_is_fine() -> None:
    assert scalar(mapping(tree("id: a\n...\n")).entries["id"].value).value == "a"


def test_non_utf8_bytes_are_reported_at_their_line_and_column() -> None:
    data = b"id: a\ntitle: caf" + b"\xe9 au lait\n"
    assert errors(data) == [
        "deck.yaml:2:11: error: file is not UTF-8 text (byte 0xE9 cannot be decoded)"
    ]


def test_the_column_of_a_bad_byte_counts_characters_not_bytes() -> None:
    data = "ééé".encode() + b"\xff\n"
    assert errors(data) == [
        "deck.yaml:1:4: error: file is not UTF-8 text (byte 0xFF cannot be decoded)"
    ]


def test_a_utf8_byte_order_mark_is_accepted_and_dropped() -> None:
    document = parse_yaml(codecs.BOM_UTF8 + b"id: a\n", "deck.yaml")
    assert document.errors == []
    assert list(mapping(document.root).entries) == ["id"]
    assert decode_utf8(codecs.BOM_UTF8 + b"x", "deck.yaml") == "x"


def test_a_control_character_is_reported_where_it_is() -> None:
    assert errors("id: a\ntitle: b\x07c\n") == [
        "deck.yaml:2:9: error: character U+0007 is not allowed in YAML"
    ]


def test_a_file_over_8_mib_is_refused_before_parsing() -> None:
    data = b"#" * (MAX_FILE_BYTES + 1)
    assert errors(data) == ["deck.yaml:1:1: error: file is larger than 8 MiB"]


def test_the_default_reader_reads_no_more_than_one_byte_past_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " * (MAX_FILE_BYTES // 2 + 1000))
    assert len(read_capped(big)) == MAX_FILE_BYTES + 1
    small = tmp_path / "small.yaml"
    small.write_bytes(b"id: a\n")
    assert read_capped(small) == b"id: a\n"


def billion_laughs(levels: int = 9) -> str:
    lines = ['l0: &l0 "lol"']
    for level in range(1, levels + 1):
        previous = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"l{level}: &l{level} [{previous}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_once_it_passes_a_million_nodes() -> None:
    # Nine levels expand to a billion strings; conversion must stop, not expand them.
    (message,) = errors(billion_laughs())
    assert message.startswith("deck.yaml:")
    assert f"document expands to more than {MAX_NODES:,} YAML nodes" in message


def test_aliases_below_the_budget_are_counted_but_allowed() -> None:
    # Five levels expand to 111,111 nodes: within the budget.
    root = mapping(tree(billion_laughs(5)))
    assert set(root.entries) == {f"l{level}" for level in range(6)}


def test_a_document_without_aliases_is_held_to_the_same_budget() -> None:
    flat = ("[" + ",".join(["1"] * 150) + "]\n").encode()
    (message,) = [str(d) for d in parse_yaml(flat, "deck.yaml", max_nodes=100).errors]
    # A document without aliases names none in its message (it said "once its aliases
    # are expanded" of a file that had none).
    assert message == (
        "deck.yaml:1:1: error: document expands to more than 100 YAML nodes"
        " (each 32 characters of text count as a node)"
    )
    assert parse_yaml(flat, "deck.yaml", max_nodes=151).errors == []


def test_the_budget_counts_every_node_of_a_nested_document() -> None:
    # A mapping, its list, the list's two mappings and their four scalars: 8 nodes.
    data = b"a:\n  - {x: 1, y: 2}\n  - {x: 3, y: 4}\n"
    assert parse_yaml(data, "deck.yaml", max_nodes=8).errors == []
    assert len(parse_yaml(data, "deck.yaml", max_nodes=7).errors) == 1


def test_a_recursive_alias_is_an_error() -> None:
    # The composer gives an alias the anchored node itself, so the error is at the anchor.
    assert errors("a: &x [1, *x]\n") == [
        "deck.yaml:1:4: error: this node holds an alias to itself (a recursive alias)"
    ]


def test_nesting_deeper_than_the_limit_is_an_error() -> None:
    depth = MAX_DEPTH + 5
    (message,) = errors("[" * depth + "]" * depth + "\n")
    assert message.endswith(f"error: YAML nested more than {MAX_DEPTH} levels deep")


def test_position_of_counts_lines_and_columns_from_one() -> None:
    text = "ab\ncd\n"
    assert position_of(text, 0) == (1, 1)
    assert position_of(text, 4) == (2, 2)


def test_the_refused_characters_are_exactly_those_yaml_does_not_allow() -> None:
    """The pattern names what is refused; PyYAML's reader names what is allowed (and
    reads NEL, U+2028 and U+2029 as line breaks, which we refuse too). Over every code
    point, they refuse the same characters."""
    import re

    from trainer.core.deck import yaml_source

    allowed = "\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff"
    refused_by_yaml = re.compile(f"[^{allowed}]")
    every = "".join(map(chr, range(0x110000)))
    expected = [match.start() for match in refused_by_yaml.finditer(every)]
    found = [match.start() for match in yaml_source._NON_PRINTABLE.finditer(every)]
    assert found == expected
    assert {"\x85", "\u2028", "\u2029"} <= {every[at] for at in found}


def test_a_long_text_repeated_by_aliases_counts_its_text_each_time() -> None:
    # One string of 64 KiB used 600 times: few nodes, but 38 MiB of text once expanded.
    text = "Berlin is the capital of Germany. " * 2000
    uses = "\n".join("- *t" for _ in range(600))
    data = f"- &t {text!r}\n{uses}\n".encode()
    (message,) = [str(d) for d in parse_yaml(data, "deck.yaml").errors]
    assert "once its aliases are expanded" in message
    # Used a few times, it is a text like any other.
    few = f"- &t {text!r}\n- *t\n- *t\n".encode()
    assert parse_yaml(few, "deck.yaml").errors == []


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "1", "é", "(", " ", "\n", "\t"]), st.integers(1, 1_200)),
        max_size=6,
    )
)
def test_a_long_run_is_one_longer_than_any_word(runs: list[tuple[str, int]]) -> None:
    text = "".join(char * count for char, count in runs)
    assert has_long_run(text) == any(len(word) > MAX_WORD_LENGTH for word in text.split())


def test_a_value_with_a_run_longer_than_a_word_is_an_error_at_its_place() -> None:
    fits = parse("text: '" + "7" * MAX_WORD_LENGTH + "'\n")
    assert fits.errors == []
    document = parse("id: d\ntext: 'The sum: " + "7" * 4_400 + " marks'\n")
    assert [str(error) for error in document.errors] == [
        "deck.yaml:2:7: error: 'text' holds 4,400 characters without a space;"
        " no word is longer than 1,000"
    ]

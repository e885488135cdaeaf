"""Tests of the loader's errors: each in compiler format, at the right place, all at once."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from trainer.core.deck.includes import MAX_DECK_BYTES, MAX_FILE_BYTES
from trainer.core.deck.loader import load_deck, load_deck_bytes
from trainer.core.model import DeckError, Severity


def errors(text: str, files: dict[str, str] | None = None) -> list[str]:
    """The errors of a deck named deck.yaml, whose includes are served from `files`."""
    served = {Path(name): textwrap.dedent(body).encode() for name, body in (files or {}).items()}

    def reader(path: Path) -> bytes:
        if path not in served:
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return served[path]

    with pytest.raises(DeckError) as caught:
        load_deck_bytes("deck.yaml", textwrap.dedent(text).encode(), reader=reader)
    diagnostics = caught.value.diagnostics
    assert all(d.severity is Severity.ERROR for d in diagnostics)
    return [str(d) for d in diagnostics]


HEAD = "id: d\ntitle: T\n"


def excerpt_errors(body: str) -> list[str]:
    """Errors of a deck whose only excerpt (line 4) has these keys after its id."""
    indented = textwrap.indent(textwrap.dedent(body), "    ")
    return errors(f"{HEAD}excerpts:\n  - id: e\n{indented}")


def test_the_documented_example_error_reads_exactly_as_documented() -> None:
    lines = [
        "id: d",
        "title: T",
        "excerpts:",
        *(["  # padding"] * 6),
        "  - id: e",
        "    text: t",
        "    qestions: []",
        "    page: 1",
    ]
    assert errors("\n".join(lines) + "\n") == [
        "deck.yaml:12:5: error: unknown field 'qestions' in excerpt (did you mean 'questions'?)"
    ]


def test_a_key_named_as_authors_often_guess_it_is_named_as_the_format_writes_it() -> None:
    # A question's text is "q" (a template's is "prompt"): no spelling is near the other.
    text = HEAD + textwrap.dedent(
        """\
        excerpts:
          - id: e
            content: Charles V abdicated in 1556.
            page: 3
            questions:
              - prompt: Who abdicated in 1556?
                answer: Charles V
                alternatives: [Charles the Fifth]
        """
    )
    found = errors(text)
    assert "deck.yaml:5:5: error: unknown field 'content' in excerpt (did you mean 'text'?)" in (
        found
    )
    assert "deck.yaml:8:9: error: unknown field 'prompt' in question (did you mean 'q'?)" in found
    assert "deck.yaml:9:9: error: unknown field 'answer' in question (did you mean 'a'?)" in found
    assert (
        "deck.yaml:10:9: error: unknown field 'alternatives' in question (did you mean 'accept'?)"
        in found
    )
    assert errors("id: d\nname: T\n")[-1] == (
        "deck.yaml:2:1: error: unknown field 'name' in deck (did you mean 'title'?)"
    )


def test_an_unknown_field_with_nothing_close_gets_no_suggestion() -> None:
    assert errors(HEAD + "colour: blue\n") == [
        "deck.yaml:3:1: error: unknown field 'colour' in deck"
    ]


def test_wrong_types_name_what_was_expected_and_what_was_found() -> None:
    assert excerpt_errors("page: 1\ntext: t\ntags: {a: 1}\n") == [
        "deck.yaml:7:11: error: wrong type for 'tags' in excerpt:"
        " expected a list of strings, got a mapping"
    ]
    assert errors(HEAD + "excerpts: {}\n") == [
        "deck.yaml:3:11: error: wrong type for 'excerpts' in deck:"
        " expected a list of mappings, got a mapping"
    ]


def test_a_list_item_of_the_wrong_type_is_reported_once_and_skipped() -> None:
    assert errors(HEAD + "excerpts:\n  - just text\n  - [a, list]\n") == [
        "deck.yaml:4:5: error: wrong type for an item of 'excerpts' in deck:"
        " expected a mapping, got a string",
        "deck.yaml:5:5: error: wrong type for an item of 'excerpts' in deck:"
        " expected a mapping, got a list",
    ]


def test_a_yaml_boolean_where_text_is_expected_suggests_quotes() -> None:
    assert excerpt_errors("page: 1\ntext: t\nquestions:\n  - q: Norway?\n    a: no\n") == [
        "deck.yaml:9:12: error: wrong type for 'a' in question: expected a string or a number,"
        ' got a boolean (to mean the text "no", put it in quotes)'
    ]


def test_a_number_where_text_is_expected_suggests_quotes() -> None:
    assert errors("id: d\ntitle: 1984\n") == [
        "deck.yaml:2:8: error: wrong type for 'title' in deck: expected a string,"
        ' got an integer (to mean the text "1984", put it in quotes)'
    ]


def test_missing_required_fields_point_at_the_start_of_their_mapping() -> None:
    assert errors("description: no id or title\n") == [
        "deck.yaml:1:1: error: missing required field 'id' in deck",
        "deck.yaml:1:1: error: missing required field 'title' in deck",
    ]
    assert excerpt_errors("page: 1\nquestions:\n  - a: answer\n") == [
        "deck.yaml:4:5: error: missing required field 'text' in excerpt 'e'",
        "deck.yaml:7:9: error: missing required field 'q' in question",
    ]


def test_empty_required_text_is_an_error() -> None:
    assert excerpt_errors("page: 1\ntext: '   '\n") == [
        "deck.yaml:6:11: error: 'text' in excerpt must not be empty"
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "choices: 9",
            "deck.yaml:4:12: error: 'choices' in defaults must be between 2 and 8, got 9",
        ),
        (
            "choices: 1",
            "deck.yaml:4:12: error: 'choices' in defaults must be between 2 and 8, got 1",
        ),
        (
            "auto_cloze_max: 0",
            "deck.yaml:4:19: error: 'auto_cloze_max' in defaults must be between 1 and 20, got 0",
        ),
        (
            "new_per_day: -1",
            "deck.yaml:4:16: error: 'new_per_day' in defaults must be at least 0, got -1",
        ),
        (
            "typo_tolerance: 1.5",
            "deck.yaml:4:19: error: 'typo_tolerance' in defaults must be between 0 and 1, got 1.5",
        ),
        (
            "typo_tolerance: .nan",
            "deck.yaml:4:19: error: 'typo_tolerance' in defaults must be a finite number",
        ),
        (
            "auto_cloze: maybe",
            "deck.yaml:4:15: error: 'auto_cloze' in defaults must be one of true, false, plain;"
            " got 'maybe'",
        ),
        (
            # YAML's 1 is not true, although Python says 1 == True.
            "auto_cloze: 1",
            "deck.yaml:4:15: error: 'auto_cloze' in defaults must be one of true, false, plain;"
            " got '1'",
        ),
        (
            "choices: 3.5",
            "deck.yaml:4:12: error: wrong type for 'choices' in defaults:"
            " expected an integer, got a number",
        ),
        (
            "choices: true",
            "deck.yaml:4:12: error: wrong type for 'choices' in defaults:"
            " expected an integer, got a boolean",
        ),
    ],
)
def test_values_out_of_range_or_not_in_their_enum(line: str, message: str) -> None:
    assert errors(f"{HEAD}defaults:\n  {line}\n") == [message]


def test_an_enum_value_close_to_a_choice_gets_a_suggestion() -> None:
    assert excerpt_errors("page: 1\ntext: t\nquestions:\n  - {q: Q, a: 1, type: years}\n") == [
        "deck.yaml:8:28: error: 'type' in question must be one of text, year, date, number;"
        " got 'years' (did you mean 'year'?)"
    ]


def test_only_format_1_exists() -> None:
    assert errors(HEAD + "format: 2\n") == [
        "deck.yaml:3:9: error: 'format' in deck must be 1; got '2'"
    ]


def test_malformed_slugs_are_reported_with_a_likely_fix() -> None:
    assert errors("id: Lipetsk 1926\ntitle: T\n") == [
        "deck.yaml:1:5: error: 'id' in deck must be a slug (lowercase letters, digits, '-' and"
        " '_', starting with a letter or digit), got 'Lipetsk 1926' (did you mean 'lipetsk-1926'?)"
    ]
    assert errors("id: '-x'\ntitle: T\n")[0].endswith("got '-x' (did you mean 'x'?)")


def test_field_names_that_are_not_identifiers() -> None:
    assert excerpt_errors(
        "page: 1\ntext: t\nfacts:\n  - id: f\n    1st: x\n    draw-from: y\n"
    ) == [
        "deck.yaml:9:9: error: field name '1st' in fact is not an identifier"
        " (letters, digits and '_', not starting with a digit)",
        "deck.yaml:10:9: error: field name 'draw-from' in fact is not an identifier"
        " (letters, digits and '_', not starting with a digit)",
    ]
    # A value cut at its comma by the braces of a one-line mapping.
    assert excerpt_errors(
        "page: 1\ntext: t\nfacts:\n  - {id: f, work: Employment, Interest and Money}\n"
    ) == [
        "deck.yaml:8:35: error: field name 'Interest and Money' in fact is not an identifier"
        " (letters, digits and '_', not starting with a digit): if it is the end of a value"
        " cut at a comma inside { }, put that value in quotes"
    ]
    assert excerpt_errors("page: 1\ntext: t\nquestions:\n  - {q: Q, a: A, draw: 2nd}\n") == [
        "deck.yaml:8:28: error: 'draw' in question must be a field name (letters, digits and"
        " '_', not starting with a digit), got '2nd'"
    ]


@pytest.mark.parametrize(
    ("value", "expected", "found"),
    [
        ("[a, b]", "a string or a number, or a mapping", "a list"),
        ("true", "a string or a number", "a boolean"),
        ("", "a string or a number", "nothing (null)"),
    ],
)
def test_fact_field_values_must_be_strings_or_numbers(
    value: str, expected: str, found: str
) -> None:
    messages = excerpt_errors(f"page: 1\ntext: t\nfacts:\n  - id: f\n    where: {value}\n")
    assert len(messages) == 1
    assert messages[0].startswith("deck.yaml:9:")
    assert (
        f"wrong type for field 'where' in fact: expected {expected}, got {found}" in (messages[0])
    )


def test_a_fact_value_written_as_a_mapping_needs_its_value() -> None:
    messages = excerpt_errors("page: 1\ntext: t\nfacts:\n  - id: f\n    where: {a: 1}\n")
    assert messages == [
        "deck.yaml:9:16: error: missing required field 'value' in fact value",
        "deck.yaml:9:17: error: unknown field 'a' in fact value",
    ]
    messages = excerpt_errors(
        "page: 1\ntext: t\nfacts:\n  - id: f\n    where: {value: Kazan, accept: Kasan}\n"
    )
    assert messages == [
        "deck.yaml:9:39: error: wrong type for 'accept' in fact value: expected a list of"
        " strings or numbers, got a string"
    ]


def test_page_and_pages_together_is_an_error_at_the_later_key() -> None:
    assert excerpt_errors("page: 1\ntext: t\npages: 1-2\n") == [
        "deck.yaml:7:5: error: write 'page' or 'pages' in excerpt, not both"
    ]


def test_an_excerpt_must_say_where_it_comes_from() -> None:
    assert excerpt_errors("text: t\n") == [
        "deck.yaml:4:5: error: excerpt 'e' needs at least one of 'page', 'pages', 'chapter'"
        " or 'url'"
    ]


def test_templates_need_the_keys_of_their_kind() -> None:
    text = HEAD + textwrap.dedent(
        """\
        templates:
          - id: plain
            prompt: Where?
          - id: tf
            kind: true_false
            statement: "{what} was at {where}."
            answer: where
            choices: 3
        """
    )
    assert errors(text) == [
        "deck.yaml:4:5: error: template 'plain' of kind 'text' needs 'answer'",
        "deck.yaml:6:5: error: template 'tf' of kind 'true_false' needs 'swap'",
        "deck.yaml:9:5: error: 'answer' does not apply to a true_false template"
        " (only to text or choice)",
        "deck.yaml:10:5: error: 'choices' does not apply to a true_false template (only to choice)",
    ]


def test_an_unknown_template_kind_is_reported_without_guessing_its_needs() -> None:
    assert errors(HEAD + "templates:\n  - {id: t, kind: multiple}\n") == [
        "deck.yaml:4:19: error: 'kind' in template must be one of text, choice, true_false;"
        " got 'multiple'"
    ]


CHRONOLOGY_FACTS = """\
excerpts:
  - id: e
    page: 1
    text: t
    facts: [{id: a, year: 1}, {id: b, year: 2}, {id: c, year: 3}]
"""


def test_chronology_needs_three_to_five_facts_that_exist() -> None:
    text = (
        HEAD
        + CHRONOLOGY_FACTS
        + textwrap.dedent(
            """\
        chronology:
          - {id: short, facts: [a, b]}
          - {id: long, facts: [a, b, c, a2, b2, c2]}
          - {id: typo, facts: [a, b, cc]}
          - {id: twice, facts: [a, b, a]}
        """
        )
    )
    assert errors(text) == [
        "deck.yaml:9:24: error: 'facts' in chronology entry must list 3 to 5 items, got 2",
        "deck.yaml:10:23: error: 'facts' in chronology entry must list 3 to 5 items, got 6",
        "deck.yaml:10:33: error: chronology 'long' names fact 'a2', which no excerpt has"
        " (did you mean 'a'?)",
        "deck.yaml:10:37: error: chronology 'long' names fact 'b2', which no excerpt has"
        " (did you mean 'b'?)",
        "deck.yaml:10:41: error: chronology 'long' names fact 'c2', which no excerpt has"
        " (did you mean 'c'?)",
        "deck.yaml:11:30: error: chronology 'typo' names fact 'cc', which no excerpt has"
        " (did you mean 'c'?)",
        "deck.yaml:12:31: error: 'a' is listed twice in 'facts' in chronology entry"
        " (first on line 12)",
    ]


def test_duplicate_ids_point_at_the_duplicate_and_name_the_first() -> None:
    text = HEAD + textwrap.dedent(
        """\
        templates:
          - {id: t, prompt: P, answer: a}
          - {id: t, prompt: P, answer: a}
        chronology:
          - {id: e, facts: [f, g, h]}
        excerpts:
          - id: e
            page: 1
            text: t
            facts: [{id: f, a: 1}, {id: g, a: 2}, {id: h, a: 3}, {id: f, a: 4}]
            questions:
              - {id: x, q: Q, a: A}
              - {id: x, q: Q, a: A}
          - id: e
            page: 1
            text: t
        """
    )
    assert errors(text) == [
        "deck.yaml:5:10: error: duplicate template id 't' (first used on line 4)",
        "deck.yaml:9:9: error: id 'e' of this excerpt is already used by the chronology on line 7",
        "deck.yaml:12:63: error: duplicate fact id 'f' (first used on line 12)",
        "deck.yaml:15:14: error: duplicate question id 'x' in excerpt 'e' (first on line 14)",
        "deck.yaml:16:9: error: id 'e' of this excerpt is already used by the chronology on line 7",
    ]


def test_a_question_id_may_not_take_the_slot_of_a_question_without_one() -> None:
    assert excerpt_errors(
        "page: 1\ntext: t\nquestions:\n  - {q: A, a: a}\n  - {id: q1, q: B, a: b}\n"
    ) == [
        "deck.yaml:9:14: error: question id 'q1' clashes with the default id of question 1"
        " (line 8); give one of them another id"
    ]


def test_a_question_without_id_may_not_take_a_slot_already_named() -> None:
    text = "page: 1\ntext: t\nquestions:\n  - {id: q2, q: A, a: a}\n  - {q: B, a: b}\n"
    assert excerpt_errors(text) == [
        "deck.yaml:9:9: error: question 2 has the default id 'q2', which the question on line 8"
        " already has; give one of them another id"
    ]


def test_non_finite_numbers_are_refused() -> None:
    assert excerpt_errors("page: 1\ntext: t\nquestions:\n  - {q: Q, a: .inf}\n") == [
        "deck.yaml:8:19: error: 'a' in question must be a finite number"
    ]


def test_fields_are_checked_by_name_and_shape() -> None:
    text = HEAD + "fields:\n  1year: {type: year}\n  when: year\n  who: {type: person}\n"
    assert errors(text) == [
        "deck.yaml:4:3: error: field name '1year' in 'fields' in deck is not an identifier"
        " (letters, digits and '_', not starting with a digit)",
        "deck.yaml:5:9: error: wrong type for field 'when' in 'fields' in deck:"
        " expected a mapping, got a string",
        "deck.yaml:6:15: error: 'type' in field declaration must be one of text, year, date,"
        " number; got 'person'",
    ]


def test_a_deck_that_is_not_a_mapping() -> None:
    assert errors("- id: d\n") == [
        "deck.yaml:1:1: error: a deck must be a mapping of keys such as 'excerpts'; got a list"
    ]


def test_an_empty_deck() -> None:
    assert errors("") == ["deck.yaml:1:1: error: deck is empty"]
    assert errors("# nothing yet\n") == ["deck.yaml:1:1: error: deck is empty"]


def test_yaml_errors_come_with_the_rest_of_the_decks_errors() -> None:
    text = HEAD + "include: [a.yaml, b.yaml]\ncolour: red\n"
    files = {"a.yaml": "excerpts: [\n", "b.yaml": "excerpts:\n  - {id: b, text: t}\n"}
    messages = errors(text, files)
    assert messages[0] == "deck.yaml:4:1: error: unknown field 'colour' in deck"
    assert messages[1].startswith("a.yaml:2:1: error: invalid YAML: ")
    assert messages[2:] == [
        "b.yaml:2:5: error: excerpt 'b' needs at least one of 'page', 'pages', 'chapter' or 'url'"
    ]


def test_three_mistakes_make_three_errors_in_order() -> None:
    text = textwrap.dedent(
        """\
        id: Deck
        title: T
        excerpts:
          - id: e
            page: 1
            text: t
            questions:
              - {q: Q, a: A, choices: 12}
        templates: {}
        """
    )
    assert errors(text) == [
        "deck.yaml:1:5: error: 'id' in deck must be a slug (lowercase letters, digits, '-' and"
        " '_', starting with a letter or digit), got 'Deck' (did you mean 'deck'?)",
        "deck.yaml:8:31: error: 'choices' in question must be between 2 and 8, got 12",
        "deck.yaml:9:12: error: wrong type for 'templates' in deck:"
        " expected a list of mappings, got a mapping",
    ]


def test_a_missing_include_is_reported_at_its_entry() -> None:
    assert errors(HEAD + "include:\n  - chapters/none.yaml\n") == [
        "deck.yaml:4:5: error: cannot read 'chapters/none.yaml': no such file"
    ]


def test_an_unreadable_include_names_the_reason(tmp_path: Path) -> None:
    (tmp_path / "deck.yaml").write_text(HEAD + "include: [chapters]\n")
    (tmp_path / "chapters").mkdir()
    with pytest.raises(DeckError) as caught:
        load_deck(tmp_path / "deck.yaml")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.message == "include 'chapters' is a directory, not a regular file"
    assert (diagnostic.location.line, diagnostic.location.column) == (3, 11)


def test_an_include_path_with_a_nul_byte_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "deck.yaml").write_text(HEAD + 'include: ["a\\0b.yaml"]\n')
    with pytest.raises(DeckError) as caught:
        load_deck(tmp_path / "deck.yaml")
    assert [str(d) for d in caught.value.diagnostics] == [
        f"{tmp_path / 'deck.yaml'}:3:11: error: an item of 'include' holds U+0000 (NUL),"
        " a control character that could take over the learner's terminal; remove it"
    ]


def test_a_file_included_twice_is_an_error_naming_the_first_inclusion() -> None:
    files = {
        "a.yaml": "include: [c.yaml]\n",
        "sub/b.yaml": "include: [../c.yaml]\n",
        "c.yaml": "excerpts: []\n",
    }
    assert errors(HEAD + "include: [a.yaml, sub/b.yaml]\n", files) == [
        "sub/b.yaml:1:11: error: 'c.yaml' is included twice (first included at a.yaml:1)"
    ]


def test_an_include_cycle_is_an_error() -> None:
    files = {"a.yaml": "include: [b.yaml]\n", "b.yaml": "excerpts: []\ninclude: [deck.yaml]\n"}
    assert errors(HEAD + "include: [a.yaml]\n", files) == [
        "b.yaml:2:11: error: include cycle: deck.yaml → a.yaml → b.yaml → deck.yaml"
    ]


def test_an_included_file_holds_only_deck_content() -> None:
    files = {"a.yaml": "title: Not here\nexerpts: []\ntemplates: []\n"}
    assert errors(HEAD + "include: [a.yaml]\n", files) == [
        "a.yaml:1:1: error: 'title' is not allowed in included files:"
        " deck metadata belongs in the main deck file",
        "a.yaml:2:1: error: unknown field 'exerpts' in included file (did you mean 'excerpts'?)",
    ]


def test_an_included_file_must_be_a_mapping_and_not_empty() -> None:
    files = {"a.yaml": "- x\n", "b.yaml": "\n"}
    assert errors(HEAD + "include: [a.yaml, b.yaml]\n", files) == [
        "a.yaml:1:1: error: an included file must be a mapping of keys such as 'excerpts';"
        " got a list",
        "b.yaml:1:1: error: included file is empty",
    ]


def test_ids_are_unique_across_files() -> None:
    files = {"part.yaml": "excerpts:\n  - id: e\n    page: 1\n    text: t\n"}
    text = HEAD + "include: [part.yaml]\nexcerpts:\n  - {id: e, page: 1, text: t}\n"
    assert errors(text, files) == [
        "part.yaml:2:9: error: duplicate excerpt id 'e' (first used at deck.yaml:5)"
    ]


def test_fields_are_declared_once_across_files() -> None:
    files = {"part.yaml": "fields:\n  year: {type: number}\n"}
    text = HEAD + "include: [part.yaml]\nfields:\n  year: {type: year}\n"
    assert errors(text, files) == [
        "part.yaml:2:3: error: field 'year' is declared twice (first at deck.yaml:5)"
    ]


def test_a_deck_over_64_mib_in_all_is_refused_at_the_include_that_passes_it() -> None:
    count = MAX_DECK_BYTES // MAX_FILE_BYTES + 1
    names = [f"part{n}.yaml" for n in range(count)]
    filler = "excerpts: []\n" + "#" * (MAX_FILE_BYTES - 1000) + "\n"
    messages = errors(
        HEAD + "include:\n" + "".join(f"  - {n}\n" for n in names), {name: filler for name in names}
    )
    assert messages == [
        f"deck.yaml:{4 + count - 1}:5: error: deck is larger than 64 MiB in all its files"
    ]


def test_a_file_over_8_mib_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(HEAD.encode() + b"#" * (9 * 1024 * 1024))
    with pytest.raises(DeckError) as caught:
        load_deck(big)
    assert [str(d) for d in caught.value.diagnostics] == [
        f"{big}:1:1: error: file is larger than 8 MiB"
    ]


def test_a_missing_deck_file_is_a_deck_error(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as caught:
        load_deck(tmp_path / "none.yaml")
    assert [str(d) for d in caught.value.diagnostics] == [
        f"{tmp_path / 'none.yaml'}:1:1: error: cannot read deck: no such file"
    ]


def test_an_alias_bomb_is_a_deck_error() -> None:
    lines = ["id: d", "title: T", 'l0: &l0 "lol"']
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 10)]
    (message,) = errors("\n".join(lines) + "\n")
    assert "document expands to more than 1,000,000 YAML nodes" in message


def test_errors_inside_an_aliased_subtree_are_reported_once() -> None:
    text = HEAD + "excerpts:\n  - &e {id: e, text: t}\n  - *e\n"
    assert errors(text) == [
        # A node with an anchor starts at its anchor.
        "deck.yaml:4:5: error: excerpt 'e' needs at least one of 'page', 'pages', 'chapter'"
        " or 'url'",
        "deck.yaml:4:13: error: duplicate excerpt id 'e' (first used on line 4)",
    ]


def test_a_value_shown_on_one_line_may_hold_no_line_break() -> None:
    # A line break in a page, a title or a tag would print a line of its own, which can
    # read as another ("Source: forged", a second deck's row).
    text = (
        'id: d\ntitle: "Real\\nFake"\ntags: ["a\\nb"]\nexcerpts:\n'
        '  - id: e\n    page: "12\\nSource: forged"\n    text: t\n'
    )
    assert errors(text) == [
        "deck.yaml:2:8: error: 'title' in deck is shown on one line, but holds a line break;"
        " join its lines",
        "deck.yaml:3:8: error: an item of 'tags' in deck is shown on one line, but holds a"
        " line break; join its lines",
        "deck.yaml:6:11: error: 'page' in excerpt is shown on one line, but holds a line"
        " break; join its lines",
    ]
    # Text shown as a passage keeps its lines.
    deck = load_deck_bytes(
        "deck.yaml", b'id: d\ntitle: T\nexcerpts:\n  - {id: e, page: 1, text: "a\\nb"}\n'
    )
    assert deck.excerpts[0].text == "a\nb"


@pytest.mark.parametrize("length", [65, 3_000])
def test_a_field_name_longer_than_a_word_is_an_error_quoted_short(length: int) -> None:
    name = "f" * length
    found = errors(f"{HEAD}fields:\n  ? {name}\n  : {{type: text}}\nexcerpts: []\n")
    assert len(found) == 1
    assert found[0].startswith("deck.yaml:4:5: error: field name 'fff")
    assert found[0].endswith("in 'fields' in deck has more than 64 characters")
    assert len(found[0]) < 250


def test_a_field_name_of_64_characters_is_still_a_field_name() -> None:
    name = "f" * 64
    found = errors(f"{HEAD}fields:\n  {name}: {{type: wrong}}\nexcerpts: []\n")
    assert not any("field name" in message for message in found)


@pytest.mark.parametrize("where", ["deck", "excerpt"])
def test_an_unknown_key_of_thousands_of_characters_is_quoted_short(where: str) -> None:
    key_text = "bad-" + "k" * 3_000
    if where == "deck":
        found = errors(f'{HEAD}? "{key_text}"\n: 1\nexcerpts: []\n')
    else:
        found = excerpt_errors(f'text: T\npage: 1\n? "{key_text}"\n: 1\n')
    (message,) = [m for m in found if "unknown field" in m]
    assert len(message) < 250
    assert "'bad-kkk" in message and "(3,004 characters)" in message

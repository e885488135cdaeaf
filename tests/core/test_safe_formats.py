"""Tests for trainer.core.safe_formats: JSON that stays valid and clean, CSV no spreadsheet runs."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.safe_formats import csv_cell, json_text, starts_formula
from trainer.core.untrusted import forbidden_search

ANY_TEXT = st.text(st.characters(codec=None))


@given(ANY_TEXT)
def test_json_text_round_trips_and_holds_no_forbidden_character(text: str) -> None:
    document = json_text({"typed": text, "list": [text]}, indent=2)
    assert forbidden_search(document) is None
    assert json.loads(document) == {"typed": text, "list": [text]}


def test_json_text_escapes_what_json_dumps_writes_raw() -> None:
    assert json_text("a\x9bb\u202ec\x7f\udc9b") == '"a\\u009bb\\u202ec\\u007f\\udc9b"'
    assert json_text("Kúibyshev “1926”") == '"Kúibyshev “1926”"'


@pytest.mark.parametrize(
    "cell",
    [
        "=1+2",
        "+1",
        "-1+2",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        " =1",
        "\u00a0@x",
        "\n=1",
        "＝1",
        "=cmd|' /C calc'!A0",
    ],
)
def test_a_cell_a_spreadsheet_would_run_gets_a_quote_first(cell: str) -> None:
    assert starts_formula(cell)
    shown = csv_cell(cell)
    assert isinstance(shown, str) and shown.startswith("'")
    assert forbidden_search(shown) is None


@pytest.mark.parametrize("value", ["Lenin", "1926", "", "a = b", "x-1", 5, -1, 2.5, None, True])
def test_other_cells_are_left_as_they_are(value: object) -> None:
    assert csv_cell(value) == value


def test_controls_in_a_cell_are_escaped() -> None:
    assert csv_cell("Nile\x1b]0;pwned\x07") == "Nile\\x1b]0;pwned\\x07"


@given(ANY_TEXT)
def test_no_written_cell_reads_as_a_formula_or_holds_a_control(text: str) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([csv_cell(text)])
    (cell,) = next(csv.reader(io.StringIO(out.getvalue())))
    assert forbidden_search(cell) is None
    assert not starts_formula(cell)


def test_a_character_beyond_the_basic_plane_is_escaped_as_json_reads_it() -> None:
    # A TAG character (invisible "ASCII") is escaped as a surrogate pair, which any JSON
    # reader turns back into the one character.
    document = json_text({"a": "x\U000e0041y"})
    assert document == '{"a": "x\\udb40\\udc41y"}'
    assert json.loads(document) == {"a": "x\U000e0041y"}


@pytest.mark.parametrize("space", ["\u2003", "\u2002", "\u205f", "\t "])
def test_any_space_before_a_formula_sign_still_makes_a_formula(space: str) -> None:
    assert starts_formula(f"{space}=2+2")

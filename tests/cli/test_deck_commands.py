"""Tests of `trainer check`, `trainer preview` and `trainer schema`."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest

from trainer.cli import main

GOOD = """\
id: good
title: A good deck
templates:
  - id: where
    prompt: Where was {what}?
    answer: where
excerpts:
  - id: schools
    pages: 128-129
    title: The schools
    text: In March {{c1::1926}} an aviation school was agreed at {{c2::Lipetsk::town}};
      Junkers built warplanes, and Kazan got the tank school.
    questions:
      - q: Which firm built warplanes?
        a: Junkers
        accept: [Junkers AG]
        hint: an aircraft maker
      - id: tanks
        q: Which town got the tank school?
        a: Kazan
        distractors: [Moscow, Tomka]
        choices: 3
    facts:
      - id: lipetsk
        what: the aviation school
        where: Lipetsk
      - id: orphan
        colour: red
"""

BAD = """\
id: bad
title: A bad deck
excerpts:
  - id: broken
    page: 3
    text: An {{c1::}} deletion at Kazan.
    questions:
      - q: Which?
        a: Kazan
        distractors: [Moscow]
        choices: 4
"""


@pytest.fixture
def decks(tmp_path: Path) -> Path:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(BAD, encoding="utf-8")
    return tmp_path


def test_check_prints_a_summary_and_warnings(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(decks / "good.yaml")]) == 0
    out, err = capsys.readouterr()
    assert (
        out == f"{decks / 'good.yaml'}: 5 cards (qa 1, cloze 2, template 1, choice 1), 1 warning\n"
    )
    assert err == (
        f"{decks / 'good.yaml'}:27:9: warning: fact 'orphan' is used by no template "
        "and no chronology\n"
    )


def test_check_reports_every_error_and_fails(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = decks / "bad.yaml"
    assert main(["check", str(decks / "good.yaml"), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[1] == f"{bad}: 2 errors, 0 warnings"
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert errors[0].startswith(f"{bad}:")
    assert errors[0].endswith("error: cloze deletion c1 is empty")
    assert errors[1] == (
        f"{bad}:8:9: error: question 'q1' needs 3 distinct wrong options but only 1 could be "
        "found; add distractors, or set `choices: 2`"
    )


def test_check_of_a_deck_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    assert main(["check", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{broken}: 1 error, 0 warnings\n"
    assert err.startswith(f"{broken}:") and ": error: " in err


def test_check_of_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "x.yaml"]) == 1
    out, err = capsys.readouterr()
    assert err == "x.yaml: error: no such file\n"
    assert out == "x.yaml: 1 error, 0 warnings\n"
    assert main(["check", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"{tmp_path}: error: not a file\n"
    assert main(["preview", "x.yaml"]) == 1
    assert capsys.readouterr().err == "x.yaml: error: no such file\n"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert main(["preview", "a.yaml", "--format", "xml"]) == 2
    assert main(["frobnicate"]) == 2
    assert "usage: trainer" in capsys.readouterr().err


def test_no_command_opens_the_app_which_needs_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Under pytest stdout is not a terminal: the app refuses and points to line mode.
    assert main([]) == 1
    assert "trainer review --plain" in capsys.readouterr().err


def test_preview_text_shows_each_card_readably(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", str(decks / "good.yaml")]) == 0
    out, err = capsys.readouterr()
    assert "warning: fact 'orphan'" in err
    blocks = out.strip().split("\n\n")
    assert len(blocks) == 5
    assert blocks[0] == textwrap.dedent(
        """\
        good:schools:q1  [qa]
          title: The schools
          Which firm built warplanes?
          hint: an aircraft maker
          answer: Junkers
          also accepted: Junkers AG
          excerpt: schools, pp. 128–129
            In March 1926 an aviation school was agreed at Lipetsk; Junkers built warplanes, \
and Kazan got the tank school."""
    )
    choice = blocks[1].splitlines()
    assert choice[0] == "good:schools:tanks  [choice]"
    options = [line.strip()[3:] for line in choice[3:6]]
    assert sorted(options) == ["Kazan", "Moscow", "Tomka"]
    assert choice[6] == f"  answer: {options.index('Kazan') + 1}. Kazan"
    assert "  In March 1926 an aviation school was agreed at [town]; Junkers" in blocks[3]


def test_preview_json_is_one_array_of_cards(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", str(decks / "good.yaml"), "--format", "json"]) == 0
    cards = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in cards] == [
        "good:schools:q1",
        "good:schools:tanks",
        "good:schools:c1",
        "good:schools:c2",
        "good:schools:lipetsk.where",
    ]
    first = cards[0]
    keys = ("kind", "title", "prompt", "answer", "choices", "excerpt", "source")
    assert {k: first[k] for k in keys} == {
        "kind": "qa",
        "title": "The schools",
        "prompt": "Which firm built warplanes?",
        "answer": "Junkers",
        "choices": [],
        "excerpt": "schools",
        "source": "pp. 128–129",
    }
    assert first["alternatives"] == ["Junkers AG"]
    assert first["hint"] == "an aircraft maker"
    assert first["excerpt_text"] == (
        "In March 1926 an aviation school was agreed at Lipetsk; Junkers built warplanes, "
        "and Kazan got the tank school."
    )
    assert cards[2]["type"] == "year"
    assert sorted(cards[1]["choices"]) == ["Kazan", "Moscow", "Tomka"]


def test_preview_shows_no_title_for_an_excerpt_without_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = GOOD.replace("    title: The schools\n", "")
    (tmp_path / "untitled.yaml").write_text(deck, encoding="utf-8")
    assert main(["preview", str(tmp_path / "untitled.yaml"), "--format", "json"]) == 0
    assert {card["title"] for card in json.loads(capsys.readouterr().out)} == {""}
    assert main(["preview", str(tmp_path / "untitled.yaml")]) == 0
    assert "title:" not in capsys.readouterr().out


def test_preview_of_a_bad_deck_prints_errors_and_fails(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", str(decks / "bad.yaml"), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len([line for line in err.splitlines() if ": error: " in line]) == 2


def test_schema_prints_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "excerpts" in json.dumps(schema)


def test_a_real_run_of_check_on_a_bad_deck(decks: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "check", "bad.yaml"],
        capture_output=True,
        text=True,
        cwd=decks,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "bad.yaml:8:9: error: question 'q1' needs 3 distinct wrong options" in result.stderr
    assert result.stdout == "bad.yaml: 2 errors, 0 warnings\n"

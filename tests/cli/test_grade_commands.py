"""Tests of `trainer grade DECK CARD_ID`: typed answers judged as a review would, no collection."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.engine import Engine

DECK = """\
id: schools
title: The schools
excerpts:
  - id: lipetsk
    page: 128
    text: In March 1926 an aviation school was agreed at Lipetsk, and a tank school at Kazan.
    questions:
      - id: where
        q: Where was the aviation school agreed in 1926?
        a: Lipetsk
      - id: tank
        q: Where was the tank school agreed in 1926?
        a: Kazan
      - id: prussian
        q: Whose government did the alliance mean to topple?
        a: Prussian
      - id: russian
        q: Which land did Hugenberg want opened to German settlement?
        a: Russian
"""


@pytest.fixture
def deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    path = tmp_path / "schools.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def run(monkeypatch: pytest.MonkeyPatch, args: list[str], answers: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    return main(["grade", *args])


def test_text_output_gives_verdict_rule_and_quality(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = "Lipetsk\nLipetks\nat Lipetsk\nLipetsk or Kazan\nMoscow\n\n"
    assert run(monkeypatch, [str(deck), "schools:lipetsk:where"], answers) == 0
    assert capsys.readouterr().out.splitlines() == [
        '"Lipetsk" → right: exact; quality 5',
        "\"Lipetks\" → right: typo in 'lipetks' (1 edit); quality 4",
        '"at Lipetsk" → right: extra words ignored (at); quality 5',
        "\"Lipetsk or Kazan\" → wrong: more than one answer ('or'); quality 1",
        "\"Moscow\" → wrong: 'moscow' instead of 'lipetsk'; quality 1",
        '"" → blank: blank; quality 0',
    ]
    # Nothing was created: grading needs no collection.
    assert not (deck.parent / "home").exists() or not any((deck.parent / "home").iterdir())


def test_json_output_is_one_object_per_answer_in_order(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            monkeypatch,
            [str(deck), "schools:lipetsk:prussian", "--format", "json"],
            "Prussian\nRussian\nPrusian\n",
        )
        == 0
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["answer"] for line in lines] == ["Prussian", "Russian", "Prusian"]
    assert [line["correct"] for line in lines] == [True, False, True]
    assert [line["verdict"] for line in lines] == ["right", "wrong", "typo"]
    assert [line["quality"] for line in lines] == [5, 1, 4]
    assert lines[1]["rule"] == "'russian' is another answer of this deck: Russian"
    assert set(lines[0]) >= {"answer", "correct", "verdict", "quality", "rule"}


def test_a_card_id_may_leave_out_the_deck_id(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, [str(deck), "lipetsk:tank"], "Kazna\n") == 0
    assert capsys.readouterr().out.startswith('"Kazna" → right: typo')


def test_an_unknown_card_is_one_line_with_a_suggestion(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, [str(deck), "schools:lipetsk:wher"], "Lipetsk\n") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "trainer: error: no card 'schools:lipetsk:wher' in deck 'schools'; "
        "did you mean 'schools:lipetsk:where'?\n"
    )


def test_an_imported_deck_is_found_by_its_id(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Engine.open(backup=False) as engine:
        engine.import_deck(deck)
    assert (
        run(monkeypatch, ["schools", "schools:lipetsk:where", "--format", "json"], "Lipeck\n") == 0
    )
    assert json.loads(capsys.readouterr().out)["correct"] is True


def test_an_unknown_deck_is_one_line(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, ["no-such-deck", "x"], "") == 1
    err = capsys.readouterr().err
    assert err.startswith("trainer: error: no-such-deck: no such deck file or deck id")
    assert err.count("\n") == 1
    assert not (deck.parent / "home" / "collection.sqlite").exists()


def test_control_characters_in_answers_are_escaped(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, [str(deck), "schools:lipetsk:where"], "Lip\x1b[31metsk\n") == 0
    assert "\x1b" not in capsys.readouterr().out


CELLS = """\
id: cells
title: Cells
excerpts:
  - id: meiosis
    page: 12
    text: Meiosis makes {{c1::four}} haploid cells from one diploid cell.
    questions:
      - id: count
        q: How many cells does meiosis produce?
        a: "4"
"""


def test_the_excerpt_says_what_a_number_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    path = tmp_path / "cells.yaml"
    path.write_text(CELLS, encoding="utf-8")
    answers = "4 haploid cells\n4 diploid cells\n"
    assert run(monkeypatch, [str(path), "cells:meiosis:count", "--format", "json"], answers) == 0
    verdicts = [json.loads(line)["verdict"] for line in capsys.readouterr().out.splitlines()]
    # The excerpt counts haploid cells (its cloze markers aside); 'diploid' is another thing.
    assert verdicts == ["right", "close"]


def test_a_pasted_control_sequence_is_judged_as_the_app_judges_it(
    deck: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Lipetsk\x1b[0m" was "numbers differ: 0 typed": the app's answer box drops the
    # sequence, and the answer it leaves is right.
    answers = "Lipetsk\x1b[0m\n\x1b]0;title\x07Lipetsk\n"
    assert run(monkeypatch, [str(deck), "schools:lipetsk:where"], answers) == 0
    assert capsys.readouterr().out.splitlines() == [
        '"Lipetsk" → right: exact; quality 5',
        '"Lipetsk" → right: exact; quality 5',
    ]

"""Tests of `trainer analyze LOG...`: formats, output file, deck choice and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.analytics.conftest import answer, write_log
from trainer.cli import main

DECK = """\
id: cli
title: CLI deck
excerpts:
  - id: e
    page: 1
    text: About e.
    questions:
      - id: q1
        q: What is one?
        a: one
      - id: q2
        q: What is two?
        a: two
"""


def class_rows(deck: str = "cli", learners: int = 6) -> list[dict[str, object]]:
    rows = []
    for number in range(learners):
        learner = f"{deck}-learner-{number}"
        rows.append(answer(learner, 1, f"{deck}:e:q1", 5, 1000))
        rows.append(answer(learner, 2, f"{deck}:e:q2", 5 if number % 2 else 1, 2000, typed="too"))
    return rows


@pytest.fixture
def log(tmp_path: Path, home: Path) -> Path:
    return write_log(class_rows(), tmp_path / "class.csv")


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "cli.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def test_text_report_on_stdout(log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(log)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Deck cli: 6 learners, 12 counted answers, 2 cards answered")
    assert "too_easy" in out and "cli:e:q1" in out


def test_json_to_a_file_points_back_to_the_deck(
    log: Path, deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.json"
    assert main(["analyze", str(log), "--deck", str(deck), "--format", "json", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["deck"] == "cli" and data["learners"] == 6
    assert {item["card"]: item["where"] for item in data["items"]} == {
        "cli:e:q1": f"{deck}:8",
        "cli:e:q2": f"{deck}:11",
    }


@pytest.mark.parametrize(("fmt", "start"), [("csv", "card,where,"), ("html", "<!DOCTYPE html>")])
def test_other_formats(log: Path, fmt: str, start: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(log), "--format", fmt]) == 0
    assert capsys.readouterr().out.startswith(start)


def test_malformed_logs_give_file_line_errors_and_no_traceback(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = class_rows()
    rows[3]["quality"] = "high"
    bad = write_log(rows, tmp_path / "bad.csv")
    out = tmp_path / "report.txt"
    assert main(["analyze", str(bad), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert (
        captured.err
        == f"{bad}:5:1: error: quality must be a whole number from 0 to 5, not 'high'\n"
    )
    assert "Traceback" not in captured.err and not out.exists()


def test_several_decks_need_a_choice(
    tmp_path: Path, home: Path, deck: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    both = [
        write_log(class_rows(), tmp_path / "a.csv"),
        write_log(class_rows("other"), tmp_path / "b.json"),
    ]
    assert main(["analyze", *map(str, both)]) == 1
    assert "the logs answer 2 decks (cli, other); choose one with --deck" in capsys.readouterr().err
    assert main(["analyze", *map(str, both), "--deck", str(deck)]) == 0
    assert main(["analyze", *map(str, both), "--deck", "other"]) == 0
    captured = capsys.readouterr()
    assert "no deck file for 'other'" in captured.err and "Deck other:" in captured.out
    assert main(["analyze", *map(str, both), "--deck", "missing"]) == 1
    assert "no answers to deck 'missing' (decks: cli, other)" in capsys.readouterr().err


def test_min_learners(log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(log), "--min-learners", "10", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["note"] == "no flags: 6 learners in the class, flags need at least 10 per card"
    assert all(item["flags"] == [] and item["flags_withheld"] for item in data["items"])
    assert main(["analyze", str(log), "--min-learners", "0"]) == 2


def test_a_missing_log_and_a_broken_deck(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(tmp_path / "nowhere.csv")]) == 1
    assert (
        capsys.readouterr().err
        == f"{tmp_path / 'nowhere.csv'}:1:1: error: cannot read: No such file or directory\n"
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\n", encoding="utf-8")
    log = write_log(class_rows(), tmp_path / "class.csv")
    assert main(["analyze", str(log), "--deck", str(broken)]) == 1
    assert f"{broken}:1:1: error:" in capsys.readouterr().err


def test_an_imported_deck_is_found_without_deck(
    log: Path, deck: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(deck)]) == 0
    capsys.readouterr()
    assert main(["analyze", str(log), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["deck_file"] == str(deck)
    assert {item["where"] for item in data["items"]} == {f"{deck}:8", f"{deck}:11"}

"""`trainer evaluate`: the JSON shape of the issue, the text table and chart, the minimum."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli import main
from trainer.engine import Engine, Section


def study(home: Path, tmp_path: Path, days: int) -> None:
    deck = tmp_path / "d.yaml"
    deck.write_text(deck_text("d", {f"e{i}": [(f"q{i}", f"A{i}")] for i in range(40)}))
    clock = MovableClock()
    rng = random.Random(5)
    with Engine.open(clock=clock, backup=False) as engine:
        engine.import_deck(deck)
        for _ in range(days):
            sitting = engine.session("d")
            while (card := sitting.next_card()) is not None:
                grade = 5 if card.section is Section.DRILL else rng.choice([1, 3, 4, 4, 5])
                sitting.answer(card.card.id, grade)
            clock.advance(days=rng.choice([1, 1, 2]))


def test_json_has_exactly_the_issues_shape(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(home, tmp_path, 40)
    assert main(["evaluate", "d", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"reviews", "algorithms"}
    assert data["reviews"] >= 100
    assert {"sm2", "fsrs"} <= set(data["algorithms"])
    for scores in data["algorithms"].values():
        assert set(scores) == {"log_loss", "rmse_bins", "auc"}
        assert scores["log_loss"] > 0 and 0 <= scores["rmse_bins"] <= 1
        assert 0 <= scores["auc"] <= 1


def test_text_shows_the_table_and_a_calibration_chart(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(home, tmp_path, 40)
    assert main(["evaluate"]) == 0
    out = capsys.readouterr().out
    assert "counted reviews in every deck" in out
    assert "log loss" in out and "RMSE(bins)" in out and "AUC" in out
    assert "Calibration of SM-2" in out and "Calibration of FSRS-6" in out
    assert any(line.strip().startswith("0.") and "|" in line for line in out.splitlines())


def test_too_few_reviews_says_so_instead_of_printing_noise(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(home, tmp_path, 2)
    assert main(["evaluate", "d"]) == 0
    out = capsys.readouterr().out
    assert "too few to judge a scheduler (at least 100 are needed)" in out
    assert "log loss" not in out
    assert main(["evaluate", "d", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["algorithms"] == {}


def test_an_unknown_deck_is_one_line(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(home, tmp_path, 1)
    assert main(["evaluate", "nope"]) != 0
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err

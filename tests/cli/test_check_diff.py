"""`trainer check --diff`: what importing an edited deck would change, with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli import main
from trainer.engine import Engine


def test_check_diff_previews_an_update_without_applying_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    deck = tmp_path / "d.yaml"
    deck.write_text(deck_text("d", {"e1": [("a", "A")], "e2": [("b", "B")]}), encoding="utf-8")
    assert main(["check", "--diff", str(deck)]) == 0
    assert "no collection yet; importing would add 2 cards" in capsys.readouterr().out

    with Engine.open(clock=MovableClock()) as engine:
        engine.import_deck(deck)
    deck.write_text(deck_text("d", {"e1": [("a", "A!")], "e3": [("c", "C")]}), encoding="utf-8")
    assert main(["check", "--diff", str(deck)]) == 0
    out = capsys.readouterr().out
    assert "1 added, 1 reworded (progress kept), 0 unchanged, 1 retired (history kept)" in out
    assert "added: d:e3:c" in out and "retired: d:e2:b" in out

    with Engine.open(clock=MovableClock()) as engine:  # the preview changed nothing
        assert engine.card_details("d:e2:b").entry.status.value == "active"


def test_check_diff_only_reads_the_collection_even_an_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A version 2 collection is planned against as it is: not upgraded, not backed up."""
    import shutil

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("TRAINER_HOME", str(home))
    fixture = Path(__file__).parents[1] / "store" / "fixtures" / "v2_history.sqlite"
    collection = home / "collection.sqlite"
    shutil.copy(fixture, collection)
    before = collection.read_bytes()
    deck = tmp_path / "hist.yaml"
    deck.write_text(deck_text("hist", {"e1": [("q1", "A")], "e9": [("q1", "B")]}), "utf-8")
    assert main(["check", "--diff", str(deck)]) == 0
    out = capsys.readouterr().out
    assert "added: hist:e9:q1" in out and "retired: hist:e2:q1" in out
    assert collection.read_bytes() == before
    assert sorted(path.name for path in home.iterdir()) == ["collection.sqlite"]

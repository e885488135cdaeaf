"""`trainer import`: imports deck files, says what changed, never takes a deck id over silently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.decks import deck_text
from trainer.cli import main
from trainer.engine import Engine

TWO = {"e1": [("a", "Alpha")], "e2": [("b", "Beta")]}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TRAINER_NOW", "2026-03-02T10:00:00+01:00")
    return tmp_path / "home"


def write(path: Path, deck_id: str, excerpts: dict[str, list[tuple[str, str]]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(deck_text(deck_id, excerpts), encoding="utf-8")
    return path


def answer_everything(quality: int = 4) -> None:
    with Engine.open(backup=False) as engine:
        sitting = engine.session()
        while (study := sitting.next_card()) is not None:
            sitting.answer(study.card.id, quality)


def states() -> dict[str, tuple[str, int]]:
    with Engine.open(backup=False) as engine:
        return {
            entry.card.id: (entry.status.value, entry.schedule.reviews)
            for entry in engine.search(limit=1000)
        }


def test_import_adds_then_reports_changes_and_retirements(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = write(tmp_path / "course" / "deck.yaml", "d", TWO)
    assert main(["import", str(deck)]) == 0
    assert capsys.readouterr().out == f"{deck}: “Deck d” (d) imported: 2 cards added\n"
    assert main(["import", str(deck)]) == 0
    assert "is up to date: nothing changed" in capsys.readouterr().out
    write(deck, "d", {"e1": [("a", "Alpha, reworded")], "e3": [("c", "Gamma")]})
    assert main(["import", str(deck)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"{deck}: “Deck d” (d) updated: 1 added, 1 reworded (progress kept), 0 unchanged, "
        "1 retired (history kept), 0 revived"
    )
    assert out[1:] == ["  retired: d:e2:b"]


def test_a_reused_deck_id_is_refused_naming_both_files_and_nothing_is_retired(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = write(tmp_path / "course" / "deck.yaml", "d", TWO)
    other = write(tmp_path / "downloads" / "other.yaml", "d", {"x": [("z", "Zeta")]})
    assert main(["import", str(original)]) == 0
    answer_everything()
    before = states()
    capsys.readouterr()
    assert main(["import", str(other)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    error = captured.err.strip()
    assert error.startswith(f"trainer: error: {other}: deck id 'd' already belongs to")
    assert str(original) in error
    assert f"use `trainer import {other} --move`" in error
    assert len(captured.err.splitlines()) == 1
    assert states() == before
    assert {status for status, _ in before.values()} == {"active"}


def test_move_takes_the_deck_over_and_keeps_its_progress(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = write(tmp_path / "old" / "deck.yaml", "d", TWO)
    assert main(["import", str(original)]) == 0
    answer_everything()
    moved = tmp_path / "new" / "deck.yaml"
    moved.parent.mkdir()
    original.rename(moved)
    capsys.readouterr()
    assert main(["import", str(moved), "--move"]) == 0
    assert capsys.readouterr().out == (
        f"{moved}: “Deck d” (d) moved from {original}: no card changed\n"
    )
    assert states() == {"d:e1:a": ("active", 1), "d:e2:b": ("active", 1)}
    with Engine.open(backup=False) as engine:
        assert engine.deck("d").source_path == str(moved)


def test_every_deck_is_tried_and_a_failure_sets_the_exit_status(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.yaml", "g", TWO)
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: b\ntitle: [unclosed\n", encoding="utf-8")
    assert main(["import", str(tmp_path / "missing.yaml"), str(broken), str(good)]) == 1
    captured = capsys.readouterr()
    assert "missing.yaml: error: no such file" in captured.err
    assert f"{broken}:" in captured.err
    assert "(g) imported: 2 cards added" in captured.out


def test_force_reimports_an_unchanged_deck(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    deck = write(tmp_path / "deck.yaml", "d", TWO)
    assert main(["import", str(deck)]) == 0
    monkeypatch.setenv("TRAINER_NOW", "2026-03-05T10:00:00+01:00")
    assert main(["import", str(deck)]) == 0
    with Engine.open(backup=False) as engine:
        assert engine.deck("d").imported_at.day == 2  # unchanged: not imported again
    capsys.readouterr()
    assert main(["import", "--force", str(deck)]) == 0
    assert capsys.readouterr().out == f"{deck}: “Deck d” (d) is up to date: nothing changed\n"
    with Engine.open(backup=False) as engine:
        assert engine.deck("d").imported_at.day == 5


def test_bundled_decks_move_between_installs_but_leave_a_learners_own_file(
    home: Path, tmp_path: Path
) -> None:
    from trainer import paths

    bundled = paths.bundled_deck_files()
    tutorial = next(path for path in bundled if path.name == "tutorial.yaml")
    # Another install's copy of the same file (a wheel keeps it in trainer/decks).
    copy = tmp_path / "site-packages" / "trainer" / "decks"
    shutil.copytree(paths.bundled_decks_dir(), copy)
    elsewhere = copy / "tutorial.yaml"
    with Engine.open(backup=False) as engine:
        engine.import_deck(elsewhere)
        ids = {result.deck_id: result for result in engine.import_bundled_decks()}
        record = engine.deck(ids["tutorial"].deck_id)
        assert record.source_path == str(tutorial)
        # A learner who moved the deck id to a file of their own keeps it.
        own = copy / "my-tutorial.yaml"
        shutil.copyfile(tutorial, own)
        engine.import_deck(own, move=True)
        results = engine.import_bundled_decks()
        assert "tutorial" not in {result.deck_id for result in results}
        assert engine.deck("tutorial").source_path == str(own)

"""Compiling a deck for `trainer check`, `preview` and `grade`: as a cold compile gives it,
replaying what the deck cache remembers of the deck's last import, writing nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.core.compile import compile_deck
from trainer.core.deck.loader import load_deck
from trainer.core.generate import generate_deck
from trainer.core.generate.steps import Steps
from trainer.core.model import DeckError
from trainer.engine import Engine, compile_deck_file, load_and_generate

BUNDLED = Path(__file__).resolve().parents[2] / "decks" / "voyage-of-the-beagle.yaml"
CHAPTER = Path("voyage-of-the-beagle") / "galapagos.yaml"


def _files(folder: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of a bundled deck, imported once (so the deck cache remembers it)."""
    shutil.copytree(BUNDLED.parent, tmp_path / "deck")
    deck = tmp_path / "deck" / BUNDLED.name
    environ = {"TRAINER_HOME": str(tmp_path / "home")}
    with Engine.open(environ=environ, backup=False) as engine:
        engine.import_deck(deck)
    return deck, environ


def _edited(deck: Path, old: str = "island", new: str = "isle") -> None:
    """One chapter of `deck` with its first `old` written `new`."""
    chapter = deck.parent / CHAPTER
    text = chapter.read_text(encoding="utf-8")
    assert old in text
    chapter.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_deck_compiles_as_a_cold_compile_replaying_the_last_import(
    imported: tuple[Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    deck, environ = imported
    _edited(deck)
    home = Path(environ["TRAINER_HOME"])
    before = _files(home)
    runs: list[object] = []
    record = Steps._record

    def counted(self: Steps, *args: object) -> object:
        runs.append(args)
        return record(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Steps, "_record", counted)
    compiled = compile_deck_file(deck, environ)
    monkeypatch.undo()
    cold = compile_deck(deck)
    assert compiled.cards == cold.cards
    assert compiled.warnings == cold.warnings
    assert dict(compiled.origins) == dict(cold.origins)
    # Most steps were replayed, and the cache was only read.
    assert 0 < len(runs) < len(cold.cards) // 4
    assert _files(home) == before


def test_loading_and_generating_gives_what_a_cold_run_gives(
    imported: tuple[Path, dict[str, str]],
) -> None:
    deck, environ = imported
    _edited(deck)
    loaded, generated = load_and_generate(deck, environ)
    cold = generate_deck(load_deck(deck))
    assert loaded == load_deck(deck)
    assert generated.cards == cold.cards
    assert generated.diagnostics == cold.diagnostics


def test_a_deck_with_errors_reports_them_as_a_cold_compile(
    imported: tuple[Path, dict[str, str]],
) -> None:
    deck, environ = imported
    # An empty cloze deletion: an error of generation, not of loading.
    _edited(deck, "island", "island {{c1::}}")
    with pytest.raises(DeckError) as remembered:
        compile_deck_file(deck, environ)
    with pytest.raises(DeckError) as cold:
        compile_deck(deck)
    assert remembered.value.diagnostics == cold.value.diagnostics
    _, generated = load_and_generate(deck, environ)
    assert generated.diagnostics == generate_deck(load_deck(deck)).diagnostics


def test_without_a_cache_nothing_is_created(tmp_path: Path) -> None:
    environ = {"TRAINER_HOME": str(tmp_path / "home")}
    compiled = compile_deck_file(BUNDLED, environ)
    assert compiled.cards == compile_deck(BUNDLED).cards
    assert not (tmp_path / "home").exists()

"""`trainer decks`, `trainer info`, `trainer docs`, deck ids for check/preview, and --help."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.support.decks import deck_text
from trainer.cli import main
from trainer.cli.collection_commands import human_size
from trainer.engine import Engine
from trainer.paths import bundled_docs_dir

NOW = "2026-11-30T10:00:00+00:00"


def _collection_with_a_deck(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRAINER_NOW", NOW)
    deck = home.parent / "mine.yaml"
    deck.write_text(deck_text("mine", {"e1": [("q1", "one"), ("q2", "two")]}), encoding="utf-8")
    with Engine.open(backup=False) as engine:
        engine.import_deck(deck)
    return deck


def test_decks_and_info_create_nothing_without_a_collection(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["decks"]) == 0
    assert "No decks yet" in capsys.readouterr().out
    assert main(["decks", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    for name in ("collection", "settings", "backups", "deck cache"):
        assert name in out
    assert out.count("not created yet") == 4
    assert not home.exists()


def test_decks_lists_id_title_file_and_counts(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = _collection_with_a_deck(home, monkeypatch)
    before = sorted(p.name for p in home.rglob("*"))
    assert main(["decks", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == "mine" and row["title"] == "Deck mine"
    assert Path(row["file"]) == deck.absolute()
    assert (row["cards"], row["new"], row["due"]) == (2, 2, 0)
    assert main(["decks"]) == 0
    text = capsys.readouterr().out
    assert "mine" in text and "Deck mine" in text and "mine.yaml" in text
    assert sorted(p.name for p in home.rglob("*")) == before  # nothing written


def test_info_gives_sizes_of_what_exists(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _collection_with_a_deck(home, monkeypatch)
    assert main(["info"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert str(home / "collection.sqlite") in lines["collection"]
    assert "KB" in lines["collection"]
    assert "not created yet" in lines["settings"]


@pytest.mark.parametrize(
    ("size", "shown"), [(0, "0 B"), (999, "999 B"), (1500, "1.5 KB"), (2_500_000, "2.5 MB")]
)
def test_human_size(size: int, shown: str) -> None:
    assert human_size(size) == shown


def test_check_and_preview_accept_an_imported_deck_id(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = _collection_with_a_deck(home, monkeypatch)
    assert main(["check", "mine"]) == 0
    assert f"{deck.absolute()}: 2 cards" in capsys.readouterr().out
    assert main(["preview", "mine"]) == 0
    assert "mine:e1:q1" in capsys.readouterr().out
    assert main(["preview", "nonesuch"]) == 1
    err = capsys.readouterr().err
    assert "nonesuch: no such deck file or deck id (mine)" in err
    assert main(["check", "missing.yaml"]) == 1
    assert "missing.yaml: error: no such file" in capsys.readouterr().err


def test_check_finds_a_bundled_deck_by_id_without_a_collection(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "tutorial"]) == 0
    assert "tutorial.yaml:" in capsys.readouterr().out
    assert not home.exists()


def test_docs_lists_topics_and_prints_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs"]) == 0
    listing = capsys.readouterr().out
    for topic in ("deck-format", "scheduling", "analytics", "interchange"):
        assert topic in listing
    assert main(["docs", "deck-format"]) == 0
    expected = (bundled_docs_dir() / "deck-format.md").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


def test_an_unknown_docs_topic_is_one_line_with_a_suggestion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["docs", "schedulng\x1b[31m"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and len(err.strip().splitlines()) == 1
    assert main(["docs", "schedulng"]) == 1
    assert "did you mean 'scheduling'" in capsys.readouterr().err


def test_help_says_a_bare_trainer_opens_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "`trainer` with no command opens the app" in out
    for command in ("decks", "info", "docs"):
        assert f" {command} " in out


def test_settings_init_says_when_the_file_exists(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home.mkdir()
    (home / "settings.toml").write_text("# mine\nnew_per_day = 5\n", encoding="utf-8")
    assert main(["settings", "--init"]) == 0
    assert "already exists" in capsys.readouterr().out
    assert (home / "settings.toml").read_text(encoding="utf-8").startswith("# mine")


def test_a_dumb_terminal_is_pointed_to_line_mode(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert main([]) == 1
    assert "trainer review --plain" in capsys.readouterr().err


def test_decks_reads_a_collection_whose_newer_versions_add_only_indexes(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _collection_with_a_deck(home, monkeypatch)
    collection = home / "collection.sqlite"
    with sqlite3.connect(collection) as conn:  # as trainer left it before version 4
        conn.execute("DROP INDEX cards_by_scheduler")
        conn.execute("DROP INDEX cards_due")  # version 5's
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    assert main(["decks", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["id"], row["cards"]) == ("mine", 2)
    with sqlite3.connect(collection) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3  # nothing migrated
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert main(["decks"]) == 1
    assert "older layout (schema version 2)" in capsys.readouterr().err

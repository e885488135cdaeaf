"""`trainer restore`: lists backups (damaged ones too), restores one, sets the current aside."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from tests.support.damage import damage_index_page, digest
from trainer.cli import main
from trainer.store import close_collection, open_collection
from trainer.store.backup import backup_if_due


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("TRAINER_HOME", str(folder))
    monkeypatch.setenv("TRAINER_NOW", "2026-11-30T10:15:00+01:00")
    return folder


def collection_with(path: Path, cards: int) -> Path:
    """A new collection holding `cards` cards of one deck, written by raw SQL."""
    close_collection(open_collection(path, backups_dir=path.parent / "no-backups"))
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "INSERT INTO decks (id, title, source_path, content_hash, imported_at, defaults, info)"
            " VALUES ('d', 'D', 'd.yaml', 'h', '2026-01-01T00:00:00+00:00', '{}', '{}')"
        )
        for i in range(cards):
            conn.execute(
                "INSERT INTO cards (id, deck_id, excerpt_id, kind, position, content_hash,"
                " added_at, scheduler, memory, hardness, learning)"
                """ VALUES (?, 'd', 'e', 'qa', ?, 'h', 'now', 'sm2',"""
                """ '{"ef":2.5,"repetitions":0}', 0.156, 0)""",
                (f"d:e:q{i}", i),
            )
    return path


@pytest.fixture
def backups(home: Path, tmp_path: Path) -> list[Path]:
    """Backups on 1, 2 and 3 March holding 1, 2 and 3 cards; the collection holds 5."""
    made = []
    for day in (1, 2, 3):
        source = collection_with(tmp_path / f"then-{day}" / "collection.sqlite", day)
        backup = backup_if_due(source, home / "backups", date(2026, 3, day), keep=7)
        assert backup is not None
        made.append(backup)
    collection_with(home / "collection.sqlite", 5)
    return made


def test_listing_shows_each_backup_newest_first_and_a_damaged_one_as_such(
    home: Path, backups: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    damage_index_page(backups[1], "cards_by_deck")
    before = {path: digest(path) for path in backups}
    assert main(["restore"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0] == f"Backups of {home / 'collection.sqlite'} in {home / 'backups'}, newest first:"
    )
    assert lines[1] == "  collection-2026-03-03.sqlite  2026-03-03, 3 cards, 0 reviews"
    assert lines[2].startswith(
        "  collection-2026-03-02.sqlite  DAMAGED, cannot be restored: damaged (On tree page"
    )
    assert lines[3] == "  collection-2026-03-01.sqlite  2026-03-01, 1 card, 0 reviews"
    assert "trainer restore 2026-03-03" in lines[4]
    assert {path: digest(path) for path in backups} == before
    assert sorted(p.name for p in (home / "backups").iterdir()) == [p.name for p in backups]


def test_listing_with_no_backups_says_so(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore"]) == 0
    assert capsys.readouterr().out.startswith("No backups of ")


def test_restore_by_date_sets_the_collection_aside_and_brings_the_backup_back(
    home: Path, backups: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    collection = home / "collection.sqlite"
    current = digest(collection)
    assert main(["restore", "2026-03-02"]) == 0
    aside = home / "collection.sqlite.replaced-2026-11-30T101500"
    assert capsys.readouterr().out.splitlines() == [
        f"Checked {backups[1]}: 2026-03-02, 2 cards, 0 reviews.",
        f"Set the current collection aside as {aside} (kept).",
        f"Restored it as {collection}.",
    ]
    assert digest(aside) == current
    with closing(sqlite3.connect(collection)) as conn:
        assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 2


def test_restore_by_name_or_path(home: Path, backups: list[Path]) -> None:
    assert main(["restore", "collection-2026-03-01.sqlite"]) == 0
    assert main(["restore", str(backups[2])]) == 0
    with closing(sqlite3.connect(home / "collection.sqlite")) as conn:
        assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 3
    assert len(list(home.glob("collection.sqlite.replaced-*"))) == 2


def test_a_damaged_backup_is_refused_and_nothing_moves(
    home: Path, backups: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    damage_index_page(backups[2], "cards_by_deck")
    before = {p: digest(p) for p in home.rglob("*") if p.is_file()}
    assert main(["restore", "2026-03-03"]) == 1
    err = capsys.readouterr().err
    assert "cannot restore this file: damaged" in err and "Nothing was changed" in err
    assert {p: digest(p) for p in home.rglob("*") if p.is_file()} == before


def test_an_unknown_backup_is_a_one_line_error(
    home: Path, backups: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", "2025-01-01"]) == 1
    assert capsys.readouterr().err == (
        "trainer: error: 2025-01-01: no such file or backup "
        "(backups: 2026-03-03, 2026-03-02, 2026-03-01)\n"
    )


def test_a_lost_collection_names_the_command_that_restores_it(
    home: Path, backups: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "collection.sqlite").unlink()
    assert main(["review", "--plain"]) == 1
    err = capsys.readouterr().err
    assert "the collection file is missing" in err
    assert f"  trainer restore {backups[2]}\n" in err
    assert not (home / "collection.sqlite").exists()
    assert main(["restore", str(backups[2])]) == 0
    assert (home / "collection.sqlite").exists()

"""A new collection's first backup holds the bundled decks, not an empty file (issue 16)."""

from __future__ import annotations

from pathlib import Path

from tests.support.clock import MovableClock
from trainer.engine import Engine
from trainer.store.backup import inspect_backup, list_backups


def test_the_first_backup_is_taken_after_the_bundled_decks_are_imported(home: Path) -> None:
    clock = MovableClock()
    with Engine.open(clock=clock) as engine:
        assert list_backups(home / "backups") == []  # not of the empty file
        engine.import_bundled_decks()
        [(day, path)] = list_backups(home / "backups")
        assert day == engine.today()
        assert inspect_backup(path).cards > 0
    # Opened again the same day: today's backup is there, nothing more is taken.
    with Engine.open(clock=clock) as engine:
        engine.import_bundled_decks()
    assert len(list_backups(home / "backups")) == 1


def test_an_existing_collection_is_backed_up_on_opening(home: Path) -> None:
    clock = MovableClock()
    with Engine.open(clock=clock, backup=False) as engine:
        engine.import_bundled_decks()
    assert list_backups(home / "backups") == []
    with Engine.open(clock=clock):
        [(_, path)] = list_backups(home / "backups")
        assert inspect_backup(path).cards > 0

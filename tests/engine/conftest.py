"""Fixtures for engine tests: a private TRAINER_HOME, a movable clock, and small deck files."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from trainer.engine import Engine
from trainer.engine.deck_cache import DeckCache


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def engine(home: Path, clock: MovableClock) -> Iterator[Engine]:
    with Engine.open(clock=clock) as opened:
        yield opened


@pytest.fixture
def cache(tmp_path: Path) -> DeckCache:
    """An empty deck cache of the test's own."""
    return DeckCache(tmp_path / "cache")


@pytest.fixture
def write_deck(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write

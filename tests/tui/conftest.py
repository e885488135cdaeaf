"""Fixtures for driving the app with Pilot: a private collection and a clock the test moves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from trainer.engine import Engine
from trainer.tui.app import TrainerApp
from trainer.tui.start import StartAt

# A fixed moment keeps snapshots and suggested qualities the same on every run.
START = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
SIZE = (80, 24)


class MovableClock:
    """A clock that stands still until the test moves it."""

    def __init__(self, moment: datetime = START) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def trainer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    monkeypatch.delenv("TRAINER_NOW", raising=False)
    return tmp_path


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def make_app(trainer_home: Path, clock: MovableClock) -> Callable[..., TrainerApp]:
    """Build an app on the test's collection; call it again to 'reopen' the same one."""

    def make(start: StartAt | None = None) -> TrainerApp:
        return TrainerApp(lambda: Engine.open(clock=clock), start)

    return make


async def wait_for_engine(app: TrainerApp, pilot: object) -> None:
    """Let the app open its engine (a thread worker) and show its first screen."""
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]

"""Fixtures for driving the app with Pilot: a private collection and a clock the test moves."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

# Re-exported: the app's tests import the clock from here, with the fixtures.
from tests.support.clock import MovableClock as MovableClock
from trainer.engine import Engine
from trainer.tui.app import TrainerApp
from trainer.tui.start import StartAt

SIZE = (80, 24)


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


async def wait_for_engine(app: TrainerApp, pilot: Pilot[None]) -> None:
    """Let the app open its engine (a thread worker) and show its first screen."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def still(pilot: Pilot[None], attempts: int = 50) -> None:
    """Wait until the screen stops changing: two pictures in a row alike. A snapshot taken
    sooner could catch, on a loaded machine, a layout that finishes late (a table's column
    widths once a worker's rows arrive). Cursors stop blinking, or no picture would be
    still for long."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    previous = None
    for _ in range(attempts):
        await pilot.pause(0.02)
        await pilot.app.workers.wait_for_complete()
        # The picture's class names are digests of its content: left out, so as to compare.
        picture = re.sub(r"terminal-\d+", "", pilot.app.export_screenshot())
        if picture == previous:
            return
        previous = picture


async def settle(app: TrainerApp, pilot: Pilot[None], rounds: int = 3) -> None:
    """Let workers finish and their results reach the screen; a worker's result may start
    another worker (a dialog closes, the home screen refreshes), hence a few rounds."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()


BROKEN_DECK = """\
id: broken
title: A broken deck
excerpts:
  - id: schools
    page: 3
    text: An {{c1::}} deletion.
    questions:
      - q: Which town got the tank school?
        a: Kazan
        distractors: [Moscow]
        choices: 4
"""


@pytest.fixture
def deck_folder(tmp_path: Path) -> Path:
    """A folder of deck files: `small.yaml` (valid, 3 cards) and `broken.yaml` (2 errors)."""
    from tests.support.decks import deck_text

    folder = tmp_path / "my-decks"
    folder.mkdir()
    small = deck_text(
        "small", {"rivers": [("nile", "Nile"), ("danube", "Danube")], "hills": [("k2", "K2")]}
    )
    (folder / "small.yaml").write_text(small, encoding="utf-8")
    (folder / "broken.yaml").write_text(BROKEN_DECK, encoding="utf-8")
    return folder

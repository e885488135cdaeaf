"""Snapshots of the home screen (and the dialogs and help it opens) at 80×24."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import SIZE, settle, still
from trainer import paths
from trainer.tui.app import TrainerApp

App = Callable[..., TrainerApp]
Snap = Callable[..., bool]


def after(*keys: str) -> Callable[[Pilot[Any]], Any]:
    """A `run_before` that waits for the collection, then presses `keys` (each settled)."""

    async def run(pilot: Pilot[Any]) -> None:
        app = pilot.app
        assert isinstance(app, TrainerApp)
        await settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        # Toasts time out: a slow run would catch one and not the other.
        app.clear_notifications()
        await still(pilot)

    return run


def test_home_dark(snap_compare: Snap, make_app: App) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after())


def test_home_light(snap_compare: Snap, make_app: App) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("ctrl+t"))


def test_home_with_an_exam_on_the_second_deck(snap_compare: Snap, make_app: App) -> None:
    keys = ("down", "e", *"2026-03-16", "enter")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after(*keys))


def test_home_of_an_empty_collection(
    snap_compare: Snap, make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "bundled_deck_files", lambda: [])
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after())


def test_exam_date_dialog(snap_compare: Snap, make_app: App) -> None:
    keys = ("e", *"2026-02-20", "enter")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after(*keys))


def test_help_from_home(snap_compare: Snap, make_app: App) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("question_mark"))

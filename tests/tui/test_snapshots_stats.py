"""Snapshots of the statistics screen at 80×24, on a fixed study history and a fixed clock.

The rivers deck is answered with seeded grades for weeks before the clock's day (see
study_history), so every chart is the same on every run. Update with
`pytest --snapshot-update tests/tui/test_snapshots_stats.py`, then look at the report.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from textual.pilot import Pilot
from textual.widgets import TabbedContent

from tests.tui.conftest import SIZE, settle, still
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    studied_collection,
    studied_home,
)
from trainer.tui.app import TrainerApp, trainer_app
from trainer.tui.screens.stats import StatsScreen

MakeApp = Callable[..., TrainerApp]
# Tests on the studied collection: the rivers deck answered for weeks before today.
studied = pytest.mark.usefixtures("studied_home")
Snap = Callable[..., bool]


def stats_at(
    tab: str, deck_id: str | None = DECK_ID, theme: str | None = None, exam_in: int | None = None
) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Open the statistics of `deck_id` on `tab` (setting an exam first if asked)."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = trainer_app(pilot.app.screen)
        app.animation_level = "none"
        if theme is not None:
            app.theme = theme
        await settle(app, pilot)
        if exam_in is not None and deck_id is not None:
            app.engine.set_exam(deck_id, app.engine.today() + timedelta(days=exam_in))
        app.open_stats(deck_id)
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen) and app.screen.loaded
        app.screen.query_one(TabbedContent).active = tab
        await settle(app, pilot)
        await still(pilot)

    return run_before


@studied
def test_activity(snap_compare: Snap, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=stats_at("activity"))


@studied
def test_activity_in_the_light_theme(snap_compare: Snap, make_app: MakeApp) -> None:
    run_before = stats_at("activity", theme="textual-light")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


@studied
def test_retention(snap_compare: Snap, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=stats_at("retention"))


@studied
def test_forecast_with_an_exam(snap_compare: Snap, make_app: MakeApp) -> None:
    run_before = stats_at("forecast", exam_in=18)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


@studied
def test_cards_by_state(snap_compare: Snap, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=stats_at("cards"))


@studied
def test_hardest_cards(snap_compare: Snap, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=stats_at("hardest"))


def test_no_answers_yet(snap_compare: Snap, make_app: MakeApp) -> None:
    run_before = stats_at("activity", deck_id=None)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


@studied
@pytest.mark.parametrize("size", [SIZE, (120, 40)], ids=["80x24", "120x40"])
def test_items(snap_compare: Snap, make_app: MakeApp, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=stats_at("items"))


@studied
@pytest.mark.parametrize("size", [SIZE, (120, 40)], ids=["80x24", "120x40"])
def test_schedulers(snap_compare: Snap, make_app: MakeApp, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=stats_at("schedulers"))

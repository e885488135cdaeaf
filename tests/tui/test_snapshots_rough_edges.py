"""Snapshots of the screens issue 16 changed, at 80×24 and 120×40, in both themes: home
(deck ids, `g` in the Footer), the browser (deck ids, sortable columns, room for the
card's text), the exam dialog (its own clear key and button) and the activity chart
(heatmap shades and legend). Update with
`pytest --snapshot-update tests/tui/test_snapshots_rough_edges.py`, then look at the report.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import settle, still
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    studied_collection,
    studied_home,
)
from trainer.tui.app import TrainerApp, trainer_app

MakeApp = Callable[..., TrainerApp]
Snap = Callable[..., bool]
studied = pytest.mark.usefixtures("studied_home")
SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
THEMES = ["textual-dark", "textual-light"]


def at(
    theme: str, open_screen: Callable[[TrainerApp], None] | None = None, *keys: str
) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        app = trainer_app(pilot.app.screen)
        app.animation_level = "none"
        app.theme = theme
        await settle(app, pilot)
        if open_screen is not None:
            open_screen(app)
            await settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        app.clear_notifications()
        await still(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_home(snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=at(theme))


@studied
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_browse_across_decks(
    snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str
) -> None:
    run = at(theme, lambda app: app.open_browse(None), *"river flows", "enter")
    assert snap_compare(make_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_exam_dialog(
    snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str
) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=at(theme, None, "e"))


@studied
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_activity_heatmap(
    snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str
) -> None:
    run = at(theme, lambda app: app.open_stats(DECK_ID))
    assert snap_compare(make_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_help(snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=at(theme, None, "f1"))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_quiz_setup(
    snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str
) -> None:
    run = at(theme, lambda app: app.open_quiz("moore-germany-soviet", 10))
    assert snap_compare(make_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_review_question(
    snap_compare: Snap, make_app: MakeApp, size: tuple[int, int], theme: str
) -> None:
    run = at(theme, lambda app: app.open_review("tutorial"))
    assert snap_compare(make_app(), terminal_size=size, run_before=run)

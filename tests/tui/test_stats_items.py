"""Pilot: the statistics screen's Items tab shows the learner's own figures per card, the same
as the class analysis computes them from an exported log; the Schedulers tab shows what
`trainer evaluate` prints; both read only once their tab is shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, TabbedContent

from tests.tui.conftest import SIZE, settle
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    studied_collection,
    studied_home,
)
from trainer.core.scheduling.evaluation_text import evaluation_text
from trainer.tui.app import TrainerApp
from trainer.tui.screens.stats import StatsScreen
from trainer.tui.screens.stats_items import ItemsPane
from trainer.tui.screens.stats_schedulers import SchedulersPane

MakeApp = Callable[..., TrainerApp]
studied = pytest.mark.usefixtures("studied_home")


async def open_items(
    app: TrainerApp, pilot: Pilot[None], deck_id: str | None, tab: str = "items"
) -> StatsScreen:
    await settle(app, pilot)
    app.open_stats(deck_id)
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, StatsScreen) and screen.loaded
    # Not read before the tab is shown.
    assert screen.query_one(ItemsPane).stale and screen.query_one(SchedulersPane).stale
    screen.query_one(TabbedContent).active = tab
    await settle(app, pilot)
    return screen


@studied
async def test_items_list_every_answered_card_with_its_figures(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot, DECK_ID)
        pane = screen.query_one(ItemsPane)
        answered = {
            entry.card_id
            for entry in app.engine.log(DECK_ID)
            if entry.kind.value == "answer" and not entry.drill and not entry.undone
        }
        assert {item.card_id for item in pane.items} == answered
        table = screen.query_one("#items-table", DataTable)
        assert table.row_count == len(answered) > 0
        for item in pane.items:
            counted = [
                e
                for e in app.engine.log(DECK_ID)
                if e.card_id == item.card_id
                and e.kind.value == "answer"
                and not e.drill
                and not e.undone
            ]
            assert item.answers == len(counted)
            first = counted[0].quality
            assert first is not None and item.first_right == (first >= 3)
        lapses = [item.lapse_rate or 0.0 for item in pane.items]
        assert lapses == sorted(lapses, reverse=True)  # the hardest first
        assert not pane.is_empty


@studied
async def test_all_decks_asks_for_one_deck(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot, None)
        pane = screen.query_one(ItemsPane)
        assert pane.is_empty and pane.items == ()


@studied
async def test_schedulers_show_what_trainer_evaluate_prints(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot, DECK_ID, tab="schedulers")
        pane = screen.query_one(SchedulersPane)
        expected = tuple(evaluation_text(app.engine.evaluate(DECK_ID), DECK_ID))
        assert pane.lines == expected and len(expected) > 1
        assert not screen.query_one(ItemsPane).items  # the other tab was not read
        await pilot.press("a")  # all decks: read again, for every deck
        await settle(app, pilot)
        assert pane.lines == tuple(evaluation_text(app.engine.evaluate(None), None))

"""Browse shows, before a deck's exam, the day its exam plan asks each card as its due day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from textual.widgets import Static

from tests.tui.conftest import settle
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    studied_collection,
    studied_home,
)
from trainer.tui.app import TrainerApp
from trainer.tui.screens.browse import BrowseScreen

MakeApp = Callable[..., TrainerApp]
studied = pytest.mark.usefixtures("studied_home")


@studied
async def test_due_dates_follow_the_exam_plan(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        engine = app.engine
        stored = {e.card.id: e for e in engine.search(deck_id=DECK_ID, limit=500)}
        engine.set_exam(DECK_ID, engine.today() + timedelta(days=10))
        plan = engine.exam_schedule(DECK_ID)
        assert plan is not None
        planned = engine.exam_plan_days([DECK_ID])
        assert planned and all(engine.today() <= day < plan.exam_date for day in planned.values())
        moved = {
            card_id
            for card_id, day in planned.items()
            if not stored[card_id].schedule.is_new and stored[card_id].schedule.due != day
        }
        assert moved  # the plan brings some reviews forward
        app.open_browse(DECK_ID)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        for card_id, entry in screen.entries.items():
            if card_id in moved:
                assert entry.schedule.due == planned[card_id]
            else:
                assert entry.schedule.due == stored[card_id].schedule.due
        line = str(screen.query_one("#result-count", Static).render())
        assert "due dates follow the exam plan" in line
        engine.set_exam(DECK_ID, None)
        assert engine.exam_plan_days([DECK_ID]) == {}

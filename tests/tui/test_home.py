"""The home screen: counts as the engine gives them, keys that start things, the exam date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static

from tests.tui.conftest import SIZE, MovableClock, settle
from trainer import paths
from trainer.tui.app import TrainerApp
from trainer.tui.screens.exam_date import ExamDateScreen, parse_exam_date
from trainer.tui.screens.home import HomeScreen, totals_line
from trainer.tui.widgets.deck_table import DeckTable
from trainer.tui.wording import describe_exam_plan

App = Callable[..., TrainerApp]
HISTORY = "moore-germany-soviet"


def home(app: TrainerApp) -> HomeScreen:
    assert isinstance(app.screen, HomeScreen)
    return app.screen


def row_texts(app: TrainerApp) -> list[list[str]]:
    table = home(app).query_one(DeckTable)
    return [[cell.plain.strip() for cell in table.get_row_at(i)] for i in range(table.row_count)]


def details(app: TrainerApp) -> str:
    return str(home(app).query_one("#details-text", Static).render())


async def test_rows_show_the_engines_counts(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        overviews = app.engine.decks()
        rows = row_texts(app)
        assert len(rows) == len(overviews) == 3
        for row, deck in zip(rows, overviews, strict=True):
            assert row[1:] == [
                str(deck.due_today),
                str(deck.new_today),
                str(deck.learned),
                str(deck.total),
                "",
            ]
        # The history and Beagle decks introduce 20 new cards a day (the default), the
        # tutorial 10.
        assert [row[2] for row in rows] == ["20", "20", "10"]
        totals = str(home(app).query_one("#totals", Static).render())
        assert totals == totals_line(overviews)
        assert totals.startswith("3 decks · today: 0 due, 50 new")


async def test_the_highlighted_deck_is_described_below_the_table(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "How Germany dealt with Lenin's and Stalin's Russia" in details(app)
        assert "Source: How Hitler Came To Power" in details(app)
        assert "germany-and-the-soviet-union.yaml" in details(app)
        await pilot.press("down")
        assert "Charles Darwin's five years aboard HMS Beagle" in details(app)
        await pilot.press("down")
        assert "A short deck about the deck format itself" in details(app)


async def test_counts_refresh_when_the_learner_comes_back(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert row_texts(app)[0][2:4] == ["20", "0"]
        # Stand-in for a review screen: answer a card while another screen is on top.
        await app.push_screen(Screen())
        sitting = app.engine.session(HISTORY)
        card = sitting.next_card()
        assert card is not None
        sitting.answer(card.card.id, 4)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert row_texts(app)[0][2:4] == ["19", "1"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("r", ("review", HISTORY)),
        ("enter", ("review", HISTORY)),
        ("a", ("review", None)),
        ("z", ("quiz", HISTORY, 20)),
        ("s", ("stats", HISTORY)),
        ("g", ("stats", None)),
        ("b", ("browse", HISTORY)),
    ],
)
async def test_keys_open_the_other_screens_for_the_highlighted_deck(
    make_app: App, key: str, expected: tuple[object, ...]
) -> None:
    app = make_app()
    calls: list[tuple[object, ...]] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # The other screens are tested on their own; here only what home asks for.
        app.open_review = lambda deck_id: calls.append(("review", deck_id))  # type: ignore[method-assign]
        app.open_quiz = lambda deck_id, count=20: calls.append(("quiz", deck_id, count))  # type: ignore[method-assign]
        app.open_stats = lambda deck_id=None: calls.append(("stats", deck_id))  # type: ignore[method-assign]
        app.open_browse = lambda deck_id=None: calls.append(("browse", deck_id))  # type: ignore[method-assign]
        await pilot.press(key)
        await pilot.pause()
    assert calls == [expected]


async def test_an_empty_collection_shows_how_to_import(
    make_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "bundled_deck_files", lambda: [])
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = home(app)
        assert "No decks yet" in details(app)
        assert "Press i to import a deck file" in details(app)
        assert not screen.query_one(DeckTable).display
        shown = {binding.action for (_, binding, _, _) in screen.active_bindings.values()}
        assert "app.import_deck" in shown
        assert not {"review", "review_all", "quiz", "exam_date"} & shown
        await pilot.press("r")  # nothing to review: nothing happens
        assert app.screen is screen


async def set_exam(pilot: Pilot[None], app: TrainerApp, text: str) -> None:
    await pilot.press("e")
    await settle(app, pilot)
    assert isinstance(app.screen, ExamDateScreen)
    field = app.screen.query_one(Input)
    field.value = text
    await pilot.press("enter")
    await settle(app, pilot)


async def test_setting_an_exam_date_shows_the_countdown_and_the_plan(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await set_exam(pilot, app, "2026-03-16")
        assert isinstance(app.screen, HomeScreen)
        assert row_texts(app)[0][5] == "in 14 days"
        assert row_texts(app)[1][5] == ""
        plan = app.engine.exam_plan(HISTORY)
        assert plan is not None
        summary = describe_exam_plan(plan)
        # The answers a day are the plan's busiest day (issue 12: the plan is a schedule).
        schedule = app.engine.exam_schedule(HISTORY)
        assert schedule is not None and plan.reviews_per_day == schedule.peak
        assert summary == f"96 cards to see; {schedule.peak} answers a day for 14 days"
        assert f"Exam on Mon 16 March 2026 (in 14 days): {summary}" in details(app)
        assert any(summary in note.message for note in app._notifications)


async def test_a_past_exam_date_is_refused_with_a_message(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await set_exam(pilot, app, "2026-02-16")
        assert isinstance(app.screen, ExamDateScreen)
        status = str(app.screen.query_one("#exam-status", Static).render())
        assert status == "2026-02-16 has passed: choose today (Mon 2 Mar) or later."
        assert app.engine.deck(HISTORY).exam_date is None


async def test_the_exam_date_can_be_cleared(make_app: App) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await set_exam(pilot, app, "2026-03-03")
        assert row_texts(app)[0][5] == "tomorrow"
        await pilot.press("e")
        await settle(app, pilot)
        current = str(app.screen.query_one("#exam-current", Static).render())
        assert current.startswith("Exam on Tue 3 March 2026 (tomorrow).")
        await pilot.press("ctrl+r")  # reveal elsewhere: not "clear" here
        await settle(app, pilot)
        assert app.engine.deck(HISTORY).exam_date is not None
        await pilot.press("ctrl+l")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert row_texts(app)[0][5] == ""
        assert app.engine.deck(HISTORY).exam_date is None


async def test_the_countdown_follows_the_clock(
    make_app: App, clock: MovableClock, trainer_home: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await set_exam(pilot, app, "2026-03-04")
        assert row_texts(app)[0][5] == "in 2 days"
        clock.advance(days=2)
        await app.push_screen(Screen())
        await pilot.press("escape")
        await settle(app, pilot)
        assert row_texts(app)[0][5] == "today"
        clock.advance(days=1)
        await app.push_screen(Screen())
        await pilot.press("escape")
        await settle(app, pilot)
        assert row_texts(app)[0][5] == "passed"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-3-16", "Write the day as YYYY-MM-DD, e.g. 2026-06-15."),
        ("", "Write the day as YYYY-MM-DD, e.g. 2026-06-15."),
        ("2026-02-30", "2026-02-30 is not a day of the calendar."),
        ("2026-03-01", "2026-03-01 has passed: choose today (Mon 2 Mar) or later."),
    ],
)
def test_exam_dates_are_validated(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_exam_date(text, date(2026, 3, 2))


def test_today_and_later_are_valid_exam_dates() -> None:
    assert parse_exam_date(" 2026-03-02 ", date(2026, 3, 2)) == date(2026, 3, 2)
    assert parse_exam_date("2027-01-31", date(2026, 3, 2)) == date(2027, 1, 31)

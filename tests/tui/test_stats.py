"""The statistics screen driven with Pilot at 80×24, on real answers given through the engine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import DataTable, Static, TabbedContent
from textual.widgets.data_table import ColumnKey

from tests.tui.conftest import SIZE, settle
from tests.tui.study_history import (  # noqa: F401 (fixtures)
    DECK_ID,
    DECK_TITLE,
    studied_collection,
    studied_home,
)
from trainer.core.scheduling.sm2_scheduler import ef_of
from trainer.engine import Statistics
from trainer.store import StateCounts
from trainer.tui.app import TrainerApp
from trainer.tui.literal import fit
from trainer.tui.screens.stats import ALL_DECKS_TITLE, StatsScreen
from trainer.tui.screens.stats_panes import (
    ActivityPane,
    CardsPane,
    ForecastPane,
    HardestPane,
    RetentionPane,
)
from trainer.tui.widgets.charts import CalendarHeatmap, DayBarChart, RetentionChart, StackedBar
from trainer.tui.widgets.charts.scale import plain

MakeApp = Callable[..., TrainerApp]
# Tests on the studied collection: the rivers deck answered for weeks before today.
studied = pytest.mark.usefixtures("studied_home")


async def open_stats(app: TrainerApp, pilot: Pilot[None], deck_id: str | None) -> StatsScreen:
    await settle(app, pilot)
    app.open_stats(deck_id)
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, StatsScreen) and screen.loaded
    return screen


def state_counts(screen: StatsScreen) -> dict[str, int]:
    return {part.label: part.count for part in screen.query_one(StackedBar).parts}


@studied
async def test_the_charts_draw_the_engines_numbers(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot, DECK_ID)
        stats = app.engine.statistics(DECK_ID)
        assert stats.total_answers > 100  # the history really is there
        assert screen.sub_title == DECK_TITLE

        # Activity: every day of the heatmap holds the engine's count for it.
        heatmap = screen.query_one(CalendarHeatmap)
        grid = heatmap.grid
        assert grid is not None and grid.weeks >= 17
        day = grid.first_monday
        while day <= stats.today:
            assert grid.count_on(day) == stats.answers_per_day.get(day, 0)
            day += timedelta(days=1)
        busiest = max(stats.answers_per_day.values())
        assert grid.maximum == busiest
        recent = screen.query_one("#recent-answers", DayBarChart)
        assert len(recent.values) == 30 and recent.values[-1] == stats.answers_per_day.get(
            stats.today, 0
        )

        # Retention: the weeks drawn add up to the engine's reviews.
        screen.query_one(TabbedContent).active = "retention"
        await pilot.pause()
        retention = screen.query_one(RetentionChart)
        weeks = retention.weeks
        assert sum(week.reviews for week in weeks) == sum(
            day.reviews for day in stats.retention_per_day.values()
        )
        assert not screen.query_one(RetentionPane).is_empty

        # Forecast: thirty bars, the engine's counts, today first.
        forecast = screen.query_one("#forecast-chart", DayBarChart)
        assert forecast.values == tuple(stats.forecast[day] for day in sorted(stats.forecast))
        assert len(forecast.values) == 30
        assert forecast.series is not None and forecast.series.days[0] == stats.today

        # Cards by state: the legend's counts are the engine's StateCounts.
        states = stats.states
        assert state_counts(screen) == {
            "New": states.new,
            "Learning": states.learning,
            "Young": states.young,
            "Mature": states.mature,
            "Suspended": states.suspended,
            "Retired": states.retired,
        }
        assert sum(state_counts(screen).values()) == 12

        # Hardest cards: the engine's list, in order, EF to two places; the prompt column
        # takes the width the tab has once it is shown.
        screen.query_one(TabbedContent).active = "hardest"
        await pilot.pause()
        table = screen.query_one("#hardest-table", DataTable)
        assert table.row_count == len(stats.hardest) > 0
        first = table.get_row_at(0)
        width = table.columns[ColumnKey("prompt")].width
        assert width > 40 and first[0].plain == fit(stats.hardest[0].prompt, width)
        assert first[1] == f"{ef_of(stats.hardest[0].schedule):.2f}"

        headline = str(screen.query_one("#headline", Static).render())
        assert f"{stats.total_answers:,} answers" in headline
        assert f"{round(stats.retention * 100)}% retention" in headline  # type: ignore[operator]
        tomorrow = stats.forecast[stats.today + timedelta(days=1)]
        assert f"{tomorrow} due tomorrow" in headline


@studied
async def test_keys_switch_between_this_deck_all_decks_and_the_next(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot, DECK_ID)
        assert state_counts(screen)["New"] == 0  # every river card has been studied
        everything = app.engine.statistics(None)

        await pilot.press("a")
        await settle(app, pilot)
        assert screen.scope is None and screen.sub_title == ALL_DECKS_TITLE
        assert sum(state_counts(screen).values()) == everything.states.total
        assert state_counts(screen)["New"] == everything.states.new > 100  # the bundled decks
        footer_actions = {b.binding.action for b in screen.active_bindings.values()}
        assert "show_deck" in footer_actions and "show_all" not in footer_actions

        await pilot.press("a")
        await settle(app, pilot)
        assert screen.scope == DECK_ID and screen.sub_title == DECK_TITLE

        # d walks through every deck and comes back to all decks.
        seen = []
        for _ in range(len(screen.decks) + 1):
            await pilot.press("d")
            await settle(app, pilot)
            seen.append(screen.scope)
        deck_ids = [deck_id for deck_id, _ in screen.decks]
        assert set(seen) == {None, *deck_ids}
        assert seen[-1] == DECK_ID


@studied
async def test_left_and_right_move_between_the_tabs(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot, DECK_ID)
        tabs = screen.query_one(TabbedContent)
        assert tabs.active == "activity"
        visited = []
        for _ in range(7):
            await pilot.press("right")
            await pilot.pause()
            visited.append(tabs.active)
        assert visited == [
            "retention",
            "forecast",
            "cards",
            "hardest",
            "items",
            "schedulers",
            "activity",
        ]
        await pilot.press("left")
        await pilot.pause()
        assert tabs.active == "schedulers"


async def test_without_answers_every_tab_says_so_kindly(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot, None)
        for pane in (ActivityPane, RetentionPane, ForecastPane, HardestPane):
            shown = screen.query_one(pane)
            assert shown.is_empty, pane.__name__
            note = shown.query_one(".empty-note", Static)
            assert note.display and str(note.render()).startswith(("No ", "Nothing"))
        heatmap = screen.query_one(CalendarHeatmap)
        assert not heatmap.display or not heatmap.parent.display  # type: ignore[union-attr]
        # The bundled decks have cards, all new: the cards tab has its chart.
        assert not screen.query_one(CardsPane).is_empty
        assert state_counts(screen)["New"] == app.engine.statistics(None).states.total
        headline = str(screen.query_one("#headline", Static).render())
        assert "0 answers" in headline and "– retention" in headline


@studied
async def test_an_exam_shows_its_plan_and_its_day_on_the_forecast(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        exam_day = app.engine.today() + timedelta(days=12)
        app.engine.set_exam(DECK_ID, exam_day)
        screen = await open_stats(app, pilot, DECK_ID)
        plan = app.engine.exam_plan(DECK_ID)
        assert plan is not None
        exam = screen.query_one("#exam-plan", Static)
        assert exam.display
        text = str(exam.render())
        assert text.startswith(f"Exam on {exam_day.day} ") and f"{plan.work} cards" in text
        forecast = screen.query_one("#forecast-chart", DayBarChart)
        assert forecast.marker == (exam_day, "exam")
        rows = forecast.chart_rows(76)
        assert "▼ exam" in plain(rows[0])


@studied
async def test_new_answers_show_when_the_screen_comes_back(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot, DECK_ID)
        before = app.engine.statistics(DECK_ID)
        card = app.engine.search("Paris", deck_id=DECK_ID)[0].card
        app.engine.session(DECK_ID).answer(card.id, 4)
        app.open_browse(DECK_ID)
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen
        grid = screen.query_one(CalendarHeatmap).grid
        assert grid is not None
        today = app.engine.today()
        assert grid.count_on(today) == before.answers_per_day.get(today, 0) + 1


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CardsPane()
        yield HardestPane()


async def test_a_collection_without_cards_gets_notes_instead_of_charts() -> None:
    today = date(2026, 3, 2)
    empty = Statistics(
        today=today,
        answers_per_day={},
        retention_per_day={},
        forecast={today + timedelta(days=n): 0 for n in range(30)},
        states=StateCounts(),
        hardest=(),
    )
    app = PaneApp()
    async with app.run_test(size=SIZE) as pilot:
        from trainer.tui.widgets.charts.figures import headline

        for pane in (app.query_one(CardsPane), app.query_one(HardestPane)):
            pane.show(empty, headline(empty))
        await pilot.pause()
        assert app.query_one(CardsPane).is_empty and app.query_one(HardestPane).is_empty
        note = app.query_one(CardsPane).query_one(".empty-note", Static)
        assert "No cards yet" in str(note.render())
        assert not app.query_one(StackedBar).display or app.query_one(StackedBar).size.height == 0

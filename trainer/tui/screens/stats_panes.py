"""The statistics screen's tabs: activity, retention, forecast, cards by state, hardest cards."""

from __future__ import annotations

from datetime import timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from trainer.core.scheduling.exam import ExamPlan
from trainer.core.scheduling.fsrs_scheduler import FSRSMemory
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.stages import MATURE_INTERVAL
from trainer.engine import HardCard, Statistics
from trainer.tui.literal import literal_cell
from trainer.tui.screens.card_detail import ef_text
from trainer.tui.widgets.charts import (
    CalendarHeatmap,
    DayBarChart,
    DaySeries,
    Part,
    RetentionChart,
    StackedBar,
)
from trainer.tui.widgets.charts.dates import short_date
from trainer.tui.widgets.charts.figures import Headline
from trainer.tui.widgets.charts.scale import percent, thousands
from trainer.tui.wording import describe_exam_plan, plural

RECENT_DAYS = 30
RECENT_BAR_HEIGHT = 4


class StatsPane(VerticalScroll):
    """One tab's content: its charts, or a friendly note when there is nothing to draw."""

    DEFAULT_CSS = """
    StatsPane {
        height: 1fr;
        & > .empty-note { display: none; }
        &.-empty > .empty-note { display: block; }
        &.-empty > .chart-part { display: none; }
    }
    """

    EMPTY_NOTE = ""

    def empty_note(self) -> Static:
        return Static(self.EMPTY_NOTE, classes="empty-note")

    def show(self, stats: Statistics, figures: Headline) -> None:
        raise NotImplementedError

    def set_empty(self, empty: bool) -> None:
        self.set_class(empty, "-empty")

    @property
    def is_empty(self) -> bool:
        return self.has_class("-empty")


class ActivityPane(StatsPane):
    """Answers per day: a calendar heatmap over months, bars for the last 30 days."""

    EMPTY_NOTE = (
        "No answers yet.\n\nStart a review from the home screen: every answer you give "
        "adds to this calendar, a square per day, darker on busier days."
    )

    def compose(self) -> ComposeResult:
        yield self.empty_note()
        yield Static("Answers per day", classes="chart-title chart-part")
        with Horizontal(classes="chart-part heatmap-row"):
            yield CalendarHeatmap(id="heatmap")
            yield Static(id="activity-facts")
        yield Static(f"Answers, last {RECENT_DAYS} days", classes="chart-title chart-part")
        yield DayBarChart(height=RECENT_BAR_HEIGHT, id="recent-answers", classes="chart-part")

    def show(self, stats: Statistics, figures: Headline) -> None:
        self.set_empty(figures.total_answers == 0)
        self.query_one(CalendarHeatmap).set_data(stats.answers_per_day, stats.today)
        days = [stats.today - timedelta(days=back) for back in range(RECENT_DAYS - 1, -1, -1)]
        recent = DaySeries.from_mapping(stats.answers_per_day, days, stats.today)
        self.query_one("#recent-answers", DayBarChart).set_data(recent)
        facts = [("Days studied", str(figures.days_studied))]
        if figures.days_studied:
            average = round(figures.total_answers / figures.days_studied)
            facts.append(("Average", f"{average} a day"))
        if figures.best_day is not None:
            day, count = figures.best_day
            facts.append(("Busiest", f"{count} ({short_date(day, stats.today)})"))
        facts.append(("Streak", plural(figures.streak, "day")))
        self.query_one("#activity-facts", Static).update(_facts(facts))


class RetentionPane(StatsPane):
    """The share of reviews passed, week by week."""

    EMPTY_NOTE = (
        "No reviews yet.\n\nRetention is the share of reviews you pass (grade 3 or more) "
        "on cards you have seen before: it appears here from the second time you meet a card."
    )

    def compose(self) -> ComposeResult:
        yield self.empty_note()
        yield Static(
            "Retention per week: reviews passed (grade 3+) of reviews done",
            classes="chart-title chart-part",
        )
        yield RetentionChart(id="retention-chart", classes="chart-part")
        yield Static(id="retention-facts", classes="chart-part chart-facts")

    def show(self, stats: Statistics, figures: Headline) -> None:
        self.set_empty(not stats.retention_per_day)
        self.query_one(RetentionChart).set_data(stats.retention_per_day, stats.today)
        reviews = sum(day.reviews for day in stats.retention_per_day.values())
        windows = [
            ("last 7 days", *figures.retention_week),
            ("30 days", *figures.retention_month),
            ("year", stats.retention, reviews),
        ]
        parts = [
            f"{label} {percent(share)} of {thousands(count)}" for label, share, count in windows
        ]
        self.query_one("#retention-facts", Static).update("Passed: " + " · ".join(parts))


class ForecastPane(StatsPane):
    """Cards falling due each of the next 30 days, and the exam plan when one is set."""

    EMPTY_NOTE = (
        "Nothing falls due in the next 30 days.\n\nNew cards join the forecast once you "
        "have studied them for the first time."
    )

    def compose(self) -> ComposeResult:
        yield Static(
            "Cards due per day, next 30 days (today's bar includes overdue cards)",
            classes="chart-title chart-part",
        )
        yield self.empty_note()
        yield DayBarChart(id="forecast-chart", classes="chart-part")
        yield Static(id="forecast-facts", classes="chart-part chart-facts")
        yield Static(id="exam-plan")

    def show(self, stats: Statistics, figures: Headline) -> None:
        self.set_empty(not any(stats.forecast.values()))
        days = sorted(stats.forecast)
        marker = None
        if stats.exam is not None and not stats.exam.is_over:
            marker = (stats.exam.exam_date, "exam")
        series = DaySeries.from_mapping(stats.forecast, days, stats.today)
        self.query_one("#forecast-chart", DayBarChart).set_data(series, marker)
        self.query_one("#forecast-facts", Static).update(
            f"Tomorrow: {thousands(figures.due_tomorrow)}   "
            f"Next 7 days: {thousands(figures.due_week)}   "
            f"Next 30 days: {thousands(figures.due_month)}"
        )
        exam = self.query_one("#exam-plan", Static)
        exam.display = stats.exam is not None
        if stats.exam is not None:
            exam.update(exam_summary(stats.exam))


def exam_summary(plan: ExamPlan) -> Content:
    """`Exam on 20 Mar (in 18 days): 95 cards to see; …` with the new cards a day."""
    when = short_date(plan.exam_date, plan.today)
    details = describe_exam_plan(plan)
    if not plan.is_over and plan.new_per_day:
        details += f", {plural(plan.new_per_day, 'new card')} among them"
    days = "" if plan.is_over else f" (in {plural(plan.days_left, 'day')})"
    return Content.assemble((f"Exam on {when}{days}: ", "bold $warning"), details)


STATE_NOTES = (
    "New: never studied. Learning: fewer than two passes in a row. "
    f"Young: next review within {MATURE_INTERVAL} days. Mature: {MATURE_INTERVAL} days or more. "
    "Suspended: set aside by you. Retired: dropped from their deck."
)


class CardsPane(StatsPane):
    """How many cards are in each state, as one stacked bar."""

    EMPTY_NOTE = "No cards yet.\n\nImport a deck from the home screen to fill this chart."

    def compose(self) -> ComposeResult:
        yield self.empty_note()
        yield Static(id="cards-title", classes="chart-title chart-part")
        yield StackedBar(id="states-bar", classes="chart-part")
        yield Static(STATE_NOTES, classes="chart-part chart-facts")

    def show(self, stats: Statistics, figures: Headline) -> None:
        states = stats.states
        self.set_empty(states.total == 0)
        self.query_one("#cards-title", Static).update(
            f"Cards by state: {plural(states.total, 'card')}"
        )
        parts = [
            Part("New", states.new),
            Part("Learning", states.learning),
            Part("Young", states.young),
            Part("Mature", states.mature),
            Part("Suspended", states.suspended),
            Part("Retired", states.retired),
        ]
        self.query_one(StackedBar).set_data(parts)


SM2_HARDEST_TITLE = "Hardest cards: failed last, then low ease factor (EF) and many lapses"
FSRS_HARDEST_TITLE = "Hardest cards: highest FSRS difficulty (D, 1 to 10)"
MIXED_HARDEST_TITLE = "Hardest cards, as each deck's scheduler ranks them (SM-2: EF; FSRS: D)"


class HardestPane(StatsPane):
    """The cards their scheduler ranks hardest: for SM-2, failed last, then a low ease
    factor and many lapses; for FSRS, its own difficulty."""

    EMPTY_NOTE = (
        "No reviewed cards yet.\n\nOnce you have reviewed some cards, the ones you find "
        "hardest (failed last, low ease factor EF, many lapses) are listed here."
    )
    OTHER_COLUMNS = 26

    def compose(self) -> ComposeResult:
        yield self.empty_note()
        yield Static(SM2_HARDEST_TITLE, id="hardest-title", classes="chart-title chart-part")
        table: DataTable[str | Text] = DataTable(
            id="hardest-table", classes="chart-part", cursor_type="none", zebra_stripes=True
        )
        # Keys stay with the tabs: the table is read, not navigated.
        table.can_focus = False
        yield table

    def __init__(self) -> None:
        super().__init__()
        self.hardest: tuple[HardCard, ...] = ()

    def show(self, stats: Statistics, figures: Headline) -> None:
        self.set_empty(not stats.hardest)
        self.hardest = stats.hardest
        self.fill_table()

    def on_resize(self) -> None:
        # The prompt column takes the width left over, so it follows the terminal's size.
        self.fill_table()

    def fill_table(self) -> None:
        table: DataTable[str | Text] = self.query_one(DataTable)
        table.clear(columns=True)
        prompt_width = max(20, self.size.width - self.OTHER_COLUMNS)
        table.add_column("Card", width=prompt_width, key="prompt")
        schedulers = {card.schedule.scheduler for card in self.hardest}
        title, column = (
            (SM2_HARDEST_TITLE, "EF")
            if schedulers <= {"sm2"}
            else (FSRS_HARDEST_TITLE, "D")
            if schedulers == {"fsrs"}
            else (MIXED_HARDEST_TITLE, "EF/D")
        )
        self.query_one("#hardest-title", Static).update(title)
        table.add_column(column, key="ef")
        table.add_column("Lapses", key="lapses")
        table.add_column("Reviews", key="reviews")
        for card in self.hardest:
            table.add_row(
                literal_cell(card.prompt, prompt_width),
                ease_text(card.schedule),
                str(card.lapses).rjust(len("Lapses")),
                str(card.reviews).rjust(len("Reviews")),
                key=card.card_id,
            )


def ease_text(schedule: Schedule) -> str:
    """What makes a card hard to its scheduler: SM-2's E-Factor, FSRS's difficulty."""
    memory = schedule.memory
    if isinstance(memory, FSRSMemory):
        return "–" if memory.difficulty is None else f"{memory.difficulty:.2f}"
    return ef_text(schedule)


def _facts(facts: list[tuple[str, str]]) -> Content:
    """One `label value` line per fact, for a narrow side panel."""
    lines = [
        Content.assemble((label, "$text-muted"), " ", (value, "bold")) for label, value in facts
    ]
    return Content("\n").join(lines)

"""Chart maths and drawing: pure rows of styled spans from data, and the themed widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from trainer.store import DayRetention
from trainer.tui.literal import fit
from trainer.tui.widgets.charts import CalendarHeatmap, DayBarChart, DaySeries, Part, StackedBar
from trainer.tui.widgets.charts.bars import bar_chart_rows
from trainer.tui.widgets.charts.dates import month_axis, relative_day, short_date
from trainer.tui.widgets.charts.figures import study_streak
from trainer.tui.widgets.charts.heatmap import (
    CELL,
    LEVELS,
    heatmap_grid,
    heatmap_rows,
    weeks_that_fit,
)
from trainer.tui.widgets.charts.retention import (
    retention_between,
    retention_rows,
    weekly_retention,
    weeks_to_show,
)
from trainer.tui.widgets.charts.scale import (
    EIGHTHS,
    FULL_BLOCK,
    column_glyphs,
    intensity_level,
    level_ranges,
    plain,
    proportional_widths,
)
from trainer.tui.widgets.charts.stacked import legend_rows, stacked_rows

TODAY = date(2026, 3, 4)  # a Wednesday


def eighths(column: list[str]) -> int:
    return sum(EIGHTHS.index(glyph) for glyph in column)


# Scale -----------------------------------------------------------------------------------


@given(st.integers(0, 500), st.integers(1, 500), st.integers(1, 12))
def test_a_column_is_as_tall_as_asked_and_grows_with_its_value(
    value: int, maximum: int, height: int
) -> None:
    column = column_glyphs(value, maximum, height)
    assert len(column) == height
    bigger = column_glyphs(value + 1, maximum, height)
    assert eighths(bigger) >= eighths(column)
    # Filled cells sit at the bottom: nothing is drawn above an empty cell.
    filled = [glyph != " " for glyph in column]
    assert filled == sorted(filled)


def test_columns_show_nothing_a_sliver_or_all() -> None:
    assert column_glyphs(0, 10, 4) == [" "] * 4
    assert column_glyphs(10, 10, 4) == [FULL_BLOCK] * 4
    assert column_glyphs(1, 10_000, 4) == [" ", " ", " ", "▁"]
    assert column_glyphs(5, 10, 2) == [" ", FULL_BLOCK]


@given(st.integers(1, 1000), st.integers(1, 8))
def test_every_count_falls_in_the_range_its_level_names(maximum: int, levels: int) -> None:
    ranges = level_ranges(maximum, levels)
    for count in range(1, maximum + 1):
        low, high = ranges[intensity_level(count, maximum, levels) - 1]
        assert low <= count <= high
    assert intensity_level(0, maximum, levels) == 0
    assert intensity_level(maximum, maximum, levels) == levels


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=6), st.integers(6, 120))
def test_shares_fill_the_width_and_keep_every_part(counts: list[int], width: int) -> None:
    widths = proportional_widths(counts, width)
    assert len(widths) == len(counts)
    if sum(counts) == 0:
        assert widths == [0] * len(counts)
        return
    assert sum(widths) == width
    assert all(cells >= 1 for cells, count in zip(widths, counts, strict=True) if count)
    assert all(cells == 0 for cells, count in zip(widths, counts, strict=True) if not count)


def test_fit_cuts_with_an_ellipsis() -> None:
    assert fit("Danube", 10) == "Danube"
    assert fit("Which river flows through Paris?", 12) == "Which river…"
    assert fit("anything", 0) == ""


# Dates -----------------------------------------------------------------------------------


def test_dates_are_short_and_relative_to_today() -> None:
    assert short_date(date(2026, 3, 5)) == "5 Mar"
    assert short_date(date(2025, 12, 31), TODAY) == "31 Dec 2025"
    assert relative_day(TODAY, TODAY) == "today"
    assert relative_day(TODAY + timedelta(days=1), TODAY) == "tomorrow"
    assert relative_day(TODAY + timedelta(days=9), TODAY) == "13 Mar"


def test_month_names_start_where_their_month_does() -> None:
    mondays = [date(2025, 12, 29) + timedelta(weeks=week) for week in range(10)]
    axis = month_axis(mondays, 7, 2)
    assert len(axis) == 20
    # Each name sits over the first week reaching into its month: the week of 29 Dec
    # ends on 4 Jan, that of 26 Jan on 1 Feb, that of 23 Feb on 1 Mar.
    assert axis == "Jan     Feb     Mar "


def test_month_names_never_run_into_each_other() -> None:
    days = [date(2026, 1, 29) + timedelta(days=offset) for offset in range(10)]
    # "Jan" at the left edge would touch "Feb" three cells later: the whole month wins.
    assert month_axis(days, 1, 1) == "   Feb    "
    # One day earlier there is room for both, a space apart.
    assert month_axis([days[0] - timedelta(days=1), *days], 1, 1) == "Jan Feb    "


# Heatmap ---------------------------------------------------------------------------------


@given(st.dictionaries(st.integers(0, 200), st.integers(1, 60), max_size=60), st.integers(4, 40))
def test_the_heatmap_holds_each_days_count(by_offset: dict[int, int], weeks: int) -> None:
    counts = {TODAY - timedelta(days=offset): count for offset, count in by_offset.items()}
    grid = heatmap_grid(counts, TODAY, weeks)
    assert grid.first_monday.weekday() == 0
    assert grid.weeks == weeks and len(grid.rows) == 7
    for day in (grid.first_monday + timedelta(days=n) for n in range(weeks * 7)):
        expected = None if day > TODAY else counts.get(day, 0)
        assert grid.count_on(day) == expected
    assert grid.count_on(grid.first_monday - timedelta(days=1)) is None


def test_heatmap_rows_draw_a_cell_per_day_in_its_level() -> None:
    counts = {TODAY: 12, TODAY - timedelta(days=1): 3, TODAY - timedelta(days=7): 6}
    grid = heatmap_grid(counts, TODAY, 5)
    rows = heatmap_rows(grid, 60)
    assert len(rows) == 1 + 7 + 2  # months, weekdays, blank, legend
    wednesday = rows[1 + TODAY.weekday()]
    cells = [style for text, style in wednesday if text == CELL]
    assert len(cells) == 5
    assert cells[-1] == f"heatmap--level-{LEVELS}"
    assert cells[-2] == "heatmap--level-2"  # 6 of at most 12
    # Thursday to Sunday of this week are still to come: no cell.
    thursday = rows[1 + TODAY.weekday() + 1]
    assert sum(text == CELL for text, _ in thursday) == 4
    assert plain(rows[1]).startswith("Mon ")
    assert "1–3" in plain(rows[-1]) and "10–12" in plain(rows[-1])


@pytest.mark.parametrize("width", [30, 45, 60, 120])
def test_the_heatmap_legend_keeps_one_format_at_every_width(width: int) -> None:
    grid = heatmap_grid({TODAY: 40}, TODAY, 4)
    legend = plain(heatmap_rows(grid, width)[-1])
    # Counts at every width; only the heading and the gaps give way.
    for counts in ("0", "1–10", "11–20", "21–30", "31–40"):
        assert f"{CELL} {counts}" in legend
    assert "Less" not in legend
    assert ("answers a day" in legend) == (width >= 60)


def test_weeks_follow_the_width() -> None:
    assert weeks_that_fit(58) == 27
    assert weeks_that_fit(10) == 4
    assert weeks_that_fit(500) == 53


# Day bars --------------------------------------------------------------------------------


def series(values: list[int]) -> DaySeries:
    days = tuple(TODAY + timedelta(days=offset) for offset in range(len(values)))
    return DaySeries(days, tuple(values), TODAY)


def test_bars_are_one_per_day_with_axis_and_labels() -> None:
    values = [9, 0, 3, 6] + [1] * 26
    rows = bar_chart_rows(series(values), 76, height=6)
    plot = rows[:6]
    assert plain(plot[0]).startswith("9 ┤")
    # Six rows of eighths: 3 of 9 is two full rows, 6 of 9 four.
    columns = [
        [part for part, style in row if style in {"bars--bar", "bars--today"}] for row in plot
    ]
    assert all(len(row) == 30 for row in columns)
    heights = [sum(EIGHTHS.index(row[day]) for row in columns) for day in range(30)]
    assert heights[:4] == [48, 0, 16, 32]
    today_styles = {style for row in plot for part, style in row if style == "bars--today"}
    assert today_styles == {"bars--today"}
    assert plain(rows[6]).startswith("0 └")
    assert plain(rows[7]).split() == ["W", "T", "F", "S", "S", "M", "T"] * 4 + ["W", "T"]
    labels = plain(rows[8]).split()
    assert labels[0] == "today" and labels[1:3] == ["11", "Mar"]


def test_a_marker_points_at_its_day() -> None:
    rows = bar_chart_rows(series([1] * 30), 76, height=4, marker=(TODAY + timedelta(5), "exam"))
    first_bar = plain(rows[1]).index(FULL_BLOCK)
    assert plain(rows[0]).index("▼ exam") == first_bar + 5 * 2


def test_a_marker_outside_the_days_is_left_out() -> None:
    rows = bar_chart_rows(series([1] * 30), 76, height=4, marker=(TODAY - timedelta(1), "exam"))
    assert "exam" not in plain(rows[0])


# Retention -------------------------------------------------------------------------------


def test_weeks_sum_their_days_reviews() -> None:
    per_day = {
        TODAY: DayRetention(4, 3),
        TODAY - timedelta(days=1): DayRetention(6, 6),
        TODAY - timedelta(days=7): DayRetention(10, 5),
    }
    weeks = weekly_retention(per_day, TODAY, 3)
    assert [week.monday for week in weeks] == [
        date(2026, 2, 16),
        date(2026, 2, 23),
        date(2026, 3, 2),
    ]
    assert [(week.reviews, week.passed) for week in weeks] == [(0, 0), (10, 5), (10, 9)]
    assert weeks[0].share is None and weeks[2].share == pytest.approx(0.9)
    assert retention_between(per_day, TODAY - timedelta(days=6), TODAY) == (0.9, 10)
    assert retention_between(per_day, TODAY + timedelta(1), TODAY + timedelta(2)) == (None, 0)


def test_retention_shows_from_the_first_review_at_least_eight_weeks() -> None:
    assert weeks_to_show({TODAY: DayRetention(1, 1)}, TODAY, 80) == 8
    long_ago = {TODAY - timedelta(weeks=20): DayRetention(1, 1)}
    assert weeks_to_show(long_ago, TODAY, 80) == 21
    assert weeks_to_show(long_ago, TODAY, 30) == 12


def test_retention_rows_have_quarter_ticks_and_gaps_for_empty_weeks() -> None:
    per_day = {TODAY: DayRetention(4, 4), TODAY - timedelta(days=14): DayRetention(4, 2)}
    weeks = weekly_retention(per_day, TODAY, 3)
    rows = retention_rows(weeks, 40, 8)
    ticks = [plain(row)[:4].strip() for row in rows[:8]]
    assert ticks == ["100%", "", "75%", "", "50%", "", "25%", ""]
    styles = {style for row in rows for _, style in row}
    assert {"retention--good", "retention--low", "retention--gap"} <= styles
    assert "·" in plain(rows[7])
    full = [part for part, style in rows[0] if style == "retention--good"]
    assert full and all(set(part) == {FULL_BLOCK} for part in full)


# Stacked bar and figures -----------------------------------------------------------------


def test_the_stacked_bar_and_legend_show_every_part() -> None:
    parts = [Part("New", 30), Part("Learning", 0), Part("Young", 10), Part("Mature", 60)]
    rows = stacked_rows(parts, 50)
    assert plain(rows[0]) == FULL_BLOCK * 50
    widths = {style: len(text) for text, style in rows[0]}
    assert widths == {"stacked--part-0": 15, "stacked--part-2": 5, "stacked--part-3": 30}
    legend = " ".join(plain(row) for row in legend_rows(parts, 50))
    for expected in ("New 30 (30%)", "Learning 0", "Young 10 (10%)", "Mature 60 (60%)"):
        assert expected in legend


def test_an_empty_stacked_bar_says_so_and_too_many_parts_are_refused() -> None:
    assert stacked_rows([Part("New", 0)], 10)[0] == (("░" * 10, "stacked--empty"),)
    with pytest.raises(ValueError, match="at most 6"):
        stacked_rows([Part(str(n), 1) for n in range(7)], 10)


def test_a_streak_counts_days_in_a_row_up_to_today_or_yesterday() -> None:
    days = {TODAY - timedelta(days=n): 1 for n in (1, 2, 3, 5)}
    assert study_streak(days, TODAY) == 3  # today not studied yet: the streak still holds
    assert study_streak({**days, TODAY: 2}, TODAY) == 4
    assert study_streak({TODAY - timedelta(days=2): 5}, TODAY) == 0
    assert study_streak({}, TODAY) == 0


# Widgets ---------------------------------------------------------------------------------


class ChartsApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CalendarHeatmap()
        yield DayBarChart(height=4)
        yield StackedBar()


async def test_widgets_draw_their_rows_in_theme_colours() -> None:
    app = ChartsApp()
    async with app.run_test(size=(80, 40)) as pilot:
        heatmap = app.query_one(CalendarHeatmap)
        heatmap.set_data({TODAY: 5}, TODAY)
        bars = app.query_one(DayBarChart)
        bars.set_data(series([3, 1, 2]))
        stacked = app.query_one(StackedBar)
        stacked.set_data([Part("New", 2), Part("Mature", 1)])
        await pilot.pause()
        width = heatmap.content_size.width
        assert heatmap.grid is not None and heatmap.grid.count_on(TODAY) == 5
        drawn = heatmap.render()
        assert drawn.plain.splitlines() == [
            plain(row)
            for row in heatmap_rows(heatmap_grid({TODAY: 5}, TODAY, weeks_that_fit(width)), width)
        ]
        assert heatmap.size.height == len(drawn.plain.splitlines())
        assert bars.values == (3, 1, 2)
        dark = heatmap.get_component_rich_style("heatmap--level-1").color
        app.theme = "textual-light"
        await pilot.pause()
        light = heatmap.get_component_rich_style("heatmap--level-1").color
        assert dark is not None and light is not None and dark != light
        assert [part.count for part in stacked.parts] == [2, 1]


def test_bar_charts_grow_with_a_taller_terminal() -> None:
    from trainer.tui.widgets.charts.bars import grown_height

    assert grown_height(4, 24) == 4
    assert grown_height(4, 20) == 4
    assert grown_height(4, 40) == 12
    assert grown_height(8, 41) == 16

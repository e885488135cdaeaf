"""A calendar heatmap of answers per day: weeks as columns, weekdays as rows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import ClassVar

from trainer.core.records import record
from trainer.tui.widgets.charts.base import ChartWidget
from trainer.tui.widgets.charts.dates import WEEKDAYS, monday_of, month_axis
from trainer.tui.widgets.charts.scale import Row, Span, intensity_level, level_ranges

LEVELS = 4
CELL = "■"
CELL_WIDTH = 2
LABEL_WIDTH = 4
# Weekday rows that carry a label, as on most calendar heatmaps (Mon, Wed, Fri).
LABELLED_WEEKDAYS = (0, 2, 4)


@record
class HeatmapGrid:
    """Counts laid out by week (column) and weekday (row); days after today are None."""

    first_monday: date
    today: date
    # rows[weekday][week]
    rows: tuple[tuple[int | None, ...], ...]
    maximum: int

    @property
    def weeks(self) -> int:
        return len(self.rows[0])

    @property
    def week_starts(self) -> list[date]:
        return [self.first_monday + timedelta(weeks=week) for week in range(self.weeks)]

    def count_on(self, day: date) -> int | None:
        """The count drawn for `day`; None if the day is not on the grid or still to come."""
        offset = (day - self.first_monday).days
        if not 0 <= offset < self.weeks * 7:
            return None
        return self.rows[day.weekday()][offset // 7]

    def level_on(self, day: date) -> int | None:
        count = self.count_on(day)
        return None if count is None else intensity_level(count, self.maximum, LEVELS)


def weeks_that_fit(width: int, minimum: int = 4, maximum: int = 53) -> int:
    """How many week columns a heatmap `width` cells wide shows."""
    return max(minimum, min(maximum, (width - LABEL_WIDTH) // CELL_WIDTH))


def heatmap_grid(counts: Mapping[date, int], today: date, weeks: int) -> HeatmapGrid:
    """The last `weeks` weeks up to `today`'s week, each day holding its count."""
    first = monday_of(today) - timedelta(weeks=weeks - 1)
    rows: list[tuple[int | None, ...]] = []
    for weekday in range(7):
        row: list[int | None] = []
        for week in range(weeks):
            day = first + timedelta(days=week * 7 + weekday)
            row.append(None if day > today else counts.get(day, 0))
        rows.append(tuple(row))
    shown = [count for row in rows for count in row if count]
    return HeatmapGrid(first, today, tuple(rows), max(shown, default=0))


def legend_row(maximum: int, width: int) -> Row:
    """What each shade means, always as counts (`■ 1–3`): where room is short the heading
    and the gaps go, never the counts, so the legend reads the same at every width."""
    for heading, gap in (("answers a day: ", "  "), ("", "  "), ("", " ")):
        spans: list[Span] = [(CELL, "heatmap--level-0"), (" 0", "heatmap--label")]
        if heading:
            spans.insert(0, (heading, "heatmap--label"))
        for level, (low, high) in enumerate(level_ranges(maximum, LEVELS), start=1):
            if low > high:
                continue
            spans += [(gap, ""), (CELL, f"heatmap--level-{level}")]
            spans.append((f" {low}" if low == high else f" {low}–{high}", "heatmap--label"))
        if sum(len(text) for text, _ in spans) <= width:
            break
    return tuple(spans)


def heatmap_rows(grid: HeatmapGrid, width: int) -> list[Row]:
    """The month line, one line per weekday, a blank line and the legend."""
    months = month_axis(grid.week_starts, 7, CELL_WIDTH)
    rows: list[Row] = [(((" " * LABEL_WIDTH + months).rstrip(), "heatmap--label"),)]
    for weekday, counts in enumerate(grid.rows):
        label = WEEKDAYS[weekday] if weekday in LABELLED_WEEKDAYS else ""
        spans: list[Span] = [(label.ljust(LABEL_WIDTH), "heatmap--label")]
        for count in counts:
            if count is None:
                spans.append(("  ", ""))
            else:
                level = intensity_level(count, grid.maximum, LEVELS)
                spans += [(CELL, f"heatmap--level-{level}"), (" ", "")]
        rows.append(tuple(spans))
    rows.append(())
    rows.append(legend_row(grid.maximum, width))
    return rows


class CalendarHeatmap(ChartWidget):
    """Answers per day over the last months, darker for busier days."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "heatmap--label",
        *(f"heatmap--level-{level}" for level in range(LEVELS + 1)),
    }
    DEFAULT_CSS = """
    CalendarHeatmap {
        height: auto;
        & > .heatmap--label { color: $text-muted; }
        /* Shades that stay distinct in 256-colour terminals too, where $success 80% and
           $success fall on the same colour: the busiest days are lighter than $success on a
           dark background, darker on a light one. */
        & > .heatmap--level-0 { color: $foreground 12%; }
        & > .heatmap--level-1 { color: $success 30%; }
        & > .heatmap--level-2 { color: $success 55%; }
        & > .heatmap--level-3 { color: $success; }
        & > .heatmap--level-4 { color: $success-lighten-2; }
    }
    .-light-mode CalendarHeatmap > .heatmap--level-4 { color: $success-darken-2; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.counts: Mapping[date, int] = {}
        self.today: date | None = None

    def set_data(self, counts: Mapping[date, int], today: date) -> None:
        self.counts = counts
        self.today = today
        self.show_data()

    def grid_for(self, width: int) -> HeatmapGrid | None:
        if self.today is None:
            return None
        return heatmap_grid(self.counts, self.today, weeks_that_fit(width))

    @property
    def grid(self) -> HeatmapGrid | None:
        """The grid as drawn at the widget's current width."""
        return self.grid_for(self.content_size.width)

    def chart_rows(self, width: int) -> list[Row]:
        grid = self.grid_for(width)
        return [] if grid is None else heatmap_rows(grid, width)

"""A bar chart of a count per day (due cards ahead, answers behind) with axes and day labels."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import ClassVar

from trainer.core.records import record
from trainer.tui.widgets.charts.base import ChartWidget
from trainer.tui.widgets.charts.dates import WEEKDAYS, relative_day
from trainer.tui.widgets.charts.scale import Row, Span, column_glyphs

DEFAULT_HEIGHT = 8
# The terminal height the bar heights are chosen for; a taller one gives every bar chart
# half of the extra rows (a 40-row terminal: 8 more), so that the charts use the room.
BASE_SCREEN_HEIGHT = 24


def grown_height(height: int, screen_height: int) -> int:
    """A chart's bar height on a screen `screen_height` rows tall."""
    return height + max(0, screen_height - BASE_SCREEN_HEIGHT) // 2


@record
class DaySeries:
    """One count per consecutive day, and the day the chart calls today."""

    days: tuple[date, ...]
    values: tuple[int, ...]
    today: date

    @classmethod
    def from_mapping(
        cls, counts: Mapping[date, int], days: Sequence[date], today: date
    ) -> DaySeries:
        return cls(tuple(days), tuple(counts.get(day, 0) for day in days), today)


@record
class BarLayout:
    """Where bars go: a slot per day, the bar filling its left part."""

    axis_width: int
    slot: int
    bar: int


def bar_layout(width: int, bars: int, top: int) -> BarLayout:
    """Slots as wide as the width allows (a gap between bars once slots are 2 cells)."""
    axis_width = len(str(top)) + 2
    slot = max(1, (width - axis_width) // max(1, bars))
    return BarLayout(axis_width, slot, slot - 1 if slot >= 2 else 1)


def day_labels(series: DaySeries, layout: BarLayout, width: int) -> str:
    """Today and every seventh day from it named under their bars, within `width` cells."""
    cells = [" "] * width
    free_from = 0
    for index, day in enumerate(series.days):
        if (day - series.today).days % 7:
            continue
        name = relative_day(day, series.today)
        column = index * layout.slot
        if column >= free_from and column + len(name) <= width:
            cells[column : column + len(name)] = name
            free_from = column + len(name) + 1
    return "".join(cells)


def _tick(top: int, height: int, row: int) -> str:
    """The count at the top edge of `row`, when it is a whole number."""
    value, remainder = divmod(top * (height - row), height)
    return "" if remainder else str(value)


def bar_chart_rows(
    series: DaySeries,
    width: int,
    height: int = DEFAULT_HEIGHT,
    marker: tuple[date, str] | None = None,
) -> list[Row]:
    """The bars with a y axis (0, half and top), weekday initials and day labels.

    `marker` puts a labelled ▼ above one day's bar (an exam day, say), when shown.
    """
    # The axis tops out at the tallest bar: its label then reads as that day's count.
    top = max(1, *series.values)
    layout = bar_layout(width, len(series.values), top)
    columns = [column_glyphs(value, top, height) for value in series.values]
    label_width = layout.axis_width - 2
    rows: list[Row] = []
    if marker is not None and marker[0] in series.days:
        offset = layout.axis_width + series.days.index(marker[0]) * layout.slot
        rows.append(((" " * offset, ""), ("▼ " + marker[1], "bars--marker")))
    ticks = {row: _tick(top, height, row) for row in (0, height // 2)}
    for line in range(height):
        tick = ticks.get(line, "")
        spans: list[Span] = [(tick.rjust(label_width) + (" ┤" if tick else " │"), "bars--axis")]
        for index, column in enumerate(columns):
            style = "bars--today" if series.days[index] == series.today else "bars--bar"
            spans.append((column[line] * layout.bar, style))
            spans.append((" " * (layout.slot - layout.bar), ""))
        rows.append(tuple(spans))
    baseline = "0".rjust(label_width) + " └" + "─" * (layout.slot * len(columns))
    rows.append(((baseline, "bars--axis"),))
    indent = " " * layout.axis_width
    if layout.slot >= 2:
        initials = "".join(WEEKDAYS[day.weekday()][0].ljust(layout.slot) for day in series.days)
        rows.append(((indent + initials.rstrip(), "bars--label"),))
    rows.append(
        ((indent + day_labels(series, layout, width - layout.axis_width).rstrip(), "bars--label"),)
    )
    return rows


class DayBarChart(ChartWidget):
    """A count per day as bars; today's bar stands out."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "bars--bar",
        "bars--today",
        "bars--axis",
        "bars--label",
        "bars--marker",
    }
    DEFAULT_CSS = """
    DayBarChart {
        height: auto;
        & > .bars--bar { color: $primary; }
        & > .bars--today { color: $accent; }
        & > .bars--axis { color: $text-muted; }
        & > .bars--label { color: $text-muted; }
        & > .bars--marker { color: $warning; text-style: bold; }
    }
    """

    def __init__(
        self, *, height: int = DEFAULT_HEIGHT, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.bar_height = height
        self.series: DaySeries | None = None
        self.marker: tuple[date, str] | None = None

    @property
    def values(self) -> tuple[int, ...]:
        return () if self.series is None else self.series.values

    def set_data(self, series: DaySeries, marker: tuple[date, str] | None = None) -> None:
        self.series = series
        self.marker = marker
        self.show_data()

    def chart_rows(self, width: int) -> list[Row]:
        if self.series is None:
            return []
        height = grown_height(self.bar_height, self.app.size.height)
        return bar_chart_rows(self.series, width, height, self.marker)

"""A horizontal stacked bar (parts of a whole, such as cards by state) with its legend."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from trainer.core.records import record
from trainer.tui.literal import fit
from trainer.tui.widgets.charts.base import ChartWidget
from trainer.tui.widgets.charts.scale import (
    FULL_BLOCK,
    Row,
    Span,
    percent,
    proportional_widths,
    thousands,
)

# Colours are given by position (see StackedBar's CSS), so a chart has at most this many parts.
MAX_PARTS = 6
LEGEND_MIN_COLUMN = 20
BAR_LINES = 2


@record
class Part:
    label: str
    count: int


def bar_row(parts: Sequence[Part], width: int) -> Row:
    """One line of the bar: each part's share of `width` in its own colour."""
    widths = proportional_widths([part.count for part in parts], width)
    spans: list[Span] = [
        (FULL_BLOCK * cells, f"stacked--part-{index}")
        for index, cells in enumerate(widths)
        if cells
    ]
    if not spans:
        return (("░" * width, "stacked--empty"),)
    return tuple(spans)


def legend_rows(parts: Sequence[Part], width: int) -> list[Row]:
    """`■ New 101 (78%)` for each part, in as many columns as fit."""
    total = sum(part.count for part in parts)
    columns = max(1, min(len(parts), width // LEGEND_MIN_COLUMN))
    column_width = width // columns
    rows: list[Row] = []
    for start in range(0, len(parts), columns):
        spans: list[Span] = []
        for index in range(start, min(start + columns, len(parts))):
            part = parts[index]
            share = f" ({percent(part.count / total)})" if total and part.count else ""
            text = fit(f" {part.label} {thousands(part.count)}{share}", column_width - 2)
            spans += [("■", f"stacked--part-{index}"), (text.ljust(column_width - 1), "")]
        rows.append(tuple(spans))
    return rows


def stacked_rows(parts: Sequence[Part], width: int) -> list[Row]:
    """The bar (BAR_LINES tall), a blank line, then the legend."""
    if len(parts) > MAX_PARTS:
        raise ValueError(f"a stacked bar shows at most {MAX_PARTS} parts, not {len(parts)}")
    bar = bar_row(parts, width)
    return [*([bar] * BAR_LINES), (), *legend_rows(parts, width)]


class StackedBar(ChartWidget):
    """Parts of a whole side by side in one bar, each with its count and share below."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "stacked--empty",
        *(f"stacked--part-{i}" for i in range(MAX_PARTS)),
    }
    DEFAULT_CSS = """
    StackedBar {
        height: auto;
        & > .stacked--empty { color: $foreground 15%; }
        & > .stacked--part-0 { color: $primary; }
        & > .stacked--part-1 { color: $error; }
        & > .stacked--part-2 { color: $success 55%; }
        & > .stacked--part-3 { color: $success; }
        & > .stacked--part-4 { color: $warning; }
        & > .stacked--part-5 { color: $foreground 35%; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.parts: tuple[Part, ...] = ()

    def set_data(self, parts: Sequence[Part]) -> None:
        if len(parts) > MAX_PARTS:
            raise ValueError(f"a stacked bar shows at most {MAX_PARTS} parts, not {len(parts)}")
        self.parts = tuple(parts)
        self.show_data()

    def chart_rows(self, width: int) -> list[Row]:
        return stacked_rows(self.parts, width) if self.parts else []

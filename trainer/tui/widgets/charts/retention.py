"""Retention over time: the share of reviews passed each week, as an area from 0 to 100%."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import ClassVar

from trainer.core.records import record
from trainer.engine import DayRetention
from trainer.tui.widgets.charts.base import ChartWidget
from trainer.tui.widgets.charts.dates import monday_of, month_axis
from trainer.tui.widgets.charts.scale import Row, Span, column_glyphs

DEFAULT_HEIGHT = 8
AXIS_WIDTH = 6
MIN_WEEKS = 8
MAX_COLUMN_WIDTH = 6
# Weeks under this share are drawn in the warning colour.
GOOD_SHARE = 0.8


@record
class WeekRetention:
    """Reviews in the week starting on `monday`, and how many of them passed."""

    monday: date
    reviews: int
    passed: int

    @property
    def share(self) -> float | None:
        return self.passed / self.reviews if self.reviews else None


def weekly_retention(
    per_day: Mapping[date, DayRetention], today: date, weeks: int
) -> list[WeekRetention]:
    """The last `weeks` weeks up to `today`'s, oldest first, empty weeks included."""
    first = monday_of(today) - timedelta(weeks=weeks - 1)
    totals = {first + timedelta(weeks=week): [0, 0] for week in range(weeks)}
    for day, retention in per_day.items():
        week = totals.get(monday_of(day))
        if week is not None and day <= today:
            week[0] += retention.reviews
            week[1] += retention.passed
    return [WeekRetention(monday, reviews, passed) for monday, (reviews, passed) in totals.items()]


def retention_between(
    per_day: Mapping[date, DayRetention], first: date, last: date
) -> tuple[float | None, int]:
    """The share of reviews passed from `first` to `last` (inclusive), and their number."""
    days = [retention for day, retention in per_day.items() if first <= day <= last]
    reviews = sum(day.reviews for day in days)
    passed = sum(day.passed for day in days)
    return (passed / reviews if reviews else None), reviews


def weeks_to_show(per_day: Mapping[date, DayRetention], today: date, width: int) -> int:
    """From the first reviewed week (at least MIN_WEEKS back) to today, as far as fits."""
    fits = max(1, (width - AXIS_WIDTH) // 2)
    first = min(per_day, default=today)
    since = (monday_of(today) - monday_of(first)).days // 7 + 1
    return max(1, min(fits, max(MIN_WEEKS, since)))


def retention_rows(weeks: list[WeekRetention], width: int, height: int) -> list[Row]:
    """Percent ticks every quarter, one area column per week, months along the bottom."""
    column_width = max(1, min(MAX_COLUMN_WIDTH, (width - AXIS_WIDTH) // max(1, len(weeks))))
    # Wide columns keep a one-cell gap so neighbouring weeks read apart.
    bar_width = column_width - 1 if column_width >= 3 else column_width
    gutter = " " * (column_width - bar_width)
    columns = [column_glyphs(week.share or 0.0, 1.0, height) for week in weeks]
    rows: list[Row] = []
    for line in range(height):
        quarter, remainder = divmod((height - line) * 4, height)
        tick = "" if remainder else f"{quarter * 25}%"
        spans: list[Span] = [
            (tick.rjust(AXIS_WIDTH - 2) + (" ┤" if tick else " │"), "retention--axis")
        ]
        for week, column in zip(weeks, columns, strict=True):
            share = week.share
            if share is None:
                gap = "·" if line == height - 1 else " "
                spans.append((gap.ljust(column_width), "retention--gap"))
                continue
            style = "retention--good" if share >= GOOD_SHARE else "retention--low"
            spans += [(column[line] * bar_width, style), (gutter, "")]
        rows.append(tuple(spans))
    baseline = "0%".rjust(AXIS_WIDTH - 2) + " └" + "─" * (column_width * len(weeks))
    rows.append(((baseline, "retention--axis"),))
    months = month_axis([week.monday for week in weeks], 7, column_width)
    rows.append(((" " * AXIS_WIDTH + months.rstrip(), "retention--axis"),))
    return rows


def retention_legend() -> Row:
    """What the two colours mean."""
    return (
        ("█", "retention--good"),
        (f" {round(GOOD_SHARE * 100)}% or more   ", "retention--axis"),
        ("█", "retention--low"),
        (f" under {round(GOOD_SHARE * 100)}%   ", "retention--axis"),
        ("·", "retention--gap"),
        (" no reviews that week", "retention--axis"),
    )


class RetentionChart(ChartWidget):
    """Weekly retention as an area chart, a legend beneath."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "retention--good",
        "retention--low",
        "retention--gap",
        "retention--axis",
    }
    DEFAULT_CSS = """
    RetentionChart {
        height: auto;
        & > .retention--good { color: $success; }
        & > .retention--low { color: $warning; }
        & > .retention--gap { color: $text-muted; }
        & > .retention--axis { color: $text-muted; }
    }
    """

    def __init__(
        self, *, height: int = DEFAULT_HEIGHT, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.area_height = height
        self.per_day: Mapping[date, DayRetention] = {}
        self.today: date | None = None

    def set_data(self, per_day: Mapping[date, DayRetention], today: date) -> None:
        self.per_day = per_day
        self.today = today
        self.show_data()

    def weeks_for(self, width: int) -> list[WeekRetention]:
        if self.today is None:
            return []
        weeks = weeks_to_show(self.per_day, self.today, width)
        return weekly_retention(self.per_day, self.today, weeks)

    @property
    def weeks(self) -> list[WeekRetention]:
        """The weeks as drawn at the widget's current width."""
        return self.weeks_for(self.content_size.width)

    def chart_rows(self, width: int) -> list[Row]:
        weeks = self.weeks_for(width)
        if not weeks:
            return []
        return [*retention_rows(weeks, width, self.area_height), (), retention_legend()]

"""Calendar wording for charts and tables: short dates, weekdays and a month axis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from trainer.core.scheduling.day_words import days_between

# Fixed English names: the screens are in English whatever the machine's locale.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def monday_of(day: date) -> date:
    """The Monday of `day`'s week (weeks run Monday to Sunday)."""
    return day - timedelta(days=day.weekday())


def short_date(day: date, today: date | None = None) -> str:
    """`5 Mar`, with the year when it is not `today`'s year."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    if today is not None and day.year != today.year:
        text += f" {day.year}"
    return text


def relative_day(day: date, today: date) -> str:
    """`today`, `tomorrow`, `yesterday`, else a short date."""
    if abs((day - today).days) <= 1:
        return days_between(day, today)
    return short_date(day, today)


def month_axis(starts: Sequence[date], span_days: int, column_width: int) -> str:
    """A line naming each month under the first column that reaches into it.

    Column `i` covers `span_days` days from `starts[i]` and is `column_width` cells wide.
    A name that would run into another is left out; the
    partial month at the left edge gives way to the first whole one.
    """
    width = len(starts) * column_width
    labels: list[tuple[int, str]] = []
    previous: tuple[int, int] | None = None
    for index, start in enumerate(starts):
        last = start + timedelta(days=span_days - 1)
        if (last.year, last.month) != previous:
            labels.append((index * column_width, MONTHS[last.month - 1]))
        previous = (last.year, last.month)
    cells = [" "] * width
    placed: list[tuple[int, int]] = []
    # Place month starts left to right, then the left edge's label if it still fits.
    for column, name in [*labels[1:], *labels[:1]]:
        end = column + len(name)
        clear = all(end < lo or column > hi for lo, hi in placed)
        if end <= width and clear:
            cells[column:end] = name
            placed.append((column, end))
    return "".join(cells)

"""Days in the learner's words: due dates relative to their learning day ("tomorrow", "in 6
days, Sat 5 Dec", "3 days ago"), and dates written out, for the app and line mode alike.

"Today" is always the learner's learning day (see learning_days): at 01:59 on 30 Nov,
with days starting at 4 am, a card due on 30 Nov is due "tomorrow". Names are English
whatever the machine's locale.
"""

from __future__ import annotations

from datetime import date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day_and_month(day: date, today: date) -> str:
    """`Sat 5 Dec`, with the year when it is not `today`'s year (`Mon 3 Jan 2028`)."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def days_between(day: date, today: date) -> str:
    """How far `day` is from `today`, in words only: `today`, `tomorrow`, `yesterday`,
    `in 6 days`, `3 days ago`. Short enough for a table column."""
    offset = (day - today).days
    if offset == 0:
        return "today"
    if offset == 1:
        return "tomorrow"
    if offset == -1:
        return "yesterday"
    if offset > 0:
        return f"in {offset} days"
    return f"{-offset} days ago"


def relative_date(day: date, today: date) -> str:
    """A day relative to the learner's today, with its date when that is not obvious:
    `today`, `tomorrow`, `yesterday`, `in 6 days, Sat 5 Dec`, `3 days ago, Fri 27 Nov`."""
    words = days_between(day, today)
    if abs((day - today).days) <= 1:
        return words
    return f"{words}, {day_and_month(day, today)}"


def interval_words(days: int) -> str:
    """An interval as a grade key shows it: `today`, `1 d`, `6 d`, `3.5 mo`, `1.2 y`."""
    if days <= 0:
        return "today"
    if days < 60:
        return f"{days} d"
    if days < 365:
        return f"{days / 30.4:.1f} mo"
    return f"{days / 365.25:.1f} y"

"""Dates as precise as they were written (a year, a month or a day), for decks and answers."""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import IntEnum

from trainer.core.records import record

# Deck values are written the ISO way only: YYYY, YYYY-MM or YYYY-MM-DD; a year alone may
# have fewer digits (`79`, `0079`: years are AD, 1 to 9999).
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{1,3})")


class Precision(IntEnum):
    """How much of a date is given; a larger value is more precise."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@record
class PartialDate:
    """A date as precise as it was written: a year, a month of a year, or a day."""

    year: int
    month: int = 1
    day: int = 1
    precision: Precision = Precision.DAY

    def units(self, precision: Precision) -> int:
        """A count of years, months or days since year 0, at the given precision."""
        if precision is Precision.YEAR:
            return self.year
        if precision is Precision.MONTH:
            return self.year * 12 + self.month - 1
        return date(self.year, self.month, self.day).toordinal()

    @property
    def first_day(self) -> date:
        """The first day the date covers (1 January for a year)."""
        return date(self.year, self.month, self.day)

    @property
    def last_day(self) -> date:
        """The last day the date covers (31 December for a year)."""
        if self.precision is Precision.YEAR:
            return date(self.year, 12, 31)
        if self.precision is Precision.MONTH:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return self.first_day

    def precedes(self, other: PartialDate) -> bool:
        """True when this date is wholly before the other (1926 precedes 1927-03, but
        neither 1926 nor 1926-03 precedes the other)."""
        return self.last_day < other.first_day


def checked_date(year: int, month: int, day: int, precision: Precision) -> PartialDate | None:
    """The date if it exists on the calendar, else None (30 February, year 0)."""
    try:
        date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day, precision)


def parse_iso_date(text: str) -> PartialDate | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as written in a deck, or a year of one to three
    digits (`79`); None for anything else."""
    match = _ISO.fullmatch(text.strip())
    if match is None:
        return None
    if match.group(4) is not None:
        return checked_date(int(match.group(4)), 1, 1, Precision.YEAR)
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day is not None:
        return checked_date(int(year), int(month), int(day), Precision.DAY)
    if month is not None:
        return checked_date(int(year), int(month), 1, Precision.MONTH)
    return checked_date(int(year), 1, 1, Precision.YEAR)

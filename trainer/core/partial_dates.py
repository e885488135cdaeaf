"""Dates as precise as they were written (a year, a month or a day), for decks and answers."""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import IntEnum

from trainer.core.card_frames import ENGLISH
from trainer.core.records import record

# Deck values are written the ISO way: YYYY, YYYY-MM or YYYY-MM-DD; a year alone may
# have fewer digits (`79`, `0079`: AD 1 to 9999), or its era: `480 BC`, `480 BCE`,
# `AD 79`, `79 CE`.
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{1,3})")
_BEFORE = r"B\.?\s?C\.?(?:\s?E\.?)?"
_AFTER = r"A\.?\s?D\.?|C\.?\s?E\.?"
_ERA_YEAR = re.compile(
    rf"(?P<year>\d{{1,4}})\s*(?:(?P<before>{_BEFORE})|{_AFTER})|(?:{_AFTER})\s*(?P<ad>\d{{1,4}})",
    re.IGNORECASE,
)
# Or as people write them in English: "14 July 1789", "July 14, 1789", "July 1789".
_MONTH_NUMBERS = {
    name.casefold(): number
    for number, month in enumerate(ENGLISH.months, start=1)
    for name in (month, month[:3])
} | {"sept": 9}
_MONTH_WORD = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY_WORD = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WRITTEN_DATES = (
    re.compile(rf"{_DAY_WORD}\s+(?:of\s+)?{_MONTH_WORD},?\s+(?P<year>\d{{3,4}})", re.IGNORECASE),
    re.compile(rf"{_MONTH_WORD}\s+{_DAY_WORD},?\s+(?P<year>\d{{3,4}})", re.IGNORECASE),
    re.compile(rf"{_MONTH_WORD},?\s+(?P<year>\d{{3,4}})", re.IGNORECASE),
)
# The mean length of a year of the proleptic Gregorian calendar, which counts years
# before Christ's days as `date` counts those after.
_DAYS_A_YEAR = 365.2425


class Precision(IntEnum):
    """How much of a date is given; a larger value is more precise."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@record
class PartialDate:
    """A date as precise as it was written: a year, a month of a year, or a day. A year
    before Christ is negative, as readers count it (-480 is 480 BC, with no year 0); a
    deck writes it as a year only, a typed answer may give its month and day too ("15
    March 44 BC")."""

    year: int
    month: int = 1
    day: int = 1
    precision: Precision = Precision.DAY

    def units(self, precision: Precision) -> int:
        """A count of years, months or days since year 0, at the given precision."""
        # Counted through a year 0, so that 1 BC and AD 1 are a year apart.
        year = self.year + 1 if self.year < 0 else self.year
        if precision is Precision.YEAR:
            return year
        if precision is Precision.MONTH:
            return year * 12 + self.month - 1
        return _day_number(year, self.month, self.day)

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

    @property
    def first_ordinal(self) -> int:
        """The first day the date covers as `date.toordinal` counts days (1 January AD 1
        is 1), for any era: a year before Christ's first day is 365.2425 days a year
        before that."""
        if self.year < 0:
            if self.precision is Precision.YEAR:
                return 1 - round(-self.year * _DAYS_A_YEAR)
            return self.units(Precision.DAY)
        return self.first_day.toordinal()

    @property
    def last_ordinal(self) -> int:
        """The last day the date covers, counted as `first_ordinal` counts."""
        if self.year < 0:
            if self.precision is Precision.YEAR:
                return -round((-self.year - 1) * _DAYS_A_YEAR)
            if self.precision is Precision.MONTH:
                days = calendar.monthrange(_stand_in_year(self.year + 1), self.month)[1]
                return _day_number(self.year + 1, self.month, days)
            return self.units(Precision.DAY)
        return self.last_day.toordinal()

    def precedes(self, other: PartialDate) -> bool:
        """True when this date is wholly before the other (1926 precedes 1927-03, but
        neither 1926 nor 1926-03 precedes the other; 44 BC precedes AD 9)."""
        return self.last_ordinal < other.first_ordinal


# Whole 400-year cycles of the proleptic Gregorian calendar (146,097 days each) added to
# a year before Christ, so that `date` can count its days: the calendar repeats itself
# every cycle, and 12 cycles reach back to 4800 BC.
_CYCLES = 12
_CYCLE_YEARS, _CYCLE_DAYS = 400, 146_097


def _stand_in_year(year: int) -> int:
    """A year of ours with the calendar of `year` (counted through a year 0: 0 is 1 BC)."""
    return year + _CYCLES * _CYCLE_YEARS if year <= 0 else year


def _day_number(year: int, month: int, day: int) -> int:
    """The day as `date.toordinal` counts it, for a year counted through a year 0 (0 is
    1 BC, -43 is 44 BC), in the proleptic Gregorian calendar."""
    ordinal = date(_stand_in_year(year), month, day).toordinal()
    return ordinal - _CYCLES * _CYCLE_DAYS if year <= 0 else ordinal


def checked_date(year: int, month: int, day: int, precision: Precision) -> PartialDate | None:
    """The date if it exists on the calendar, else None (30 February, year 0). A year
    before Christ is negative (-44 is 44 BC)."""
    if year == 0:
        return None
    try:
        date(_stand_in_year(year + 1 if year < 0 else year), month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day, precision)


def parse_iso_date(text: str) -> PartialDate | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as written in a deck, a year of one to three
    digits (`79`), or a year with its era (`480 BC`, `AD 79`); None for anything else."""
    match = _ISO.fullmatch(text.strip())
    if match is None:
        return era_year(text) or _written_date(text)
    if match.group(4) is not None:
        return checked_date(int(match.group(4)), 1, 1, Precision.YEAR)
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day is not None:
        return checked_date(int(year), int(month), int(day), Precision.DAY)
    if month is not None:
        return checked_date(int(year), int(month), 1, Precision.MONTH)
    return checked_date(int(year), 1, 1, Precision.YEAR)


def _written_date(text: str) -> PartialDate | None:
    """A day and month, or a month, of a year written in English words ("14 July 1789",
    "July 14, 1789", "Sept. 1830"); None for anything else."""
    if not any(map(str.isdigit, text)) or not any(map(str.isalpha, text)):
        return None  # most values: words without a year, or a number alone
    for pattern in _WRITTEN_DATES:
        match = pattern.fullmatch(text.strip())
        if match is None:
            continue
        month = _MONTH_NUMBERS.get(match.group("month").casefold())
        if month is None:
            return None
        year = int(match.group("year"))
        if "day" in match.groupdict() and match.group("day") is not None:
            return checked_date(year, month, int(match.group("day")), Precision.DAY)
        return checked_date(year, month, 1, Precision.MONTH)
    return None


def era_year(text: str) -> PartialDate | None:
    """A year written with its era: `480 BC` (-480), `AD 79` or `79 CE` (79)."""
    match = _ERA_YEAR.fullmatch(text.strip())
    if match is None:
        return None
    year = int(match.group("year") or match.group("ad"))
    if year == 0:
        return None
    if match.group("before"):
        return PartialDate(-year, 1, 1, Precision.YEAR)
    return checked_date(year, 1, 1, Precision.YEAR)

"""Years and dates in typed answers: "44 BC", "1 September 1928", "the Ides of March, 44 BC"."""

from __future__ import annotations

import re

from trainer.core.answering.dates_in_text import WEEKDAY_WORDS, day_and_month, month_number
from trainer.core.answering.eras import BEFORE_FORMS, ERA_FORMS, eras_spaced
from trainer.core.answering.parsing import INTEGER_TOKEN, folded_words, too_many_digits
from trainer.core.answering.roman_dates import modern_dates
from trainer.core.card_frames import date_words_abroad, month_of
from trainer.core.partial_dates import PartialDate, Precision, checked_date

# A whole number written in groups of three digits ("1,614", "1 614"), as `_NUMBER` reads
# one: a year typed so is that year, not the number after its separator.
_GROUPED_INTEGER = re.compile(
    r"(?<![\w.,])\d{1,3}([, \u00a0\u202f\u2009])\d{3}(?:\1\d{3})*(?!\w|[.,]\d)"
)
_NOT_DIGIT = re.compile(r"\D")
_FILLER_WORDS = {"of", "the", "in", "on", "year", "c", "ca", "circa", "about", "around"}
_DATE_FILLERS = _FILLER_WORDS | WEEKDAY_WORDS


def parse_year(typed: str) -> int | None:
    """The year in a typed answer: one whole number ("1926", "in 1926", "44 BC", "nineteen
    twenty-six") or a date's."""
    if too_many_digits(typed):
        return None
    if _MINUS_YEAR.fullmatch(typed.strip()):
        return -int(typed.strip()[1:])  # "-44", as a historian writes 44 BC in a table
    typed = _GROUPED_INTEGER.sub(lambda match: _NOT_DIGIT.sub("", match.group()), typed)
    words = [w for w in folded_words(eras_spaced(typed)) if w not in _FILLER_WORDS]
    numbers = [w for w in words if INTEGER_TOKEN.fullmatch(w)]
    eras = [w for w in words if w in ERA_FORMS]
    others = [w for w in words if w not in numbers and w not in eras]
    if len(numbers) == 1 and not others and len(eras) <= 1:
        year = int(numbers[0])
        return -year if eras and eras[0] in BEFORE_FORMS else year
    if len(eras) == 1 and all(month_number(word) is not None for word in others):
        # A day or a month of a year with its era: "15 March 44 BC"; the year stands
        # beside its era.
        at = words.index(eras[0])
        beside = [words[i] for i in (at - 1, at + 1) if 0 <= i < len(words) and words[i] in numbers]
        if beside:
            return -int(beside[0]) if eras[0] in BEFORE_FORMS else int(beside[0])
    when = parse_date(typed)
    return when.year if when is not None else None


# A year before Christ written with a minus sign: "-44", "−480".
_MINUS_YEAR = re.compile(r"[-−]\d{1,4}")


def era_sign(typed: str) -> int:
    """-1 when a typed answer names the era before ours beside a number ("the Ides of
    March, 44 BC"), else 1: a year read out of it as a number takes its era's sign."""
    words = folded_words(eras_spaced(typed))
    return -1 if not BEFORE_FORMS.isdisjoint(words) else 1


def parse_date(typed: str) -> PartialDate | None:
    """A date written `1928`, `1928-09`, `1928-09-01`, `1 September 1928`, `September 1, 1928`,
    `Sept 1928`, `1st of September 1928` or `the first of September nineteen twenty-eight`
    (a month misspelt by one slip, "Setpember", read as the month); None for anything else.

    All-numeric dates start or end with the year. With the year last, a number over 12
    is the day (`22/5/1960`, `5/22/1960`, `22.5.1960`); `1/9/1928`, 1 September in
    Britain and 9 January in America, is read day first, as most of the world writes it.
    """
    if too_many_digits(typed):
        return None
    typed = modern_dates(typed)  # "the Ides of March 44 BC"
    # A weekday says nothing a date does not: "Tuesday 28 July 1914" is 28 July 1914.
    words = [w for w in folded_words(eras_spaced(typed)) if w not in _DATE_FILLERS]
    if not words:
        return None
    # Another language's date reads as a deck written in it shows one: "25 de mayo de
    # 1810", "le 1er janvier 1804", "am 14. Juli 1789".
    words = date_words_abroad(words)
    eras = [w for w in words if w in ERA_FORMS]
    if eras:
        return _date_of_an_era(words, eras)
    months = [m for w in words if (m := month_of(w) or month_number(w)) is not None]
    numbers = [w for w in words if INTEGER_TOKEN.fullmatch(w)]
    if len(numbers) + len(months) != len(words):
        return None
    if months:
        return _worded_date(months, numbers)
    return _numeric_date(numbers)


def _date_of_an_era(words: list[str], eras: list[str]) -> PartialDate | None:
    """A date whose year stands beside its era ("15 March 44 BC", "March 44 BC", "AD
    79"), of any number of digits: the era says which number is the year."""
    if len(eras) != 1:
        return None
    at = words.index(eras[0])
    beside = [i for i in (at - 1, at + 1) if 0 <= i < len(words)]
    years = [i for i in beside if INTEGER_TOKEN.fullmatch(words[i])]
    if not years:
        return None
    year = int(words[years[0]])
    rest = [w for i, w in enumerate(words) if i not in (at, years[0])]
    months = [m for w in rest if (m := month_of(w) or month_number(w)) is not None]
    days = [w for w in rest if INTEGER_TOKEN.fullmatch(w) and len(w) <= 2]
    if year == 0 or len(months) + len(days) != len(rest) or len(months) > 1 or len(days) > 2:
        return None
    signed = -year if eras[0] in BEFORE_FORMS else year
    if len(days) == 2 and not months:  # "15/3/44 BC": the day first, as `_year_last_date`
        day, month = day_and_month(int(days[0]), int(days[1]))
        return checked_date(signed, month, day, Precision.DAY)
    if len(days) > 1 or (days and not months):
        return None
    if not months:
        return PartialDate(signed, precision=Precision.YEAR)
    if not days:
        return checked_date(signed, months[0], 1, Precision.MONTH)
    return checked_date(signed, months[0], int(days[0]), Precision.DAY)


def _worded_date(months: list[int], numbers: list[str]) -> PartialDate | None:
    years = [n for n in numbers if len(n) in (3, 4)]
    days = [n for n in numbers if len(n) in (1, 2)]
    if (
        len(months) != 1
        or len(years) != 1
        or len(days) > 1
        or len(years) + len(days) != len(numbers)
    ):
        return None
    if days:
        return checked_date(int(years[0]), months[0], int(days[0]), Precision.DAY)
    return checked_date(int(years[0]), months[0], 1, Precision.MONTH)


def _numeric_date(numbers: list[str]) -> PartialDate | None:
    if len(numbers) in (2, 3) and len(numbers[-1]) in (3, 4):
        return _year_last_date(numbers)
    if not numbers or len(numbers[0]) not in (3, 4) or len(numbers) > 3:
        return None
    if any(len(n) > 2 for n in numbers[1:]):
        return None
    parts = [int(n) for n in numbers]
    if len(parts) == 1:
        return PartialDate(parts[0], precision=Precision.YEAR)
    if len(parts) == 2:
        return checked_date(parts[0], parts[1], 1, Precision.MONTH)
    return checked_date(parts[0], parts[1], parts[2], Precision.DAY)


def _year_last_date(numbers: list[str]) -> PartialDate | None:
    """`22/5/1960`, `5/22/1960`, `22.5.1960`, `5/1960`: the year last. A number over 12
    is the day; when both could be the month, the day comes first (as in most of the
    world: the learner's locale is unknown)."""
    if any(len(n) > 2 for n in numbers[:-1]):
        return None
    year, parts = int(numbers[-1]), [int(n) for n in numbers[:-1]]
    if len(parts) == 1:
        return checked_date(year, parts[0], 1, Precision.MONTH)
    day, month = day_and_month(*parts)
    return checked_date(year, month, day, Precision.DAY)


def month_first_reading(typed: str) -> PartialDate | None:
    """The other reading of an all-numeric date whose first two numbers could each be
    the month: `7/4/1776`, read day first by `parse_date`, is 4 July 1776 as America
    writes it. None where the date has one reading only (`22/5/1960`, `1776-07-04`), and
    for dots (`7.4.1776`), which only the day-first countries write."""
    if too_many_digits(typed) or any(c.isalpha() or c == "." for c in typed):
        return None
    numbers = [w for w in folded_words(typed) if INTEGER_TOKEN.fullmatch(w)]
    if len(numbers) != 3 or len(numbers[-1]) not in (3, 4) or any(len(n) > 2 for n in numbers[:2]):
        return None
    first, second = int(numbers[0]), int(numbers[1])
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return None
    return checked_date(int(numbers[-1]), first, second, Precision.DAY)


def why_no_date(typed: str, want: PartialDate) -> str:
    """Why `typed`, which reads as no date, is not `want`: most often it is no date; a
    day and month before a year of too few digits for ours, where `want` is before
    Christ, is the era left out ("15 March 44" for 15 March 44 BC)."""
    if want.year < 0 and parse_date(f"{typed} BC") is not None:
        return "the era is left out: a date without BC is of ours"
    return "not a date"

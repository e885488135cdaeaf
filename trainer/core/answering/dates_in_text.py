"""Dates inside text answers ("on 14 May 1796"): compared as dates, whichever way they are written.

A text answer that holds a day-precise or month-precise date is right only with the
same date typed, in any writing grading reads ("14 May 1796", "May 14, 1796",
"1796-05-14", "14/5/1796", "14 Mya 1796"): a different month or day is wrong, and so
is a date with a part left out ("14 1796"). Month names there are content words, even
"May", which elsewhere is a function word. Works on the words of `answer_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from trainer.core.answering.exact_counts import digits_swapped
from trainer.core.card_frames import ENGLISH, month_of
from trainer.core.lexicon import NAME_CEILING, frequency
from trainer.core.records import record

# English month names (`card_frames`, not `calendar`, whose names follow the locale).
_MONTH_NAMES = tuple(name.casefold() for name in ENGLISH.months)
# English weekday names, likewise; a date may open with one ("Tuesday 28 July 1914").
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTHS |= {name[:3]: number for name, number in _MONTHS.items()}
_MONTHS["sept"] = 9
# Weekdays by name and abbreviation, and every word of them; the abbreviations that are
# English words too.
_WEEKDAYS = {name: number for number, name in enumerate(WEEKDAY_NAMES, start=1)}
_WEEKDAYS |= {name[:3]: number for name, number in _WEEKDAYS.items()}
_WEEKDAYS |= {"tues": 2, "thur": 4, "thurs": 4}
WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_WORD_ABBREVIATIONS = frozenset({"sun", "sat", "wed"})
# A misspelt month ("Febuary", "Setpember") is read as one when it is this long, one
# edit from a month's name and no common word; a three-letter one only with two
# neighbouring letters swapped ("Mya").
_MIN_FUZZY_MONTH = 4
_MAX_DAY = 31
_MAX_MONTH = 12
_YEAR_DIGITS = (3, 4)
NO_FULL_DATE = "the date is not given in full"
YEAR_LEFT_OUT = "the year is left out"


@record
class DateSpan:
    """A date found among the words: where it is and what it says."""

    start: int
    end: int
    year: int
    month: int
    day: int  # 0 when only the month is given

    @property
    def token(self) -> str:
        """One word standing for the date, the same for any writing of it."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precise_to_day(self) -> bool:
        return self.day != 0


def month_name_number(word: str) -> int | None:
    """The month a folded word names in English, by its name or abbreviation ("apr",
    "sept"), exactly: no slip is read as one (see `month_number`)."""
    return _MONTHS.get(word)


def same_month_or_day(expected: str, typed: str) -> bool:
    """Two folded words that name one month or one weekday, each its name or its
    abbreviation ("apr", "april"; "sept", "september"; "mon", "monday"). A weekday's
    abbreviation that is an English word ("sun", "sat", "wed") is one only when typed
    for the day: "sunday" is no other spelling of the answer "the sun"."""
    month = _MONTHS.get(expected)
    if month is not None:
        return month == _MONTHS.get(typed)
    day = _WEEKDAYS.get(expected)
    return day is not None and expected not in _WORD_ABBREVIATIONS and day == _WEEKDAYS.get(typed)


@lru_cache(maxsize=8192)
def month_number(word: str) -> int | None:
    """The month a folded word names, abbreviated or misspelt by one slip; else None."""
    if word in _MONTHS:
        return _MONTHS[word]
    if not word.isalpha() or frequency(word) >= NAME_CEILING:
        return None  # "match" is no slip for "March"; "Octobre" may be
    for name, number in _MONTHS.items():
        if len(name) == len(word) == 3:
            slip = sorted(word) == sorted(name) and OSA.distance(word, name) == 1
        else:
            long_enough = min(len(name), len(word)) >= _MIN_FUZZY_MONTH
            slip = long_enough and OSA.distance(word, name, score_cutoff=1) <= 1
        if slip:
            return number
    return None


def misspelt_month(words: Sequence[str]) -> str | None:
    """A word of a date among the words read as a month, though it is no month's name
    ("14 Febuary 1796"; not "Marc" in "Marc Chagall")."""
    dated = (w for span in find_dates(words) for w in words[span.start : span.end])
    return next(
        (w for w in dated if w not in _MONTHS and month_of(w) is None and month_number(w)), None
    )


def find_dates(words: Sequence[str]) -> list[DateSpan]:
    """Every date in the words: day month year, month day year, month year (each with an
    optional "of"), year month day and day month year in digits."""
    return _spans(words, _date_at)


def _spans(
    words: Sequence[str], read: Callable[[Sequence[str], int], DateSpan | None]
) -> list[DateSpan]:
    """What `read` finds starting at each word, read on from the end of each found."""
    found: list[DateSpan] = []
    i = 0
    while i < len(words):
        span = read(words, i)
        if span is None:
            i += 1
            continue
        found.append(span)
        i = span.end
    return found


def line_up_dates(
    expected: Sequence[str], typed: Sequence[str], asked_years: Collection[str] = ()
) -> tuple[list[str], list[str], str | None]:
    """Both word lists with each date the expected answer holds as one word, and why the
    typed answer is wrong when its date differs or is missing (None when it is not).
    An answer that is a day and a month ("16 June") takes the same day typed with a
    year, unless the question or its excerpt names others (`asked_years`)."""
    wanted = find_dates(expected)
    if not wanted:
        return _day_and_month_lined_up(expected, typed, asked_years)
    given = find_dates(typed) or _month_in_numbers(typed)
    for want in wanted:
        if any(_same_date(want, g) for g in given):
            continue
        if any((g.year, g.month, g.day) != (want.year, want.month, 0) for g in given):
            return list(expected), list(typed), "a different date"
        days = find_days_and_months(typed)
        if want.precise_to_day and any((d.month, d.day) == (want.month, want.day) for d in days):
            return list(expected), list(typed), YEAR_LEFT_OUT  # "16 June" for 16 June 1933
        return list(expected), list(typed), NO_FULL_DATE
    exp = _replaced(expected, wanted)
    # A typed date counts as the expected one it matches (a day typed for a month).
    got = list(typed)
    for span in reversed(given):
        match = next((w.token for w in wanted if _same_date(w, span)), span.token)
        got[span.start : span.end] = [match]
        if got[max(0, span.start - 2) : span.start] in _TIMES_OF_DAY:
            del got[span.start - 2 : span.start]  # "the night of 9 November 1989": the date
    return exp, got, None


# A time of the day said of a date: the date, said more closely ("on the night of …").
_TIMES_OF_DAY = [[time, "of"] for time in ("night", "morning", "afternoon", "evening")]


def _month_in_numbers(words: Sequence[str]) -> list[DateSpan]:
    """A month typed as two numbers and nothing else ("3 1989" from "03/1989", "1989 3"
    from "1989-03"): alone, they can be nothing but the month; among other words two
    numbers are as often a count and a year."""
    if len(words) != 2 or not all(word.isdecimal() for word in words):
        return []
    first, second = words
    year, month = (second, first) if len(second) in _YEAR_DIGITS else (first, second)
    if len(year) not in _YEAR_DIGITS or len(month) > 2 or not 1 <= int(month) <= _MAX_MONTH:
        return []
    return [DateSpan(0, 2, int(year), int(month), 0)]


def find_days_and_months(words: Sequence[str], numeric: bool = False) -> list[DateSpan]:
    """Every day and month among the words with no year after it ("16 June", "June 16",
    "16th of June"; with `numeric`, "16/6" and "6/16" too), each with year 0."""
    return _spans(words, _day_and_month_in_numbers_at if numeric else _day_and_month_at)


def _day_and_month_in_numbers_at(words: Sequence[str], i: int) -> DateSpan | None:
    """A day and month at word `i` in words or in two numbers ("16 6" from "16/6"; a
    number over 12 is the day, else the day comes first)."""
    if (span := _day_and_month_at(words, i)) is not None:
        return span
    two_numbers = _is_day(words, i) and _is_day(words, i + 1) and not _is_day(words, i + 2)
    if two_numbers and _date_at(words, i) is None:
        day, month = day_and_month(int(words[i]), int(words[i + 1]))
        if month <= _MAX_MONTH:
            return DateSpan(i, i + 2, 0, month, day)
    return None


def _day_and_month_at(words: Sequence[str], i: int) -> DateSpan | None:
    if _date_at(words, i) is not None:
        return None  # a full date starts here
    if _is_day(words, i):
        k = i + 1 + (words[i + 1 : i + 2] == ["of"])
        if k < len(words) and (month := month_name_number(words[k])) is not None:
            return DateSpan(i, k + 1, 0, month, int(words[i]))
        return None
    month = month_name_number(words[i])
    if month is not None and _is_day(words, i + 1):
        return DateSpan(i, i + 2, 0, month, int(words[i + 1]))
    return None


def _day_and_month_lined_up(
    expected: Sequence[str], typed: Sequence[str], asked_years: Collection[str]
) -> tuple[list[str], list[str], str | None]:
    """The words with each day and month the answer holds as one word, and the same day
    typed, with a year or without, as that word; why not, when the typed year is another
    than the one the question names."""
    if not any(word in _MONTHS for word in expected):
        return list(expected), list(typed), None  # most answers name no month
    wanted = find_days_and_months(expected)
    if not wanted:
        return list(expected), list(typed), None
    given = [*find_dates(typed), *find_days_and_months(typed, numeric=True)]
    days = {(w.month, w.day) for w in wanted}
    if not given:
        return list(expected), list(typed), None  # judged as words are
    typed_days = {(span.month, span.day) for span in given}
    if not typed_days & days:
        return list(expected), list(typed), "a different day"
    if missing := [w for w in wanted if (w.month, w.day) not in typed_days]:
        said = " ".join(expected[missing[0].start : missing[0].end])
        return list(expected), list(typed), f"'{said}' is missing"
    got = list(typed)
    for span in sorted(given, key=lambda span: span.start, reverse=True):
        if (span.month, span.day) not in days:
            continue
        if span.year and asked_years and str(span.year) not in asked_years:
            return list(expected), list(typed), "another year than the question or its source gives"
        got[span.start : span.end] = [_day_token(span)]
    return _replaced(expected, wanted, _day_token), got, None


def _day_token(span: DateSpan) -> str:
    return f"--{span.month:02d}-{span.day:02d}"


def _replaced(
    words: Sequence[str], spans: Sequence[DateSpan], token: Callable[[DateSpan], str] | None = None
) -> list[str]:
    out = list(words)
    for span in reversed(spans):
        out[span.start : span.end] = [span.token if token is None else token(span)]
    return out


def _same_date(want: DateSpan, typed: DateSpan) -> bool:
    """The same date, or the same month typed with its day when only the month is asked."""
    if want.precise_to_day:
        return typed.token == want.token
    return (typed.year, typed.month) == (want.year, want.month)


def _date_at(words: Sequence[str], i: int) -> DateSpan | None:
    """The date starting at word `i`, the longest reading first."""
    numeric = _numeric_date_at(words, i)
    if numeric is not None:
        return numeric
    k = i
    day = 0
    if _is_day(words, k):
        day = int(words[k])
        k += 1
        if k < len(words) and words[k] == "of":
            k += 1
    month = month_number(words[k]) if k < len(words) else None
    if month is None:
        return None
    k += 1
    if not day and _is_day(words, k) and _is_year(words, k + 1):
        day = int(words[k])
        k += 1
    if k < len(words) and words[k] == "of":
        k += 1
    if not _is_year(words, k):
        return None
    return DateSpan(i, k + 1, int(words[k]), month, day)


def _numeric_date_at(words: Sequence[str], i: int) -> DateSpan | None:
    """A date written in numbers at word `i`: "1796 5 14" (from 1796-05-14) or "14 5 1796"
    (from 14/5/1796: a number over 12 is the day, else the day comes first, as in
    `date_parsing.parse_date`)."""
    if i + 3 > len(words) or not all(w.isdecimal() for w in words[i : i + 3]):
        return None
    a, b, c = words[i : i + 3]
    if len(a) in _YEAR_DIGITS and len(b) <= 2 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) in _YEAR_DIGITS and len(a) <= 2 and len(b) <= 2:
        first, second = int(a), int(b)
        day, month = day_and_month(first, second)
        year = int(c)
    else:
        return None
    if not (1 <= month <= _MAX_MONTH and 1 <= day <= _MAX_DAY):
        return None
    return DateSpan(i, i + 3, year, month, day)


def day_and_month(first: int, second: int) -> tuple[int, int]:
    """The day and the month of a date written in two numbers ("14/5", "5/14"): a number
    over 12 is the day; when both could be the month, the day comes first, as most of
    the world writes it (the learner's locale is unknown)."""
    return (second, first) if second > _MAX_MONTH >= first else (first, second)


def _is_day(words: Sequence[str], k: int) -> bool:
    return (
        k < len(words)
        and words[k].isdecimal()
        and len(words[k]) <= 2
        and 1 <= int(words[k]) <= _MAX_DAY
    )


def _is_year(words: Sequence[str], k: int) -> bool:
    return k < len(words) and words[k].isdecimal() and len(words[k]) in _YEAR_DIGITS


def years_said_when(words: Sequence[str], typed: str = "") -> set[str]:
    """The years the words give as a time ("in 1927"), or the typed text sets beside the
    answer at its end, after a comma or in brackets ("Thomas Hobbes, 1651", "Wings
    (1927)"), which no answer without a number is contradicted by."""
    said = {
        word
        for before, word in pairwise(words)
        if before == "in" and word.isdecimal() and 1000 <= int(word) <= 2099
    }
    if (beside := _YEAR_BESIDE.search(typed)) is not None and 1000 <= int(beside[1]) <= 2099:
        said.add(beside[1])
    return said


_YEAR_BESIDE = re.compile(r"(?:,|\()\s*(?:in\s+)?(\d{4})\s*\)?\s*\.?\s*$", re.IGNORECASE)


# How far a year typed as when may lie from one the card names and still be taken for a
# slip of memory about it, not a year of something else ("Hastings in 1067" where the
# excerpt says 1066; "Napoleon, 1804" beside an excerpt's 1815 is another event).
_MISREMEMBERED_WITHIN = 5


def misremembered_year(typed_years: Iterable[str], named: Iterable[str]) -> tuple[str, str] | None:
    """A year typed as when, with the year of the card's question or excerpt that it
    gets wrong: one the card does not name, within a few years of one it does, a digit
    away from it ("1915" for "1815") or its digits with two neighbours swapped ("1606"
    for "1066", as `exact_counts` reads a slip). None when every typed year is named, or
    too far from any to be a memory of it."""
    known = {year for year in named if year.isdecimal()}
    for year in sorted(typed_years):
        if year in known or not year.isdecimal():
            continue
        for other in sorted(known):
            near = abs(int(year) - int(other)) <= _MISREMEMBERED_WITHIN
            one_digit = (
                len(year) == len(other)
                and sum(a != b for a, b in zip(year, other, strict=True)) == 1
            )
            if near or one_digit or digits_swapped(Fraction(int(other)), Fraction(int(year))):
                return year, other
    return None

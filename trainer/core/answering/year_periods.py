"""A century, a decade or a span typed for a year: "the 5th century BC" for 490 BC, "the
1920s" for 1923, "1871-72" for 1871.

A period that holds the year is near it, not it: close. A period that does not hold it
is wrong, however near ("the 4th century BC" for 490 BC). Read before the typed answer
is read as a number, so that "the 19th century" is no year 19.
"""

from __future__ import annotations

import re

from trainer.core.answering.eras import ERA_PATTERN, is_before_christ
from trainer.core.answering.normalise import fold
from trainer.core.answering.number_words import normalize_numbers
from trainer.core.answering.verdict import Outcome, Verdict

_ERA = rf"(?:\s*({ERA_PATTERN}))?"
# "the 5th century BC", "the fifth century BCE", "the early 18th century".
_CENTURY = re.compile(
    r"(?:the\s+)?(?:(?:early|mid|late|middle)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)?\s+century"
    + _ERA
    + r"|(?:the\s+)?(?:(?:early|mid|late|middle)[\s-]+)?([a-z-]+)\s+century"
    + _ERA,
    re.IGNORECASE,
)
# "1871-72", "1871–1872", "from 1871 to 1872", "between 1871 and 1872", "49-44 BC".
_SPAN = re.compile(
    r"(?:from\s+|between\s+)?(\d{1,4})\s*(?:[-–—/]|\s(?:to|and|until|till)\s)\s*(\d{1,4})" + _ERA,
    re.IGNORECASE,
)
# "the 1920s", "1920's", "the 400s BC", "the early 1500s".
_HUNDREDS_OR_TENS = re.compile(
    r"(?:the\s+)?(?:(?:early|mid|late|middle)[\s-]+)?(\d{2,4})['’]?s" + _ERA, re.IGNORECASE
)


def period_of(typed: str) -> tuple[int, int] | None:
    """The first and last years of a century or decade typed alone, years before Christ
    negative ("the 5th century BC" → (-500, -401), "the 1920s" → (1920, 1929), "the 400s
    BC" → (-499, -400)); None for anything else."""
    text = typed.strip().rstrip(".").strip()
    if (century := _CENTURY.fullmatch(text)) is not None:
        number = int(century[1]) if century[1] else ordinal_in_words(century[3])
        era = century[2] or century[4] or ""
        if not number:
            return None
        first, last = 100 * (number - 1) + 1, 100 * number
        return (-last, -first) if is_before_christ(era) else (first, last)
    if (written_span := _SPAN.fullmatch(text)) is not None:
        return _span_years(written_span)
    if (period := _HUNDREDS_OR_TENS.fullmatch(text)) is not None:
        start = int(period[1])
        if start % 10:
            return None
        span = 99 if start % 100 == 0 else 9
        if is_before_christ(period[2] or ""):
            return (-(start + span), -start)
        return (start, start + span)
    return None


def short_span_ends(text: str) -> frozenset[str]:
    """The last years of the spans `text` writes with a short end: "1872" for "1871–72",
    "1918" for "the war of 1914-18" (the years a reader reads there, as grading does)."""
    ends: set[str] = set()
    for span in _SPAN.finditer(text):
        before, after = text[span.start() - 1 : span.start()], text[span.end() : span.end() + 1]
        if len(span[1]) != 4 or len(span[2]) != 2 or before.isdigit() or after.isdigit():
            continue
        if (years := _span_years(span)) is not None:
            ends.add(str(abs(years[1])))
    return frozenset(ends)


def _span_years(span: re.Match[str]) -> tuple[int, int] | None:
    """The years a span names, its end read in the start's century when written short
    ("1871-72", "1899-01"); None unless it ends after it starts."""
    start, end_written = int(span[1]), span[2]
    if len(end_written) > len(span[1]):
        return None  # a month and its year ("12/1914", "5-1914"), no span
    end = int(end_written)
    if len(span[1]) > 2 and len(end_written) == 2:
        end += start - start % 100
        if end < start:
            end += 100
    if is_before_christ(span[3] or ""):
        start, end = -start, -end  # "49-44 BC": counted down
    return (start, end) if start < end else None


def ordinal_in_words(words: str) -> int | None:
    """The number an ordinal in words gives ("fifth" 5, "twenty-first" 21); None for
    anything else."""
    read = normalize_numbers(fold(words).split())
    return int(read[0]) if len(read) == 1 and read[0].isdecimal() else None


def period_verdict(typed: str, want: int, accepted: str, expected: str) -> Verdict | None:
    """Close where `typed` is a century or decade that holds the year `want`, wrong where
    it is one that does not; None where it is neither."""
    period = period_of(typed)
    if period is None:
        return None
    first, last = period
    if _SPAN.fullmatch(typed.strip().rstrip(".").strip()):
        if first <= want <= last:
            shown = f"{-first}–{-last} BC" if last < 0 else f"{first}–{last}"
            rule = f"a span of years ({shown}) that holds the year, not the year"
            return Verdict(Outcome.CLOSE, 0.5, accepted, expected, rule=rule)
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule="a span of other years")
    kind = "century" if last - first >= 99 else "decade"
    if first <= want <= last:
        rule = f"the {kind} of the year, not the year"
        return Verdict(Outcome.CLOSE, 0.5, accepted, expected, rule=rule)
    return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=f"another {kind}")

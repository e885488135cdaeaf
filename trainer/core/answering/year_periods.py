"""A century or a decade typed for a year: "the 5th century BC" for 490 BC, "the 1920s" for 1923.

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
# "the 1920s", "1920's", "the 400s BC".
_HUNDREDS_OR_TENS = re.compile(r"(?:the\s+)?(\d{2,4})['’]?s" + _ERA, re.IGNORECASE)


def period_of(typed: str) -> tuple[int, int] | None:
    """The first and last years of a century or decade typed alone, years before Christ
    negative ("the 5th century BC" → (-500, -401), "the 1920s" → (1920, 1929), "the 400s
    BC" → (-499, -400)); None for anything else."""
    text = typed.strip().rstrip(".").strip()
    if (century := _CENTURY.fullmatch(text)) is not None:
        number = int(century[1]) if century[1] else _ordinal_in_words(century[3])
        era = century[2] or century[4] or ""
        if not number:
            return None
        first, last = 100 * (number - 1) + 1, 100 * number
        return (-last, -first) if is_before_christ(era) else (first, last)
    if (period := _HUNDREDS_OR_TENS.fullmatch(text)) is not None:
        start = int(period[1])
        if start % 10:
            return None
        span = 99 if start % 100 == 0 else 9
        if is_before_christ(period[2] or ""):
            return (-(start + span), -start)
        return (start, start + span)
    return None


def _ordinal_in_words(words: str) -> int | None:
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
    kind = "century" if period[1] - period[0] >= 99 else "decade"
    if period[0] <= want <= period[1]:
        rule = f"the {kind} of the year, not the year"
        return Verdict(Outcome.CLOSE, 0.5, accepted, expected, rule=rule)
    return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=f"another {kind}")

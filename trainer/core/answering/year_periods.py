"""A century or a decade typed for a year: "the 5th century BC" for 490 BC, "the 1920s" for 1923.

A period that holds the year is near it, not it: close. A period that does not hold it
is wrong, however near ("the 4th century BC" for 490 BC). Read before the typed answer
is read as a number, so that "the 19th century" is no year 19.
"""

from __future__ import annotations

import re

from trainer.core.answering.verdict import Outcome, Verdict

_ORDINALS = {
    word: index + 1
    for index, word in enumerate(
        (
            *("first", "second", "third", "fourth", "fifth", "sixth", "seventh"),
            *("eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth"),
            *("fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"),
            *("nineteenth", "twentieth", "twenty-first"),
        )
    )
}
_ERA = r"(?:\s*(bc|bce|b\.c\.?|b\.c\.e\.?|ad|ce|a\.d\.?))?"
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
        number = int(century[1]) if century[1] else _ORDINALS.get(century[3].casefold())
        era = century[2] or century[4] or ""
        if not number:
            return None
        first, last = 100 * (number - 1) + 1, 100 * number
        return (-last, -first) if era.casefold().startswith("b") else (first, last)
    if (period := _HUNDREDS_OR_TENS.fullmatch(text)) is not None:
        start = int(period[1])
        if start % 10:
            return None
        span = 99 if start % 100 == 0 else 9
        if (period[2] or "").casefold().startswith("b"):
            return (-(start + span), -start)
        return (start, start + span)
    return None


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

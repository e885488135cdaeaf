"""Days of the month named the Roman way: "the Ides of March" is 15 March.

The Romans named three days of each month, and a student of Rome may name a date by
them: the Kalends (Calends) are the 1st; the Nones the 7th of March, May, July and
October and the 5th of the other months; the Ides the 15th of those four months and
the 13th of the others. A date so named reads as the day and month it is, so that
"the Ides of March" answers "15 March" and "the Ides of April" does not.
"""

from __future__ import annotations

import re

from trainer.core.card_frames import ENGLISH

_MONTHS = tuple(name.casefold() for name in ENGLISH.months)
# The months whose Nones and Ides fall two days later than the others'.
_LATE_MONTHS = frozenset({"march", "may", "july", "october"})
_ROMAN_DAY = re.compile(
    r"\b(?:the\W+)?(kalends|calends|nones|ides)\W+of\W+(" + "|".join(_MONTHS) + r")\b",
    re.IGNORECASE,
)


def _day_of(name: str, month: str) -> int:
    """The day of the month a Roman day's name gives, in that month."""
    if name in ("kalends", "calends"):
        return 1
    late = month in _LATE_MONTHS
    if name == "nones":
        return 7 if late else 5
    return 15 if late else 13


def modern_dates(text: str) -> str:
    """`text` with each Roman day of a month written as its day and month ("the Ides of
    March" → "15 March", "the Nones of June" → "5 June"); other text as it is."""

    def modern(found: re.Match[str]) -> str:
        name, month = found.group(1).casefold(), found.group(2)
        return f"{_day_of(name, month.casefold())} {month}"

    return _ROMAN_DAY.sub(modern, text)

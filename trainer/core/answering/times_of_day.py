"""Times of day written one way for grading: "11 a.m.", "11am", "11:00" and "11 o'clock" alike.

An answer gives a time as its writer would; a learner types it their own way. Each way
is rewritten, before the words are read, to the hour (with its minutes after a point,
as grading already reads "10.30" and "10:30" alike) and "am" or "pm" where the writer
said which. "am" is a function word of grading, so "11:00" and "11" are right for "11
a.m."; "pm" is not, so "11" for "11 p.m." is only close, and "23:00" is "11 pm".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PERIOD = r"(?:(?P<period>[ap])\.?\s?m\b\.?)"
# "11.30 a.m.", "11 pm", "11am": an hour, perhaps minutes, and the part of the day.
_WITH_PERIOD = re.compile(
    rf"(?<![\d.:,])(?P<hour>\d{{1,2}})(?:[:.](?P<minutes>\d{{2}}))?\s*{_PERIOD}", re.IGNORECASE
)
_HOUR_WORDS = {
    word: hour
    for hour, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ],
        start=1,
    )
}
# "11 o'clock", "eleven o'clock"
_OCLOCK = re.compile(
    rf"(?<![\d.:,])(?P<hour>\d{{1,2}}|\b(?:{'|'.join(_HOUR_WORDS)}))\s*o['’]?\s?clock\b",
    re.IGNORECASE,
)
# "23:00", "10:30": the 24-hour clock.
_COLON = re.compile(r"(?<![\d.:,])(?P<hour>\d{1,2}):(?P<minutes>\d{2})(?![\d:])")
_PERIODS = frozenset({"am", "pm"})
_NOON = 12
_HOURS = 24
_MINUTES = 60


def times_as_words(text: str) -> str:
    """`text` with each time of day written as `_time` writes it."""
    if "clock" not in text.casefold() and not any(character.isdigit() for character in text):
        return text
    text = _WITH_PERIOD.sub(_with_period, text)
    text = _OCLOCK.sub(lambda match: _time(_hour(match["hour"]), 0, None) or match[0], text)
    return _COLON.sub(_on_the_clock, text)


def _hour(written: str) -> int:
    return int(written) if written.isdigit() else _HOUR_WORDS[written.casefold()]


def _with_period(match: re.Match[str]) -> str:
    period = "am" if match["period"].casefold() == "a" else "pm"
    hour, minutes = int(match["hour"]), int(match["minutes"] or 0)
    if not 1 <= hour <= _NOON:
        return match[0]  # "13 pm" is no time
    return _time(hour, minutes, period) or match[0]


def _on_the_clock(match: re.Match[str]) -> str:
    hour, minutes = int(match["hour"]), int(match["minutes"])
    if _NOON < hour < _HOURS:
        return _time(hour - _NOON, minutes, "pm") or match[0]
    return _time(hour, minutes, None) or match[0]


def _time(hour: int, minutes: int, period: str | None) -> str | None:
    """ "11", "10.30", "11 pm"; None when the numbers are no time."""
    if hour >= _HOURS or minutes >= _MINUTES:
        return None
    written = f"{hour}.{minutes:02d}" if minutes else str(hour)
    return f"{written} {period}" if period else written


def other_period(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why a typed time is wrong when it names the other part of the day than the
    answer ("11 pm" for "11 a.m."); None when both name the same, or one names none."""
    wanted = _PERIODS.intersection(want)
    typed = _PERIODS.intersection(got)
    if wanted and typed and wanted != typed:
        typed_period, wanted_period = " ".join(sorted(typed)), " ".join(sorted(wanted))
        return f"'{typed_period}' is another part of the day than '{wanted_period}'"
    return None

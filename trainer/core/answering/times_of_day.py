"""Times of day written one way for grading: "11 a.m.", "11am", "11:00" and "11 o'clock" alike.

An answer gives a time as its writer would; a learner types it their own way. Each way
is rewritten, before the words are read, to the hour (with its minutes after a point,
as grading already reads "10.30" and "10:30" alike) and "am" or "pm" where the writer
said which. "am" is a function word of grading, so "11:00" and "11" are right for "11
a.m."; "pm" is not, so "11" for "11 p.m." is only close, and "23:00" is "11 pm". An
hour written with its zero on the 24-hour clock ("02:56", "00:30") is before noon, as
"14:56" and "12:30" are after it: "2:56 pm" is wrong for "02:56"; "2:56", with no zero
and no part of the day, says neither. Noon and midday are "12 pm", midnight "12 am".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.number_words import cardinal_value

_PERIOD = r"(?:(?P<period>[ap])\.?\s?m\b\.?)"
# "11.30 a.m.", "11 pm", "11am": an hour, perhaps minutes, and the part of the day.
_WITH_PERIOD = re.compile(
    rf"(?<![\d.:,])(?P<hour>\d{{1,2}})(?:[:.](?P<minutes>\d{{2}}))?\s*{_PERIOD}", re.IGNORECASE
)
# "11 o'clock", "eleven o'clock": an hour in digits or in a word (see `_hour`).
_OCLOCK = re.compile(r"(?<![\d.:,])\b(?P<hour>\d{1,2}|[a-z]+)\s*o['’]?\s?clock\b", re.IGNORECASE)
# "3 in the afternoon", "eleven at night": an hour and the part of the day in words.
_IN_WORDS = re.compile(
    r"(?<![\d.:,])\b(?P<hour>\d{1,2}|[a-z]+)(?:[:.](?P<minutes>\d{2}))?\s+"
    r"(?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night))\b",
    re.IGNORECASE,
)
# "noon", "12 noon", "midday", "midnight": the hours named, each the twelfth of its half.
_NAMED_HOUR = re.compile(
    r"\b(?:(?:12|twelve)\s+)?(?:(?P<noon>noon|midday|mid-day)|midnight)\b", re.IGNORECASE
)
# "23:00", "10:30": the 24-hour clock.
_COLON = re.compile(r"(?<![\d.:,])(?P<hour>\d{1,2}):(?P<minutes>\d{2})(?![\d:])")
_PERIODS = frozenset({"am", "pm"})
# Words a time written without digits holds ("eleven o'clock", "in the morning", "noon";
# "midnight" holds "night"): a text with none of them and no digit writes no time.
_HOURS_IN_WORDS_WITH = ("clock", "morning", "afternoon", "evening", "night", "noon", "mid")
_NOON = 12
_HOURS = 24
_MINUTES = 60


def times_as_words(text: str) -> str:
    """`text` with each time of day written as `_time` writes it."""
    lowered = text.casefold()
    if not any(map(str.isdigit, text)) and not any(
        word in lowered for word in _HOURS_IN_WORDS_WITH
    ):
        return text
    text = _WITH_PERIOD.sub(_with_period, _NAMED_HOUR.sub(_named_hour, text))
    text = _IN_WORDS.sub(_part_of_day, text)
    text = _OCLOCK.sub(_on_the_hour, text)
    return _COLON.sub(_on_the_clock, text)


def _named_hour(match: re.Match[str]) -> str:
    return "12 pm" if match["noon"] else "12 am"


def _on_the_hour(match: re.Match[str]) -> str:
    hour = _hour(match["hour"])
    if hour is None:
        return match[0]  # "the clock", "thirteen o'clock"
    return _time(hour, 0, None) or match[0]


def _part_of_day(match: re.Match[str]) -> str:
    hour = _hour(match["hour"])
    if hour is None:
        return match[0]
    part = (match["part"] or "").casefold()
    period = "am" if part == "morning" else "pm"
    return _time(hour, int(match["minutes"] or 0), period) or match[0]


def _hour(written: str) -> int | None:
    """An hour of the 12-hour clock written in digits or as a word ("11", "eleven")."""
    hour = int(written) if written.isdecimal() else cardinal_value(written.casefold())
    return hour if hour is not None and 1 <= hour <= _NOON else None


def _with_period(match: re.Match[str]) -> str:
    period = "am" if match["period"].casefold() == "a" else "pm"
    hour, minutes = int(match["hour"]), int(match["minutes"] or 0)
    if not 1 <= hour <= _NOON:
        return match[0]  # "13 pm" is no time
    return _time(hour, minutes, period) or match[0]


def _on_the_clock(match: re.Match[str]) -> str:
    hour, minutes = int(match["hour"]), int(match["minutes"])
    if _NOON <= hour < _HOURS:
        # "12:30" is after noon on either clock: before it, the 12-hour clock says "12:30
        # am" and the 24-hour one "00:30".
        return _time(hour - _NOON if hour > _NOON else hour, minutes, "pm") or match[0]
    if match["hour"].startswith("0"):
        # "02:56", "00:30": the 24-hour clock, whose hours before noon are written with
        # their zero, says the morning as "14:56" says the afternoon ("00:30" is 12.30 am).
        return _time(hour or _NOON, minutes, "am") or match[0]
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
        # Each half told where it starts: the learner may have typed "noon" or "00:30".
        typed_half = " or ".join(_HALVES[period] for period in sorted(typed))
        wanted_half = " or ".join(_HALVES[period] for period in sorted(wanted))
        return f"{typed_half} is another half of the day than {wanted_half}"
    return None


_HALVES = {"am": "'am' (from midnight)", "pm": "'pm' (from noon)"}

"""Lengths of time written as a stopwatch shows them: '3:26.00' is 3 minutes 26 seconds.

A race's time is written "9.58 s", "3:26.00" or "2:00:35", and typed any of those ways
or in words ("3 min 26 s", "206 seconds"). Grading already compares lengths of time
written with units (see `durations`), and reads "10:30" as a time of day (see
`times_of_day`). So, before either is read, a stopwatch's writing becomes its units: a
time with hours, minutes and seconds ("2:00:35") or with a fraction of a second
("3:26.00", "0:09.58") is always a length of time, as no clock is read to a fraction of
a second; "3:26" alone only where the other side of the comparison says a length of
time, as it is a time of day as well: minutes and seconds beside seconds ("206
seconds"), hours and minutes beside hours or minutes alone ("1:30" for "90 minutes").
"""

from __future__ import annotations

import re

# "2:00:35", "2:00:35.2": hours, minutes and seconds, not a time of day ("2:00:35 pm").
_HOURS = re.compile(
    r"(?<![\d.:,])(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d(?:\.\d+)?)"
    r"(?![\d:]|\.\d|\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)
# "3:26.00", "0:09.58": minutes and seconds to a fraction of a second.
_FRACTION = re.compile(r"(?<![\d.:,])(?P<minutes>\d{1,3}):(?P<seconds>[0-5]\d\.\d+)(?![\d:]|\.\d)")
# "3:26": minutes and seconds, or a time of day.
_MINUTES = re.compile(
    r"(?<![\d.:,])(?P<minutes>\d{1,3}):(?P<seconds>[0-5]\d)(?![\d:]|\.\d|\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)
# A number with a unit of time: "9.58 s", "3m26s", "206 seconds", "4 h"; and with seconds.
_WITH_UNIT = re.compile(
    r"\d\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b", re.IGNORECASE
)
_SECONDS = re.compile(r"\d\s*(?:s|secs?|seconds?)\b", re.IGNORECASE)


def stopwatch_times(accepted: str, typed: str) -> tuple[str, str]:
    """`accepted` and `typed` with each stopwatch time written in units (see above)."""
    if ":" not in accepted and ":" not in typed:
        return accepted, typed  # most answers: nothing to read
    accepted, typed = _always(accepted), _always(typed)
    return _read_beside(accepted, typed), _read_beside(typed, accepted)


def _read_beside(text: str, other: str) -> str:
    """`text` with its "3:26" read as the length of time `other` says, if it says one:
    minutes and seconds beside seconds ("206 seconds", "3 min 26 s"), else hours and
    minutes ("90 minutes", "1 h 30 min" for "1:30")."""
    if ":" not in text or _WITH_UNIT.search(other) is None:
        return text
    if _SECONDS.search(other) is not None:
        return _MINUTES.sub(_minutes_and_seconds, text)
    return _MINUTES.sub(_hours_and_minutes, text)


def _always(text: str) -> str:
    if ":" not in text:
        return text
    text = _HOURS.sub(_hours_minutes_and_seconds, text)
    return _FRACTION.sub(_minutes_and_seconds, text)


def _hours_minutes_and_seconds(match: re.Match[str]) -> str:
    return f"{int(match['hours'])} hours {_minutes_and_seconds(match)}"


def _hours_and_minutes(match: re.Match[str]) -> str:
    return f"{int(match['minutes'])} hours {int(match['seconds'])} minutes"


def _minutes_and_seconds(match: re.Match[str]) -> str:
    seconds = match["seconds"].lstrip("0") or "0"
    if seconds.startswith("."):
        seconds = "0" + seconds
    return f"{int(match['minutes'])} minutes {seconds} seconds"

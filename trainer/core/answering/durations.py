"""Durations written in other units or pieces: '4.5 hours' is '4 hours and 30 minutes'."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

# Clock time in seconds; calendar time in months (a month has no fixed number of days,
# so "6 weeks" is never compared with "1 and a half months").
_CLOCK = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_CLOCK["fortnight"] = 2 * _CLOCK["week"]
_CALENDAR = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_ONE = frozenset({"a", "an", "one"})
_JOINERS = frozenset({"and", ","})
_HALF = Fraction(1, 2)
# A part added after a number or a unit: "4 and a half hours", "an hour and a quarter".
_PARTS: dict[tuple[str, ...], Fraction] = {
    ("and", "a", "half"): _HALF,
    ("and", "a", "quarter"): Fraction(1, 4),
    ("and", "three", "quarters"): Fraction(3, 4),
    ("and", "3", "quarters"): Fraction(3, 4),  # as the grader reads "three"
}


def duration_of(words: Sequence[str]) -> tuple[str, Fraction] | None:
    """The duration that `words` (folded, units written one way, as grading reads them)
    say and nothing else, as ('clock', seconds) or ('calendar', months): "4 hour and 30
    minute", "4.5 hour", "4 and a half hour", "an hour and a half", "270 minute". None
    when they say anything else, or mix clock and calendar units."""
    scale: str | None = None
    total = Fraction(0)
    position = 0
    terms = 0
    while position < len(words):
        if words[position] in _JOINERS and terms:
            position += 1
            continue
        amount, position = _amount(words, position)
        if amount is None or position >= len(words):
            return None
        unit = words[position]
        kind = "clock" if unit in _CLOCK else "calendar" if unit in _CALENDAR else None
        if kind is None or scale not in (None, kind):
            return None
        scale = kind
        part, position = _part(words, position + 1)
        amount += part
        total += amount * (_CLOCK.get(unit) or _CALENDAR[unit])
        terms += 1
    return (scale, total) if scale is not None else None


def _amount(words: Sequence[str], position: int) -> tuple[Fraction | None, int]:
    """The number at `position` ("4", "4.5", "4 and a half", "a", "half a") and where the
    words after it start."""
    word = words[position]
    if word == "half" and position + 1 < len(words) and words[position + 1] in _ONE:
        return _HALF, position + 2
    if word in _ONE:
        return Fraction(1), position + 1
    try:
        amount = Fraction(word)
    except (ValueError, ZeroDivisionError):
        return None, position
    part, position = _part(words, position + 1)
    return amount + part, position


def _part(words: Sequence[str], position: int) -> tuple[Fraction, int]:
    """The part added at `position` ("and a half" …), 0 if none, and where words go on."""
    part = _PARTS.get(tuple(words[position : position + 3]))
    return (Fraction(0), position) if part is None else (part, position + 3)


def near_duration(want: Sequence[str], got: Sequence[str], approximate: bool = False) -> bool:
    """Whether the length of time `got` says is `want`'s rounded to the digits it writes,
    and no coarser than `want` is written ("8.33 minutes" for "8 minutes 20 seconds"), or,
    where `want` is `approximate` ("about 8 minutes 20 seconds"), within a twentieth of
    it ("8.3 minutes", "8 minutes")."""
    wanted, typed = duration_of(want), duration_of(got)
    if wanted is None or typed is None or wanted[0] != typed[0] or wanted[1] == typed[1]:
        return False
    if approximate:
        return abs(typed[1] - wanted[1]) <= wanted[1] * _NEAR
    typed_step, wanted_step = _half_a_step(got), _half_a_step(want)
    if typed_step is None or wanted_step is None or typed_step > wanted_step:
        return False
    return abs(typed[1] - wanted[1]) <= typed_step


def rounded_duration(want: Sequence[str], got: Sequence[str]) -> bool:
    """Whether the length of time `got` says is `want`'s rounded more coarsely than `want`
    is written ("24.6 hours" for "24 hours 37 minutes", which is 24.62 hours): near,
    as a number rounded is, but not the answer."""
    wanted, typed = duration_of(want), duration_of(got)
    if wanted is None or typed is None or wanted[0] != typed[0] or wanted[1] == typed[1]:
        return False
    typed_step, wanted_step = _half_a_step(got), _half_a_step(want)
    if typed_step is None or wanted_step is None or typed_step <= wanted_step:
        return False
    return abs(typed[1] - wanted[1]) <= typed_step


# How far an approximate length of time may be missed: as for any approximate number.
_NEAR = Fraction(1, 20)


def _half_a_step(words: Sequence[str]) -> Fraction | None:
    """Half a change of one in the last digit of the last number, in its unit's seconds
    (or months): how finely the length of time is written."""
    for at in range(len(words) - 2, -1, -1):
        unit = words[at + 1]
        if unit not in _CLOCK and unit not in _CALENDAR:
            continue
        try:
            Fraction(words[at])
        except (ValueError, ZeroDivisionError):
            continue
        places = len(words[at].partition(".")[2])
        return Fraction(1, 10**places) * (_CLOCK.get(unit) or _CALENDAR[unit]) / 2
    return None

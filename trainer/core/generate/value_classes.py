"""What kind of value a fact holds (a year, a date, a number, text), and how far apart two are."""

from __future__ import annotations

import math
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from trainer.core.answering.parsing import parse_number
from trainer.core.deck.answer_types import is_number, is_year
from trainer.core.model import AnswerType
from trainer.core.partial_dates import era_year, parse_iso_date

_DATED = frozenset({AnswerType.YEAR, AnswerType.DATE})


class ValueClass(StrEnum):
    """The kinds of value that may stand in for one another."""

    TEXT = "text"
    YEAR = "year"
    DATE = "date"
    NUMBER = "number"


@lru_cache(maxsize=1 << 14)
def value_class(value: str, declared: AnswerType | None = None) -> ValueClass:
    """What kind of value `value` is; a field declared `number` keeps year-like numbers,
    and a number of one to three digits is a year only in a field of years or dates."""
    if declared is AnswerType.NUMBER and is_number(value):
        return ValueClass.NUMBER
    if is_year(value):
        return ValueClass.YEAR
    text = value.strip()
    if text.isdecimal() and len(text) < 4:
        if declared in _DATED and parse_iso_date(text) is not None:
            return ValueClass.YEAR
        return ValueClass.NUMBER
    if parse_iso_date(value) is not None:
        return ValueClass.DATE
    if is_number(value):
        return ValueClass.NUMBER
    return ValueClass.TEXT


def alike(first: ValueClass, second: ValueClass) -> bool:
    """True when a value of one class may replace a value of the other (a year is a date)."""
    return first is second or {first, second} == {ValueClass.YEAR, ValueClass.DATE}


def value_distance(value: str, anchor: str, kind: ValueClass) -> float:
    """How far apart two years, dates or numbers are (0 for text: text has no distance)."""
    if kind in (ValueClass.YEAR, ValueClass.DATE):
        first, second = parse_iso_date(value), parse_iso_date(anchor)
        if first is None or second is None:
            return math.inf
        return abs(first.first_ordinal - second.first_ordinal)
    if kind is ValueClass.NUMBER:
        first_number, second_number = _number(value), _number(anchor)
        if first_number is None or second_number is None:
            return math.inf
        # Ratios, not differences: 40,000 is nearer to 50,000 than 3 is to 10.
        return abs(math.log1p(abs(first_number)) - math.log1p(abs(second_number)))
    return 0.0


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").replace("−", "-").removesuffix("%"))
    except ValueError:
        return None


@lru_cache(maxsize=1 << 12)  # a pool's values, read once each
def number_in(value: str) -> Fraction | None:
    """The amount a value gives, if it holds a number ("about 1.4 billion", "6,300 km",
    "9.81"; "44 BC" as -44): most hold none, and are passed over without being read."""
    if not any(map(str.isdigit, value)):
        return None
    if (year := era_year(value)) is not None:
        return Fraction(year.year)
    return parse_number(value)

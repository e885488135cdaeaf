"""The size of a value written as an amount with its unit or scale: "6,650 km", "about 68 million".

Options for a number are drawn nearest first, and so must options for a length written with
its unit: "How long is the Nile?" (6,650 km) offered 346 km, 2,850 km and 3,730 km, the
answer the longest of them, while the Amazon's 6,400 km and the Yangtze's 6,300 km were
passed over. A value that is one amount and nothing more is read as the grader reads it
(`conversions.measure_of`: in its measure's base, so that "8,849 m" and "29,032 ft"
compare), or as a number with its scale ("about 68 million", "1.4 billion"), alone or
with the one or two words of what it counts ("68 million people"). A hedge before it
("about", "over", "more than") is no part of its size. Its size is the logarithm of its
amount, as a bare number's is; values of other measures are never compared
(`measure_kinds`, and pools keep each measure's sizes apart).
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.conversions import measure_of as amount_of
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.units import MONEY, is_unit_word, same_units, units_in
from trainer.core.answering.words import answer_words
from trainer.core.generate.option_rules import ValueClass
from trainer.core.partial_dates import parse_iso_date

# Words before an amount that bound or hedge it without changing its size: "over 1,000
# m", "more than 40 million", "at least 3 days", "just under 2 hours".
_HEDGES = APPROXIMATORS | frozenset(
    """over under nearly almost just more less fewer than at least most up to exactly
    above below""".split()  # noqa: SIM905
)
# Grading keeps calendar time (months) apart from clock time (seconds), as a month has
# no fixed length; for nearness an average month will do, so that "40 days" stands
# below "2 months", not far above it (3,456,000 seconds against 2 months).
_CALENDAR = "calendar"
_SECONDS_A_MONTH = Fraction(365_2425 * 24 * 3600, 12 * 10_000)


def measure_of(value: str, kind: ValueClass) -> float | None:
    """Where a value stands among its kind, for nearness: a year's or date's first day, the
    log of a number, or of an amount with its unit or scale; None for other text."""
    if kind in (ValueClass.YEAR, ValueClass.DATE):
        when = parse_iso_date(value)
        return float(when.first_ordinal) if when is not None else None
    if kind is ValueClass.NUMBER:
        try:
            number = float(value.replace(",", "").replace("−", "-").removesuffix("%"))
        except ValueError:
            return None
        return math.copysign(math.log1p(abs(number)), number)
    return amount_size(value)


@lru_cache(maxsize=1 << 14)  # a pool's values, read once each
def amount_size(value: str) -> float | None:
    """The log of the amount `value` gives, in its measure's base if it has a unit; None
    for a value that is no single amount ("between 500 and 600 miles", "Apollo 11")."""
    if not any(char.isdigit() for char in value):
        return None  # most text values: names, places, things
    words = [word for word in same_units(list(answer_words(value))) if word not in APPROXIMATORS]
    while len(words) > 1 and words[0] in _HEDGES:
        words = words[1:]
    amount = _amount(words)
    if amount is None:
        return None
    return math.copysign(math.log1p(abs(amount)), amount)


def _amount(words: list[str]) -> float | None:
    """The amount of one number and its unit, in the unit's base; of a number with its
    scale; or of a number and the one or two words of what it counts."""
    measured = amount_of(words)
    if measured is None and "m" in words:
        # "8,849 m", "1 m a year": metres, as `measure_kinds` reads a lone m.
        measured = amount_of(["metre" if word == "m" else word for word in words])
    if measured is not None:
        measure, amount = measured
        if measure == _CALENDAR:
            amount *= _SECONDS_A_MONTH
        elif measure.endswith(f" per {_CALENDAR}"):
            amount /= _SECONDS_A_MONTH  # "2.5 cm a year", beside "1 mm a day"
        return float(amount)
    if not words or (number := parse_number(words[0])) is None:
        return None
    if len(words) == 2 and units_in(words[1:]).get(MONEY) is not None:
        return float(number)  # "$27 trillion": money, in its currency (pools keep each apart)
    counted = words[1:]
    if len(counted) > 2 or not all(word.isalpha() and not is_unit_word(word) for word in counted):
        return None  # "between 500 and 600 miles", "10 km race", "2 million years ago"
    return float(number)  # "about 68 million", "12 million people"

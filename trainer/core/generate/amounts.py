"""The size of a value written as an amount with its unit or scale: "6,650 km", "about 68 million".

Options for a number are drawn nearest first, and so must options for a length written with
its unit: "How long is the Nile?" (6,650 km) offered 346 km, 2,850 km and 3,730 km, the
answer the longest of them, while the Amazon's 6,400 km and the Yangtze's 6,300 km were
passed over. A value that is one amount and nothing more is read as the grader reads it
(`conversions.measure_of`: in its measure's base, so that "8,849 m" and "29,032 ft"
compare), or as a number with its scale ("about 68 million", "1.4 billion"). Its size
is the logarithm of its amount, as a bare number's is; values of other measures are
never compared (`measure_kinds`).
"""

from __future__ import annotations

import math
from functools import lru_cache

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.conversions import measure_of as amount_of
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.units import same_units
from trainer.core.answering.words import answer_words
from trainer.core.generate.measure_kinds import measure_kind
from trainer.core.generate.option_rules import ValueClass
from trainer.core.partial_dates import parse_iso_date


def measure_of(value: str, kind: ValueClass) -> float | None:
    """Where a value stands among its kind, for nearness: a year's or date's first day, the
    log of a number, or of an amount with its unit or scale; None for other text."""
    if kind in (ValueClass.YEAR, ValueClass.DATE):
        when = parse_iso_date(value)
        return float(when.first_day.toordinal()) if when is not None else None
    if kind is ValueClass.NUMBER:
        try:
            number = float(value.replace(",", "").replace("−", "-").removesuffix("%"))
        except ValueError:
            return None
        return math.copysign(math.log1p(abs(number)), number)
    return amount_size(value) if measure_kind(value) is not None else None


@lru_cache(maxsize=1 << 14)  # a pool's values, read once each
def amount_size(value: str) -> float | None:
    """The log of the amount `value` gives, in its measure's base if it has a unit; None
    for a value that is no single amount ("between 500 and 600 miles", "Apollo 11")."""
    if not any(char.isdigit() for char in value):
        return None
    words = [word for word in same_units(list(answer_words(value))) if word not in APPROXIMATORS]
    measured = amount_of(words)
    if measured is None and words[-1:] == ["m"]:
        measured = amount_of([*words[:-1], "metre"])  # "8,849 m": metres, as a length's m is
    if measured is not None:
        amount = float(measured[1])
    elif len(words) == 1 and (number := parse_number(value)) is not None:
        amount = float(number)  # "about 68 million": a number with its scale
    else:
        return None
    return math.copysign(math.log1p(abs(amount)), amount)

"""Each number belongs to the unit after it: "20 minutes 8 seconds" is not "8 minutes 20 seconds".

Text answers are compared word by word in any order, which would make a measure of
several numbers and units ("8 minutes 20 seconds", "5 kg and 3 m") the same as one with
the numbers swapped between the units. A number is paired with the unit written after
it, and the pairs must be the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from trainer.core.answering.units import is_unit_word
from trainer.core.answering.written_numbers import is_plain_number, value_of


def _pairs(words: Sequence[str]) -> Counter[tuple[str, str]]:
    return Counter(
        (value_of(number), unit)
        for number, unit in pairwise(words)
        if is_plain_number(number) and is_unit_word(unit)
    )


def swapped_units(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why the typed words pair the answer's numbers with its units otherwise; None when
    they pair them alike, or write other numbers or units (judged as such)."""
    wanted, typed = _pairs(want), _pairs(got)
    if len(wanted) < 2 or wanted == typed:
        return None
    same_numbers = Counter(n for n, _ in wanted.elements()) == Counter(
        n for n, _ in typed.elements()
    )
    same_units = Counter(u for _, u in wanted.elements()) == Counter(u for _, u in typed.elements())
    if not (same_numbers and same_units):
        return None
    first = next(iter(typed - wanted))
    return f"'{first[0]} {first[1]}': each number belongs to its unit"

"""A number is exact unless it says otherwise: "2" answers "exactly two".

An answer that stresses its number ("exactly two divisors", "precisely 100 days") says
no more than the bare number does; the stress may be left out. Not where the typed
answer hedges or bounds the number ("about two", "at least two"): there "exactly" is
the very claim it makes against them.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.number_claims import NUMBER_BOUNDS

_EXACTLY = frozenset({"exactly", "precisely", "just"})
# Words that hedge or bound a number: the typed answer then says it is not exact.
_NOT_EXACTLY = APPROXIMATORS | NUMBER_BOUNDS


def exact_number_word(want: Sequence[str], index: int) -> bool:
    """Whether `want[index]` only says that the number after it is exact."""
    return want[index] in _EXACTLY and index + 1 < len(want) and want[index + 1][:1].isdecimal()


def exactly_left_out(want: Sequence[str], index: int, got: Sequence[str]) -> bool:
    """Whether `want[index]` says its number is exact and `got` gives the number bare,
    neither hedged nor bounded: the word may be left out."""
    return exact_number_word(want, index) and _NOT_EXACTLY.isdisjoint(got)

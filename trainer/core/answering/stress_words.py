"""Words that only stress an answer, which a typed answer may leave out: "2" answers
"exactly two", and "shadows on a wall" "only shadows on a wall".

An answer that stresses its number ("exactly two divisors", "precisely 100 days") says
no more than the bare number does; the stress may be left out. Not where the typed
answer hedges or bounds the number ("about two", "at least two"): there "exactly" is
the very claim it makes against them.

So with an answer opened by a word that says it is the whole of what is asked ("only
shadows on a wall", "only Congress", "solely by sea"): the rest names the same thing.
Only opening the answer: "the only planet with life" is another claim than "a planet
with life". Typed where the answer has none, such a word is a claim of its own, never
passed over (see `word_lists.QUALIFIERS`), but before the answer's number: "only one"
says of a count what "one" does.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.number_claims import NUMBER_BOUNDS

_EXACTLY = frozenset({"exactly", "precisely", "just"})
# Words that hedge or bound a number: the typed answer then says it is not exact.
_NOT_EXACTLY = APPROXIMATORS | NUMBER_BOUNDS
# Words that open an answer to say it is all there is ("just" is also an adjective: "a
# just war"; "simply" a term: "simply connected").
_ALL_THERE_IS = frozenset({"only", "merely", "solely", "exclusively"})


def exact_number_word(want: Sequence[str], index: int) -> bool:
    """Whether `want[index]` only says that the number after it is exact."""
    return want[index] in _EXACTLY and index + 1 < len(want) and want[index + 1][:1].isdecimal()


def exactly_left_out(want: Sequence[str], index: int, got: Sequence[str]) -> bool:
    """Whether `want[index]` says its number is exact and `got` gives the number bare,
    neither hedged nor bounded: the word may be left out."""
    return exact_number_word(want, index) and _NOT_EXACTLY.isdisjoint(got)


def all_there_is_word(want: Sequence[str], index: int) -> bool:
    """Whether `want[index]` opens the answer only to say the rest is all there is."""
    return index == 0 and len(want) > 1 and want[0] in _ALL_THERE_IS


def stress_left_out(want: Sequence[str], index: int, got: Sequence[str]) -> bool:
    """Whether `want[index]` only stresses the answer, so `got` may leave it out."""
    return exactly_left_out(want, index, got) or all_there_is_word(want, index)


def stresses_its_number(got: Sequence[str], index: int, used: set[int]) -> bool:
    """Whether typed `got[index]` says that the answer's number after it is all there is
    ("only one", "merely 3"): no more than the bare number says, as "just one" is."""
    return got[index] in _ALL_THERE_IS and index + 1 in used and got[index + 1][:1].isdecimal()

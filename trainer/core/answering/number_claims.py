"""What a typed number answer claims besides its number: "not 4", "more than 4", "206 teeth".

A `number` answer is graded by its number, and words around it are mostly how a learner
writes one ("about 50,000 hectares", "300,000 men killed"). Two kinds of word change the
claim, whatever the number: a qualifier that denies, bounds or hedges it ("not 4",
"more than 4", "fewer than 17,000", "maybe 4"), which makes the answer wrong; and a word
naming something else counted ("100,000 ships" for "100,000 men", "206 teeth" for "206
bones"), which makes it close: the number is right, the thing is not; only where the
answer names what it counts (a bare "about 300,000" leaves that to the question, and
"300,000 dead" only describes). Words the answer or the question has, function words
and units count for nothing (`units.unit_problem` judges units of another kind).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.number_words import SCALES
from trainer.core.answering.units import is_unit_word
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS, NEGATORS
from trainer.core.answering.word_match import is_other_form

# Words that bound or compare a number: "more than 4" is no claim that it is 4.
_BOUNDS = frozenset(
    {
        *("more", "less", "fewer", "over", "under", "above", "below", "least", "most"),
        *("than", "exceeding", "beyond", "nearly", "almost", "upto", "max", "min"),
    }
)
_QUALIFIERS = NEGATORS | (HEDGE_WORDS - {"and"}) | _BOUNDS
_NONE_WORDS = frozenset({"none", "nothing", "nil", "nought", "zero"})
# Words that lead up to a number without qualifying it: "up to 100,000 men".
_LEADING = frozenset({"up", "some", "exactly", "precisely", "total", "totalling"})


def qualifier_problem(accepted: Sequence[str], typed: Sequence[str]) -> str | None:
    """The first word of `typed` that denies, bounds or hedges its number, which the
    `accepted` answer does not say itself; None if there is none."""
    own = set(accepted)
    found = next((word for word in typed if word in _QUALIFIERS and word not in own), None)
    return None if found is None else f"'{found}' makes it another claim than the number"


def counted_problem(
    accepted: Sequence[str], typed: Sequence[str], asked: Callable[[str], bool]
) -> str | None:
    """The first word of `typed` naming something the `accepted` answer does not count,
    and the question (`asked`) does not name; None if there is none."""
    own = [word for word in accepted if word.isalpha()]
    if not any(word not in FUNCTION_WORDS and word not in APPROXIMATORS for word in own):
        # A bare number ("about 300,000"): the question names what it counts, and words
        # typed beside it describe ("300,000 dead").
        return None
    for word in typed:
        if (
            not word.isalpha()
            or word in FUNCTION_WORDS
            or word in SCALES
            or word in APPROXIMATORS
            or word in _LEADING
            or is_unit_word(word)
            or word in own
            or asked(word)
            or any(is_other_form(word, other) for other in own)
        ):
            continue
        return f"'{word}' is not what the answer counts"
    return None


def says_none(typed: Sequence[str]) -> bool:
    """Whether the typed words give the number 0 in words ("none", "no moons"), as an
    answer of 0 may be given."""
    if any(word[:1].isdigit() for word in typed):
        return False
    return bool(typed) and (typed[0] == "no" or any(word in _NONE_WORDS for word in typed))

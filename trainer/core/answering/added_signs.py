"""A minus typed before an answer that has none: "-∞" for infinity, "-v" for a velocity v.

Grading reads a number's sign (`written_numbers`), but a minus before a letter, a
symbol or a word is punctuation to the word-by-word match, and "-e" passed as "e". A
minus the answer does not write makes it another answer. A hyphen before a word of
letters is a suffix ("-ing"), and before a lone letter too outside mathematics and
physics ("-s", the plural's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A minus sign, or the words for one, at the start: before a symbol or a constant's name;
# "minus" and "negative" before anything; before a lone letter (`_LETTER`), only where
# the question is one of mathematics or physics ("-s" is the plural's suffix).
_SIGN = re.compile(
    r"\s*(?:[-−–]\s*(?=[∞π√]|(?:infinity|pi|sqrt)\b)|(?:minus|negative)\s+)", re.IGNORECASE
)
_LETTER = re.compile(r"\s*[-−–]\s*[^\W\d_](?![^\W\d_])")
_MATHEMATICS = frozenset(
    """limit value solve equation function constant root integral derivative velocity
    speed displacement vector charge acceleration momentum force gradient slope
    logarithm exponent exponential base coefficient variable matrix determinant angle
    x y""".split()  # noqa: SIM905
)


def sign_added(
    accepted: Sequence[str], typed: str, asked: Callable[[str], bool] = lambda word: False
) -> bool:
    """Whether `typed` opens with a minus where none of the `accepted` answers writes one
    anywhere ("minus three" for "n = -3" is its value); before a lone letter, only in a
    question of mathematics or physics (`asked` says which words it has)."""
    signed = _SIGN.match(typed) is not None or (
        _LETTER.match(typed) is not None and any(map(asked, _MATHEMATICS))
    )
    return signed and not any(_HAS_SIGN.search(answer) for answer in accepted)


_HAS_SIGN = re.compile(r"[-−–]|\b(?:minus|negative)\b", re.IGNORECASE)

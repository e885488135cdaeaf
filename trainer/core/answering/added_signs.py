"""A minus typed before an answer that has none: "-∞" for infinity, "-v" for v.

Grading reads a number's sign (`written_numbers`), but a minus before a letter, a
symbol or a word is punctuation to the word-by-word match, and "-e" passed as "e". A
minus the answer does not write makes it another answer. A hyphen before a word of
letters is a suffix ("-ing"), no sign.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A minus sign, or the words for one, at the start: before a lone letter, a symbol, or
# a constant's name; "minus" and "negative" before anything.
_SIGN = re.compile(
    r"\s*(?:[-−–]\s*(?=[^\W\d_](?![^\W\d_])|[∞π√]|(?:infinity|pi|sqrt)\b)|(?:minus|negative)\s+)",
    re.IGNORECASE,
)


def sign_added(accepted: Sequence[str], typed: str) -> bool:
    """Whether `typed` opens with a minus where none of the `accepted` answers writes one
    anywhere ("minus three" for "n = -3" is its value)."""
    if _SIGN.match(typed) is None:
        return False
    return not any(_HAS_SIGN.search(answer) for answer in accepted)


_HAS_SIGN = re.compile(r"[-−–]|\b(?:minus|negative)\b", re.IGNORECASE)

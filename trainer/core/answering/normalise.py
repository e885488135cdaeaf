"""Text folding shared by grading and distractor selection: what counts as 'the same words'."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold text for comparison: no case, no accents, no punctuation, single spaces.

    >>> fold("  Kúibyshev's  Council! ")
    'kuibyshev s council'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    out: list[str] = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category == "Mn":
            continue
        # Punctuation and symbols separate words rather than vanish, so "anti-tank"
        # and "anti tank" fold alike.
        out.append(" " if category[0] in "PSZC" else char)
    return " ".join("".join(out).casefold().split())


def same_text(a: str, b: str) -> bool:
    """True when two strings fold to the same words."""
    return fold(a) == fold(b)

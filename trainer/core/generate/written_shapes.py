"""How a value is written, as a learner sees it among options: an article, a capital.

An option written another way than the others stands out before it is read: among "the
thunderbolt", "the owl" and "the dove", "Cerberus" is the odd one, and a learner who
knows no myth picks it, or never does. So options written as the answer is come first,
after those the card's words name, those its prompt shows and those sharing its tags
(`pools`).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["written_shape"]

_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=1 << 12)
def written_shape(value: str) -> int:
    """How a text value is written, as a learner sees it among options: whether it opens
    with an article, and whether its first word (after one) has a capital. "the owl",
    "Cerberus" and "the Nemean lion" are each written another way."""
    words = value.split(None, 1)
    article = len(words) == 2 and words[0].casefold() in _ARTICLES
    shown = words[1] if article else (words[0] if words else "")
    return (2 if article else 0) + (1 if shown[:1].isupper() else 0)

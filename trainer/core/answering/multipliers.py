"""A multiplier typed another way than the answer writes it: "3x" for "three times".

"3x", "3×", "x3", "3 times", "three-fold" and "threefold" all say how many times; so do
"twice" and "thrice". Alone, "3x" is as often algebra, so a typed multiplier is read as
one only where the answer says a multiplier in words itself (never for an answer "2x"),
and only the same factor is written as the answer writes it: "4x" for "three times"
stays another number.
"""

from __future__ import annotations

import re
from fractions import Fraction

from trainer.core.answering.number_words import normalize_numbers

# The numbers in words a multiplier is written with; their values are `number_words`'.
_COUNTS = "one two three four five six seven eight nine ten twenty".split()  # noqa: SIM905
_ONCE_OVER = {"twice": Fraction(2), "thrice": Fraction(3)}
_IN_WORDS = "|".join((*_COUNTS, *_ONCE_OVER))
_NUMBER = rf"\d+(?:\.\d+)?|(?:(?:one|a)\s+)?(?:hundred|thousand)|{_IN_WORDS}"
# What may follow a multiplier's sign: the end, a mark, or a word ("10x faster"); not
# an operator or a variable ("3x + 1", "3xy").
_ALONE = r"(?=\s*$|\s*[,;.!?)]|\s+[^\W\d])"
# A multiplier as a phrase: "3 times", "three times", "3-fold", "threefold", "3x", "3×",
# "x3", "×3", "twice", "thrice". The sign stands alone: "3x + 1" and "x3y" are algebra.
_MULTIPLIER = re.compile(
    rf"(?<![\w.])(?:(?P<before>{_NUMBER})\s*(?:-\s*)?(?:times\b|fold\b|[x×]{_ALONE})"
    rf"|[x×]\s?(?P<after>\d+(?:\.\d+)?){_ALONE}"
    r"|(?P<alone>twice|thrice)\b)",
    re.IGNORECASE,
)

_SIGN = re.compile(r"\d\s*[x×]|[x×]\s?\d", re.IGNORECASE)


def multiplier_as_written(expected: str, typed: str) -> str:
    """`typed` with its multiplier written as `expected` writes the same factor ("3x" as
    "three times" where the answer says "three times"); as typed otherwise."""
    if not any(mark in typed.casefold() for mark in ("x", "×", "times", "fold", "twice", "thrice")):
        return typed
    wanted = _MULTIPLIER.search(expected)
    # The answer's own "2x" may be algebra: only its words say a multiplier.
    if wanted is None or _SIGN.search(wanted.group(0)) or (factor := _factor(wanted)) is None:
        return typed
    found = _MULTIPLIER.search(typed)
    if found is None or _factor(found) != factor:
        return typed
    return f"{typed[: found.start()]}{wanted.group(0)}{typed[found.end() :]}"


def _factor(found: re.Match[str]) -> Fraction | None:
    written = (found["before"] or found["after"] or found["alone"]).casefold()
    if written in _ONCE_OVER:
        return _ONCE_OVER[written]
    words = written.split()
    if words[0] in ("hundred", "thousand"):
        words = ["one", *words]  # "hundredfold"
    read = normalize_numbers(words)
    try:
        return Fraction(read[0]) if len(read) == 1 else None
    except ValueError:
        return None

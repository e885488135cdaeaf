"""Counts given in groups: "a dozen eggs" is 12 eggs, "two dozen" 24, "half a dozen" 6.

A number card reads a count in groups from its typed number (`number_grading`); a text
answer ("12 eggs") compared word by word found "no number typed" in "a dozen eggs". Here,
where one side counts in groups and the other gives digits, the groups are written as the
number they hold, so the two are compared as numbers: "a dozen eggs" is right for "12
eggs", and "two dozen eggs" wrong with "numbers differ", as it should be. A question that
counts the groups ("How many pairs…?") keeps them as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from trainer.core.answering.fraction_words import written_value

# Words that count in groups: "23 pairs" of chromosomes is 46 of them, unless the
# question counts pairs.
MULTIPLIERS = {"pair": 2, "pairs": 2, "dozen": 12, "dozens": 12}
# Shares of a group that a count may be given in ("half a dozen" is 6).
GROUP_SHARES = frozenset({"half", "halves", "quarter", "quarters", "third", "thirds"})
_SHARE_OF_ONE = {"half": Fraction(1, 2), "quarter": Fraction(1, 4), "third": Fraction(1, 3)}
_ONE_GROUP = frozenset({"a", "an"})


def groups_counted(
    want: Sequence[str], got: Sequence[str], asked: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """Both sides' words, a count in groups written as its number on the side that
    gives one where the other gives digits and no groups; `asked` tells the question's
    words, whose groups are counted as groups."""
    return _as_numbers(want, got, asked), _as_numbers(got, want, asked)


def _as_numbers(
    words: Sequence[str], other: Sequence[str], asked: Callable[[str], bool]
) -> list[str]:
    if not any(word in MULTIPLIERS for word in words) or any(word in MULTIPLIERS for word in other):
        return list(words)
    if not any(word[:1].isdecimal() for word in other):
        return list(words)
    out: list[str] = []
    for word in words:
        size = MULTIPLIERS.get(word)
        counted = None if size is None or asked(word) else _count(out, size)
        if counted is None:
            out.append(word)
        else:
            start, value = counted
            out[start:] = [written_value(value)]
    return out


def _count(before: list[str], size: int) -> tuple[int, Fraction] | None:
    """Where the count of groups of `size` that ends `before` starts, and what it holds:
    "2 dozen", "a dozen", "half a dozen"; None for groups not counted ("dozens of")."""
    last = before[-1] if before else ""
    if last[:1].isdecimal():
        try:
            return len(before) - 1, Fraction(last) * size
        except ValueError:
            return None  # "3:2", "1/2" as written: no count read here
    if last not in _ONE_GROUP:
        return None
    share = _SHARE_OF_ONE.get(before[-2]) if len(before) > 1 else None
    if share is not None:
        return len(before) - 2, share * size  # "half a dozen"
    return len(before) - 1, Fraction(size)

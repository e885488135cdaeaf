"""A whole number and a part said together: "two and a half" is 2.5, "5 and a half thousand" 5,500.

Grading reads numbers in words as digits (`number_words`), but "two and a half kg" would
stay the words "2 and a half kg", never the 2.5 kg it says, and a typed "two and a half
kilograms" was wrong for "2.5 kg". A whole number, "and", then a half or some quarters
("a half", "a quarter", "three quarters") is one number, and a scale after it multiplies
all of it ("two and a half million" is 2,500,000). "Half past two" and "a year and a
half" say no such number, and are left as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from fractions import Fraction

from trainer.core.answering.fraction_words import written_value
from trainer.core.answering.number_scales import SCALES, scale_after
from trainer.core.answering.number_words import normalize_numbers

# The parts said after "and", as their words read once numbers are digits.
_PARTS = {
    ("a", "half"): Fraction(1, 2),
    ("1", "half"): Fraction(1, 2),
    ("a", "quarter"): Fraction(1, 4),
    ("1", "quarter"): Fraction(1, 4),
    ("3", "quarters"): Fraction(3, 4),
}


def numbers_read(words: Sequence[str], *, initials: Collection[int] = ()) -> list[str]:
    """`words` with numbers in words as digits (`normalize_numbers`) and each whole number
    said with a part as one number: "2 and a half million" → "2500000"; so is a share of
    a scale, "half a million" → "500000"."""
    return shares_of_scales(mixed_numbers(normalize_numbers(words, initials=initials)))


# A scale a share is said of, as digits ("a million" reads "1000000") or as its word.
_SCALE_VALUES = frozenset(str(value) for value in SCALES.values())
_SHARES = {"half": Fraction(1, 2), "quarter": Fraction(1, 4), "quarters": Fraction(1, 4)}


def shares_of_scales(words: Sequence[str]) -> list[str]:
    """`words` with a share of a scale as its number: "half a million" (read "half
    1000000") and "a half million" are 500000, "a quarter of a million" 250000, "3
    quarters of a million" 750000; "half a mile" and "half a dozen" stay as they are."""
    if not any(word in _SHARES for word in words):
        return list(words)
    out: list[str] = []
    at = 0
    while at < len(words):
        share = _SHARES.get(words[at])
        scale_at = at + 2 if at + 1 < len(words) and words[at + 1] == "of" else at + 1
        scale = _scale(words[scale_at]) if share is not None and scale_at < len(words) else None
        if share is None or scale is None:
            out.append(words[at])
            at += 1
            continue
        count = 1
        if out and out[-1] in ("a", "1"):
            out.pop()  # "a half million", "a quarter of a million"
        elif out and out[-1].isdecimal() and words[at] == "quarters":
            count = int(out.pop())  # "3 quarters of a million"
        out.append(written_value(share * count * scale))
        at = scale_at + 1
    return out


def _scale(word: str) -> int | None:
    if word in _SCALE_VALUES:
        return int(word)
    return SCALES.get(word)


def mixed_numbers(words: Sequence[str]) -> list[str]:
    """`words` (numbers already digits) with each whole number said with a part written as
    one number: "2 and a half" → "2.5", "5 and a half thousand" → "5500"."""
    if "and" not in words:
        return list(words)
    out: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        part = None
        if at + 3 < len(words) and words[at + 1] == "and":
            part = _PARTS.get((words[at + 2], words[at + 3]))
        if part is None or not word.isdecimal():
            out.append(word)
            at += 1
            continue
        factor, at = scale_after(words, at + 4)
        out.append(written_value((int(word) + part) * factor))
    return out

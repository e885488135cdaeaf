"""Character-level differences between the expected answer and a typed one, for highlighting."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from trainer.core.answering.normalise import fold

DiffOp = Literal["equal", "insert", "delete", "replace"]
_OPS: dict[str, DiffOp] = {
    "equal": "equal",
    "insert": "insert",
    "delete": "delete",
    "replace": "replace",
}


class DiffSegment(NamedTuple):
    """A stretch of the comparison: both sides' text for it (one side empty for insert/delete).

    `delete` is expected text the learner left out, `insert` is typed text the answer
    does not have, `replace` is expected text typed as something else.
    """

    op: DiffOp
    expected: str
    typed: str


def diff_segments(expected: str, typed: str, *, ignore_folding: bool = True) -> list[DiffSegment]:
    """Align `typed` with `expected` character by character.

    With `ignore_folding` (the default) characters are compared as grading compares
    them: "é" matches "e" and "K" matches "k", so only real mistakes are highlighted;
    each segment still carries the original characters. Joining every segment's
    `expected` gives back `expected`, and every `typed` gives back `typed` (both in
    Unicode's composed form, NFC, so that "é" is one character however it was typed).
    """
    expected = unicodedata.normalize("NFC", expected)
    typed = unicodedata.normalize("NFC", typed)
    want = [_char_key(c, ignore_folding) for c in expected]
    got = [_char_key(c, ignore_folding) for c in typed]
    if len(want) * len(got) > _MOST_PAIRS:
        return _coarse(expected, typed, want, got)
    matcher = SequenceMatcher(None, want, got, autojunk=False)
    segments: list[DiffSegment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        segments.append(DiffSegment(_OPS[tag], expected[i1:i2], typed[j1:j2]))
    return segments


# Past this many pairs of characters, the search for the longest matching stretch may take
# seconds on text that repeats itself (an answer of 1,000 characters typed against one of
# 1,000: 7 s), which a deck from anyone can hold. Answers are far shorter: the longest in
# any deck here has 115 characters, 13,225 pairs with itself.
_MOST_PAIRS = 40_000


def _coarse(expected: str, typed: str, want: list[str], got: list[str]) -> list[DiffSegment]:
    """The comparison of two long texts in linear time: what they share at the start and
    at the end is equal, and what lies between, replaced (or left out, or added)."""
    start = 0
    while start < min(len(want), len(got)) and want[start] == got[start]:
        start += 1
    end = 0
    while end < min(len(want), len(got)) - start and want[-1 - end] == got[-1 - end]:
        end += 1
    middle_expected = expected[start : len(expected) - end]
    middle_typed = typed[start : len(typed) - end]
    segments = [DiffSegment("equal", expected[:start], typed[:start])] if start else []
    if middle_expected or middle_typed:
        op: DiffOp = (
            "replace"
            if middle_expected and middle_typed
            else "delete"
            if middle_expected
            else "insert"
        )
        segments.append(DiffSegment(op, middle_expected, middle_typed))
    if end:
        segments.append(
            DiffSegment("equal", expected[len(expected) - end :], typed[len(typed) - end :])
        )
    return segments


def _char_key(char: str, ignore_folding: bool) -> str:
    if not ignore_folding:
        return char
    # Punctuation and spaces fold to nothing; they still compare equal to each other.
    return fold(char) or " "

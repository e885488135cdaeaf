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
    matcher = SequenceMatcher(None, want, got, autojunk=False)
    segments: list[DiffSegment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        segments.append(DiffSegment(_OPS[tag], expected[i1:i2], typed[j1:j2]))
    return segments


def _char_key(char: str, ignore_folding: bool) -> str:
    if not ignore_folding:
        return char
    # Punctuation and spaces fold to nothing; they still compare equal to each other.
    return fold(char) or " "

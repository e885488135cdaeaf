"""Grading's inner marks kept apart from an answer that spells one ("zqoverqz").

Folding drops punctuation, so ".", "/" and a charge's signs are carried through it as
words of letters that open with the same two letters (`DECIMAL_MARK`, `OVER_MARK`,
`ION_MARK` …). An answer that holds those letters already has them written as a longer
run that no mark is made of, and given back as typed once the marks are read.
"""

from __future__ import annotations

import re

MARK_OPENING = "zq"
_ANY_CASE = re.compile(MARK_OPENING, re.IGNORECASE)
_SHIELDED = "zqzqqz"


def holds_mark_letters(text: str) -> bool:
    return MARK_OPENING in text.casefold()


def shielded(text: str) -> str:
    """`text` with every "zq" written as no mark can be."""
    return _ANY_CASE.sub(_SHIELDED, text)


def unshielded(word: str) -> str:
    """A folded word of a shielded text as it was typed (folded)."""
    return word.replace(_SHIELDED, MARK_OPENING)

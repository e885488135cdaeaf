"""Numbers in base 16, 2 or 8 written every way programmers write them: "0xFF", "FFh", "#FF".

A computing answer gives 255 as "0xFF", "FF", "0xff", "FFh", "#FF", "hex FF" or
"0x00FF", and as "11111111", "0b11111111" or "1111 1111" in binary. Word by word, the
"0" of "0x" was a number and "FFh" none, so that most of these were wrong; and a binary
answer was a decimal one, "11111110" close to "11111111" for being one off. Where the
answer is written in a base (a prefix or suffix says so, or the question asks for one),
both sides are read as the number they write in it: the same number in any writing is
right, any other wrong, however near its digits (a number in another base is a bit
pattern or an address, not an amount).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from trainer.core.answering.text_matches import TextMatch

# The words a question asks for a base by ("in hexadecimal", "in binary", "base 16").
_ASKED = {"hexadecimal": 16, "hex": 16, "binary": 2, "octal": 8}
_BASE_WORDS = {"16": 16, "2": 2, "8": 8}
# A number written with its base: a prefix, a suffix, a subscript or a word before it.
_PREFIXED = re.compile(r"(?:0(?P<letter>[xXbBoO])|#|hex\s+)(?P<digits>[0-9A-Fa-f_ ]+)")
_SUFFIXED = re.compile(r"(?P<digits>[0-9A-Fa-f_ ]+?)(?:(?P<letter>[hHbB])|₁₆|₂|₈)")
_BARE = re.compile(r"[0-9A-Fa-f][0-9A-Fa-f_ ]*")
_LETTER_BASES = {"x": 16, "h": 16, "b": 2, "o": 8}
_SUBSCRIPTS = {"₁₆": 16, "₂": 2, "₈": 8}


def asked_base(question_words: Sequence[str]) -> int | None:
    """The base the question (its words in order) asks the number in, if it names one."""
    for word, base in _ASKED.items():
        if word in question_words:
            return base
    for before, after in pairwise(question_words):
        if before == "base" and after in _BASE_WORDS:
            return _BASE_WORDS[after]
    return None


def _read(text: str, base: int | None) -> tuple[int, int] | None:
    """The value and base `text` writes, by its own mark or in `base`; None if neither."""
    text = text.strip()
    if (found := _PREFIXED.fullmatch(text)) is not None:
        letter = (found.group("letter") or "x").casefold()
        return _value(found.group("digits"), _LETTER_BASES[letter])
    if (found := _SUFFIXED.fullmatch(text)) is not None:
        letter = found.group("letter")
        written = (
            _LETTER_BASES[letter.casefold()] if letter else _SUBSCRIPTS[text[found.end("digits") :]]
        )
        return _value(found.group("digits"), written)
    if base is not None and _BARE.fullmatch(text):
        return _value(text, base)
    return None


def _value(digits: str, base: int) -> tuple[int, int] | None:
    try:
        return int(digits.replace(" ", "").replace("_", ""), base), base
    except ValueError:
        return None


def based_number_match(
    expected: str, typed: str, question_words: Sequence[str]
) -> TextMatch | None:
    """The verdict on `typed` where the answer is a number in base 16, 2 or 8 (marked as
    such, or asked for in one): right for the same number however written, wrong for any
    other; None where the answer is no such number or `typed` writes none."""
    asked = asked_base(question_words)
    if asked is None and not _marked(expected):
        return None
    want = _read(expected, asked)
    if want is None:
        return None
    got = _read(typed, want[1])
    if got is None:
        return None
    if got[0] == want[0] and asked is not None and got[1] != asked:
        # "0xFF" asked for 255 in binary: the number, not in the base asked for.
        return TextMatch(False, False, f"the same number in base {got[1]}, not {asked}", 0.8)
    if got[0] == want[0]:
        return TextMatch(True, False, f"the same number in base {want[1]}", 1.0)
    return TextMatch(False, False, "another number", 0.0, decisive=True)


def _marked(text: str) -> bool:
    """Whether `text` says its own base by a prefix: "0xFF", "0b1010", "#FF". A suffix
    alone says nothing of an answer ("Bach" would be 0xBAC), only of a typed number."""
    return _PREFIXED.fullmatch(text.strip()) is not None

"""Text folding shared by grading and distractor selection: what counts as 'the same words'."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that no decomposition takes apart, written as a keyboard without them writes
# them: "soeur" for "sœur", "Caesar" for "Cæsar", "Lodz" for "Łódź", "Soren" for "Søren".
_SPELT_OUT = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l"}
_SPELT_OUT |= {"Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "TH"}


def _folded_char(char: str) -> str:
    """What one character of decomposed text becomes before case is folded."""
    if (spelt := _SPELT_OUT.get(char)) is not None:
        return spelt
    category = unicodedata.category(char)
    if category in ("Mn", "Cf"):
        # An accent, decomposed from its letter; or an invisible format character (a
        # zero-width space, a soft hyphen, a direction mark) pasted inside a word.
        return ""
    # Punctuation and symbols separate words rather than vanish, so "anti-tank" and
    # "anti tank" fold alike; spaces and control characters separate them too.
    return " " if category[0] in "PSZC" else char


# How many characters `_FOLDED_CHARS` remembers: a text's alphabet or two is a few hundred,
# and a deck holding every character there is cannot make the table grow past this.
_REMEMBERED_CHARS = 8192


class _FoldedChars(dict[int, str]):
    """`_folded_char` for `str.translate`, each character worked out once, when first met."""

    def __missing__(self, code: int) -> str:
        folded = _folded_char(chr(code))
        if len(self) < _REMEMBERED_CHARS:
            self[code] = folded
        return folded


_FOLDED_CHARS = _FoldedChars()
# The same rule byte by byte for plain ASCII, with case folded too: most of a deck's text
# is ASCII, and translating bytes in one C call is some twenty times faster than a
# character at a time (the rest is translated through `_FOLDED_CHARS`, five times faster
# than a loop). Bytes past ASCII never reach it.
_ASCII_FOLDED = bytes(ord(_folded_char(chr(code)).casefold()) for code in range(128)) + bytes(
    range(128, 256)
)


# A compile of 100,000 cards folds 60,000 distinct texts, 560,000 times. Kept to 16,384, the
# cache misses 2,000 more of them and holds 16 MiB less at the peak of a cold import.
@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Fold text for comparison: no case, no accents, no punctuation, single spaces.

    >>> fold("  Kúibyshev's  Council! ")
    'kuibyshev s council'
    """
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_FOLDED).split()).decode("ascii")
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(decomposed.translate(_FOLDED_CHARS).casefold().split())


def fold_one_at_a_time(text: str) -> str:
    """`fold` worked out a character at a time, with no table: what the tests hold the
    fast paths to."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(map(_folded_char, decomposed)).casefold().split())


def same_text(a: str, b: str) -> bool:
    """True when two strings fold to the same words."""
    return fold(a) == fold(b)

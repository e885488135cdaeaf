"""Scales written as letters against a number ("17k", "3bn", "16m"), read as their words.

A learner writes "17k" for 17 thousand and "3bn" for 3 billion. Only a lower-case k is a
thousand ("273K" is kelvin), and "m" is metres as often as millions: it is read as a
million only where the answer counts in millions ("16m" for "16 million shares").
"""

from __future__ import annotations

import re

# Scales written as letters against the number: "17k", "3bn". Only a lower-case k: "273K"
# is kelvin; "m" is metres as often as millions, and is left alone.
_SCALE_LETTERS = (
    (re.compile(r"(?<=\d)k\b"), " thousand"),
    (re.compile(r"(?<=\d) ?bn\b"), " billion"),
    (re.compile(r"(?<=\d) ?tn\b"), " trillion"),
)


# "m", "M" or "mn" against a number: a million where the answer counts in millions.
_MILLION_LETTERS = re.compile(r"(?<=\d) ?(?:m|M|mn)(?![\w/²³^])")
_MILLION_WORDS = re.compile(r"\bmillions?\b", re.IGNORECASE)


def millions_by_letter(accepted: str, typed: str) -> str:
    """`typed` with "m" against a number read as "million" where the `accepted` answer
    counts in millions and measures nothing in metres: "16m" for "16 million shares",
    "£3.5m" for "£3.5 million". Elsewhere "20m" is twenty metres."""
    if _MILLION_WORDS.search(accepted) is None or _MILLION_LETTERS.search(typed) is None:
        return typed
    return _MILLION_LETTERS.sub(" million", typed)


def scale_letters_as_words(text: str) -> str:
    """`text` with each scale written as letters against its number as the word: "17k"
    as "17 thousand", "3bn" as "3 billion"."""
    for letters, scale in _SCALE_LETTERS:
        text = letters.sub(scale, text)
    return text

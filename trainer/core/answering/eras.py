"""Eras written every way a learner writes them: "BC", "B.C.", "BCE", "216BC"; "AD", "CE".

"509 BCE" is "509 BC" and "9 CE" is "AD 9": the secular names say the same as the
older ones. A year of our era needs no era at all ("9" for "AD 9"), where one before it
does: "44" for "44 BC" names another year. Eras are read only beside a number, so that
a word such as "ad" or "ce" elsewhere keeps its meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

BEFORE = "bc"
AFTER = "ad"
# Every folded way of writing each era, once its letters are joined (see `answer_words`).
_SAME_ERA = {"bc": BEFORE, "bce": BEFORE, "ad": AFTER, "ce": AFTER}
# An era's letters as typed, dotted or spaced or run into the number: "B.C.", "B. C. E.",
# "216BC". Only right after a number or right before one, never inside a word ("ADD").
ERA_PATTERN = r"(?:b\.?\s?c\.?(?:\s?e\.?)?|a\.?\s?d\.?|c\.?\s?e\.?)"
_ERA_MARK = re.compile(
    rf"(?<=\d)\s*({ERA_PATTERN})(?![^\W\d_])|(?<![^\W\d_])({ERA_PATTERN})\s*(?=\d)",
    re.IGNORECASE,
)
_SPACE_OR_DOT = re.compile(r"[\s.]")
_DIGIT = re.compile(r"\d")
# An era alone, as written ("BC", "B.C.", "ce"): `is_era`.
_ERA_ALONE = re.compile(ERA_PATTERN, re.IGNORECASE)
# Every folded way of writing the era before ours (`date_parsing.parse_year`).
BEFORE_FORMS = frozenset(form for form, era in _SAME_ERA.items() if era == BEFORE)
ERA_FORMS = frozenset(_SAME_ERA)


def is_era(text: str) -> bool:
    """Whether `text` is an era and nothing more ("BC", "A.D.", "BCE")."""
    return _ERA_ALONE.fullmatch(text.strip()) is not None


def is_before_christ(era: str) -> bool:
    """Whether an era as written names the era before ours ("B.C.", "bce"; not "AD")."""
    return _SPACE_OR_DOT.sub("", era).casefold() in BEFORE_FORMS


def eras_spaced(text: str) -> str:
    """`text` with each era beside a number written as its letters alone, apart from the
    number: "216BC" → "216 BC ", "44 B.C." → "44 BC ", "44 before Christ" → "44 BC"."""
    if _DIGIT.search(text) is None:  # most text: no number, so no era to read
        return text
    if "hrist" in text or "omini" in text or "ommon" in text:
        text = _ERA_IN_WORDS.sub(lambda found: _ERA_WORDS[found.group().casefold()[0]], text)
    return _ERA_MARK.sub(lambda found: " " + _SPACE_OR_DOT.sub("", found.group()) + " ", text)


# An era in words after a number: "before Christ", "anno Domini", "before the common era".
_ERA_IN_WORDS = re.compile(
    r"(?<=\d )(?:before (?:christ|the common era)|anno domini|(?:of )?the common era)\b",
    re.IGNORECASE,
)
_ERA_WORDS = {"b": "BC", "a": "AD", "o": "CE", "t": "CE"}


def eras_alike(words: Sequence[str]) -> list[str]:
    """Folded words with each era beside a number written one way: "bce" as "bc", "ce"
    as "ad"."""
    out = list(words)
    for i, word in enumerate(words):
        era = _SAME_ERA.get(word)
        if era is not None and _beside_number(words, i):
            out[i] = era
    return out


def implied_era_left_out(want: Sequence[str], typed: Sequence[str]) -> list[str]:
    """The answer's words without its era when that is our era and the typed answer
    names none: "9" says "AD 9"."""
    if AFTER not in want or AFTER in typed or BEFORE in typed:
        return list(want)
    return [w for i, w in enumerate(want) if not (w == AFTER and _beside_number(want, i))]


# What an era follows besides a number: "the fifth century BCE", "the third millennium BC".
_SPANS = frozenset({"century", "centuries", "millennium", "millennia"})


def _beside_number(words: Sequence[str], i: int) -> bool:
    return any(
        0 <= j < len(words) and (words[j].isdecimal() or (j == i - 1 and words[j] in _SPANS))
        for j in (i - 1, i + 1)
    )


def era_added(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why an answer is wrong that names the era before ours beside a number or a
    century where the answer names no era: ours is understood in it, so "the 14th
    century BC" is another time than "the 14th century"; None otherwise."""
    if not ERA_FORMS.isdisjoint(want):
        return None
    for index, word in enumerate(got):
        if word in BEFORE_FORMS and _beside_number(got, index):
            return f"'{word}' names the era before ours, where the answer's is ours"
    return None

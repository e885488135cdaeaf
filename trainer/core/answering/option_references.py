"""Options that speak of the other options: "All of the above", "Both A and B".

Options change order at every showing and are shown numbered, so an option that speaks
of "the above" is shown after all the others, where it means what it says, and one that
names others by their letters ("Both A and B") names nothing a learner sees: the author
is told to name them by their words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "All of the above", "None of these", "Both of the above", "all the above are correct".
_OF_THE_OTHERS = re.compile(
    r"(?:all|none|both|neither|any|either)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:above|these|those|others|other\s+(?:options|answers|choices))\b",
    re.IGNORECASE,
)
# "Both A and B", "A and C only", "A, B and C", "Neither A nor B": capitals alone, joined.
_LETTER = r"\(?[A-H]\)?"
_BY_LETTERS = re.compile(
    rf"(?:(?:both|only|neither|either|options?)\s+)?{_LETTER}(?:\s*,\s*{_LETTER})*"
    rf"\s*(?:,\s*)?(?:and|&|or|nor)\s+{_LETTER}"
    r"(?:\s+(?:only|are\s+(?:correct|right|true)))?\s*[.!]?",
    re.IGNORECASE,
)
_CAPITAL_LETTER = re.compile(r"\b[A-H]\b")


def speaks_of_the_others(option: str) -> bool:
    """Whether an option is about the others as a whole: "All of the above"."""
    return _OF_THE_OTHERS.match(option.strip()) is not None


def names_options_by_letter(option: str) -> bool:
    """Whether an option names others by their letters: "Both A and B", "A and C only"
    (the letters written as capitals)."""
    text = option.strip()
    return _BY_LETTERS.fullmatch(text) is not None and bool(_CAPITAL_LETTER.search(text))


def others_last(order: Sequence[int], options: Sequence[str]) -> list[int]:
    """`order` (indices into `options`) with the options that speak of the others moved
    after the rest, each part keeping its order."""
    last = [index for index in order if speaks_of_the_others(options[index])]
    return [index for index in order if index not in last] + last

"""An ordinal typed for a count: "ninth" answers no "How many …?"."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Ordinals in digits or words ("9th", "ninth", "twenty-first"); not "second", which is
# as often the unit of time ("a second").
_ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|millionth)\b",
    re.IGNORECASE,
)


# A count in digits or words, which an ordinal beside it only explains.
_CARDINAL = re.compile(
    r"\b(?:\d+(?!\d|st|nd|rd|th)|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"|hundred|thousand|million)\b",
    re.IGNORECASE,
)


def ordinal_for_a_count(accepted: Sequence[str], typed: str, question: Sequence[str]) -> str | None:
    """Why `typed` is no answer to a question that asks how many (`question`, folded
    words): it gives a place in order ("ninth", "9th") where no `accepted` answer, a
    count, gives one; None otherwise."""
    if tuple(question[:2]) != ("how", "many") or any(map(_ORDINAL.search, accepted)):
        return None
    found = _ORDINAL.search(typed)
    if found is None or _CARDINAL.search(typed):
        return None  # "six (the sixth was Catherine Parr)": the count is there
    return f"'{found.group(0)}' is a place in order: the question asks how many"

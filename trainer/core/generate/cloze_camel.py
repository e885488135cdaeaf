"""Names written in camel case ("CPython", "JavaScript") give away the names they are made of."""

from __future__ import annotations

import re
from collections.abc import Sequence

# The parts of a word in camel case: "CPython" is C + Python, "JavaScript" Java + Script.
_CAMEL_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
# A part this long or longer, seen alone, is the name again.
_SHORTEST_PART = 3


def camel_giveaway(name: str, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether a one-word name is given away by camel case: it stands inside a longer
    word at a capital ("CPython compiles [...]" for Python), or it is such a word and one
    of its parts stands alone elsewhere ("[...] compiles Python" for CPython)."""
    if not name.isalnum():
        return False
    camel = any(char.isupper() for char in name[1:])
    # Found no more often than it is blanked, and no capital inside it: nothing to read.
    if not camel and text.count(name) <= len(spans):
        return False
    escaped = re.escape(name)
    inside = re.compile(rf"[^\W_]*[A-Z]{escaped}(?![^\W_])|(?<![^\W_]){escaped}[A-Z][^\W_]*")
    if any(found.start() not in _starts(spans) for found in inside.finditer(text)):
        return True
    if not camel:
        return False
    parts = [part for part in _CAMEL_PART.findall(name) if len(part) >= _SHORTEST_PART]
    if len(parts) == len(_CAMEL_PART.findall(name)) == 1 or not parts:
        return False  # no camel case: one part only
    outside = _outside(text, spans)
    return any(re.search(rf"(?<![^\W_]){re.escape(part)}(?![^\W_])", outside) for part in parts)


def _starts(spans: Sequence[tuple[int, int]]) -> set[int]:
    return {start for start, _ in spans}


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with the candidate's own occurrences blanked."""
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(text[last:start])
        out.append(" " * (end - start))
        last = end
    out.append(text[last:])
    return "".join(out)

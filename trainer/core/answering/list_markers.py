"""Numbers a learner writes before the items of a list: "1. clergy 2. nobility 3. commoners".

Typed for an answer that lists things without numbering them, the numbers only count the
items: they are left out, and the items read as a list ("clergy, nobility, commoners").
Only markers that count up from one or from "a" in order, before two items or more, are
read so: "1. clergy 3. nobility" keeps its numbers, and so does any answer that writes
digits or markers itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A marker: "1." or "1)" or "(1)", or a letter so written ("a)", "(b)"), at the start or
# after a space or a list's mark.
_MARKER = re.compile(r"(?:^|(?<=[\s,;]))\(?(\d{1,2}|[a-z])[.)](?:\s+|$)", re.IGNORECASE)


def without_list_numbers(accepted: Sequence[str], typed: str) -> str:
    """`typed` with the markers of a numbered list left out and its items joined by
    commas, where every marker counts up in order from 1 (or "a") and no accepted
    answer writes any; `typed` as it is otherwise."""
    markers = list(_MARKER.finditer(typed))
    if len(markers) < 2 or any(_MARKER.search(text) for text in accepted):
        return typed
    if markers[0].start() != 0 or not _counting_up([m.group(1).casefold() for m in markers]):
        return typed
    items = [
        typed[marker.end() : following.start() if following else len(typed)].strip(" ,;")
        for marker, following in zip(markers, [*markers[1:], None], strict=True)
    ]
    if not all(items):
        return typed  # a marker with nothing after it: initials ("A. B. Paterson"), no list
    return ", ".join(items)


def _counting_up(labels: list[str]) -> bool:
    if all(label.isdecimal() for label in labels):
        return [int(label) for label in labels] == list(range(1, len(labels) + 1))
    return labels == [chr(ord("a") + i) for i in range(len(labels))]

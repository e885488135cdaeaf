"""Scale words after a number, stacked as people say them: "thousand million" is 10^9."""

from __future__ import annotations

from collections.abc import Sequence

# The scale words read everywhere a number is: typed answers, units, automatic cloze.
SCALES = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}


def scale_after(words: Sequence[str], start: int) -> tuple[int, int]:
    """What the scale words from `start` multiply a number by, and the index after them:
    "hundred" 100, "million" 10^6, and each larger scale after another multiplies again
    ("hundred thousand" 10^5, "thousand million" 10^9, the British billion); (1, start)
    where none follows."""
    factor, end, largest = 1, start, 1
    if end < len(words) and words[end] == "hundred":
        factor, end, largest = 100, end + 1, 100
    while end < len(words) and SCALES.get(words[end], 0) > largest:
        largest = SCALES[words[end]]
        factor, end = factor * largest, end + 1
    return factor, end

"""Chart arithmetic every chart shares: block glyphs, intensity levels, axis ticks and shares."""

from __future__ import annotations

import math
from collections.abc import Sequence

# A cell split into eighths, from empty to full, for bars that grow upwards.
EIGHTHS = " ▁▂▃▄▅▆▇█"
FULL_BLOCK = "█"

# A chart line is a run of spans: text and the component class that styles it ("" = none).
Span = tuple[str, str]
Row = tuple[Span, ...]


def plain(row: Row) -> str:
    """A chart line's text without its styles."""
    return "".join(text for text, _ in row)


def row_width(row: Row) -> int:
    return sum(len(text) for text, _ in row)


def pad_row(row: Row, width: int) -> Row:
    """The line padded with spaces to `width` cells (never cut)."""
    missing = width - row_width(row)
    return (*row, (" " * missing, "")) if missing > 0 else row


def column_glyphs(value: float, maximum: float, height: int) -> list[str]:
    """One bar's glyphs from its top row to its bottom row, in eighths of a cell.

    Any value above zero shows at least a sliver, so a small count is never mistaken
    for none; a value at or above `maximum` fills the column.
    """
    if height <= 0:
        return []
    if value <= 0 or maximum <= 0:
        return [" "] * height
    eighths = min(height * 8, max(1, round(value / maximum * height * 8)))
    full, part = divmod(eighths, 8)
    column = [FULL_BLOCK] * full + ([EIGHTHS[part]] if part else [])
    column += [" "] * (height - len(column))
    return column[::-1]


def intensity_level(count: int, maximum: int, levels: int) -> int:
    """0 for no count, else 1…`levels` in equal steps up to `maximum`."""
    if count <= 0 or maximum <= 0:
        return 0
    return min(levels, math.ceil(count * levels / maximum))


def level_ranges(maximum: int, levels: int) -> list[tuple[int, int]]:
    """The counts each level from 1 to `levels` stands for, as (lowest, highest).

    A level no whole count falls into (when `maximum` < `levels`) has lowest > highest.
    """
    return [
        (math.floor((level - 1) * maximum / levels) + 1, math.floor(level * maximum / levels))
        for level in range(1, levels + 1)
    ]


def proportional_widths(counts: Sequence[int], width: int) -> list[int]:
    """Cells for each count so that they fill `width` in proportion (largest remainder).

    Every non-zero count gets at least one cell while the width allows, so no state
    vanishes from a stacked bar just because it is small.
    """
    total = sum(counts)
    if total <= 0 or width <= 0:
        return [0] * len(counts)
    exact = [count * width / total for count in counts]
    widths = [math.floor(share) for share in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (-(exact[i] - widths[i]), i))
    for index in by_remainder[: width - sum(widths)]:
        widths[index] += 1
    for index, count in enumerate(counts):
        if count > 0 and widths[index] == 0:
            donor = max(range(len(widths)), key=lambda i: widths[i])
            if widths[donor] > 1:
                widths[donor] -= 1
                widths[index] = 1
    return widths


def percent(share: float | None) -> str:
    """`87%`, or an en dash when there is nothing to measure."""
    return "–" if share is None else f"{round(share * 100)}%"


def thousands(count: int) -> str:
    """`1,234`: counts read faster with separators."""
    return f"{count:,}"

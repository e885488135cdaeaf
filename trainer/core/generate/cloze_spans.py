"""Spans of an excerpt's text that cloze candidates keep out of: overlaps and what lies outside."""

from __future__ import annotations

from bisect import bisect_right

from trainer.core.generate.cloze_giveaways import Span
from trainer.core.generate.cloze_words import Token


def overlaps(span: Span, spans: list[Span]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def merged_spans(spans: list[Span]) -> list[Span]:
    """The union of `spans`, as sorted spans that neither overlap nor touch."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def tokens_outside(words: list[Token], spans: list[Span]) -> list[bool]:
    """For each token, whether it starts outside every span."""
    if not spans:
        return [True] * len(words)
    merged = merged_spans(spans)
    starts = [start for start, _ in merged]
    result = []
    for token in words:
        at = bisect_right(starts, token.start) - 1
        result.append(at < 0 or merged[at][1] <= token.start)
    return result

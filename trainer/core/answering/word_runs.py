"""Runs of words inside others: where "the Soviet Union" stands among an answer's words."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.word_lists import ARTICLES


def run_starts(words: Sequence[str], run: Sequence[str]) -> list[int]:
    """Every place where `run` stands in `words` as whole words, in order; none for an
    empty run."""
    size, wanted = len(run), tuple(run)
    if not size:
        return []
    return [at for at in range(len(words) - size + 1) if tuple(words[at : at + size]) == wanted]


def find_run(words: Sequence[str], run: Sequence[str]) -> int | None:
    """Where `run` first stands in `words` as whole words, or None."""
    starts = run_starts(words, run)
    return starts[0] if starts else None


def without_opening_article(words: Sequence[str]) -> Sequence[str]:
    """`words` without the English article they open with, if any ("the", "a", "an")."""
    return words[1:] if words[:1] and words[0] in ARTICLES else words

"""One analysis from start to end: logs pooled, one deck chosen, measured, flagged, reported."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence

from trainer.analytics.flags import DEFAULT_THRESHOLDS, Thresholds
from trainer.analytics.measures import measure
from trainer.analytics.pool import Pool
from trainer.analytics.report import Report, build_report, deck_options
from trainer.core.model import CompiledDeck
from trainer.core.untrusted import printable
from trainer.errors import TrainerError


class AnalysisError(TrainerError):
    """The logs cannot answer the question asked (no such deck in them, or several)."""


def analyze(
    paths: Sequence[str | os.PathLike[str]],
    *,
    compiled: CompiledDeck | None = None,
    deck_id: str | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    find_deck: Callable[[str], CompiledDeck | None] | None = None,
) -> Report:
    """Pool the logs at `paths` and report on one deck's cards.

    The deck is `compiled`'s (whose cards then point back to their `file:line`, and
    whose missing cards are marked retired), or `deck_id`, or the only deck the logs
    answer; without `compiled`, `find_deck` may supply the deck's file, compiled, by id.
    Raises LogError for bad logs, AnalysisError when the deck is unclear.
    """
    wanted = compiled.deck.id if compiled is not None else deck_id
    with Pool.temporary() as pool:
        source = pool.load(paths)
        deck = _deck(pool, wanted)
        if compiled is None and find_deck is not None:
            found = find_deck(deck)
            compiled = found if found is not None and found.deck.id == deck else None
        measured = measure(pool.conn, deck, deck_options(compiled))
    origins = compiled.origins if compiled is not None else {}
    return build_report(deck, measured, source, compiled, origins, thresholds)


def _deck(pool: Pool, wanted: str | None) -> str:
    """The deck to report on; the list of decks (a full sort) is made only when needed."""
    if wanted is not None and pool.has_deck(wanted):
        return wanted
    first = pool.some_deck()
    if wanted is None and first is not None and pool.answers_only(first):
        return first
    return choose_deck(pool.decks(), wanted)


def choose_deck(decks: Mapping[str, int], wanted: str | None) -> str:
    """The deck to report on: `wanted`, which the logs must answer, or their only one."""
    answered = ", ".join(printable(deck, one_line=True) for deck in decks) or "none"
    if wanted is not None:
        if wanted not in decks:
            shown = printable(wanted, one_line=True)
            raise AnalysisError(f"the logs hold no answers to deck '{shown}' (decks: {answered})")
        return wanted
    if not decks:
        raise AnalysisError("the logs hold no answers")
    if len(decks) > 1:
        raise AnalysisError(
            f"the logs answer {len(decks)} decks ({answered}); choose one with --deck"
        )
    return next(iter(decks))

"""The learner's own item figures: the class analysis's measures run on this collection's log.

The statistics screen's Items tab shows, per card of one deck, what an instructor's
`trainer analyze` shows per card for a class, for one learner: the log is exported as
`trainer export log` writes it and measured by the same SQL (trainer.analytics), so the
two can never disagree. Discrimination needs a class and is left out; so are the flags,
which need several learners.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.records import record

if TYPE_CHECKING:
    from trainer.store import LogEntry


@record
class OwnItem:
    """One card's figures for this learner (see docs/analytics.md for each definition)."""

    card_id: str
    prompt: str
    # Counted answers (drills excluded).
    answers: int
    # Whether the first counted answer had quality 3 or more.
    first_right: bool
    # Share of the counted answers after the first that were below 3 (None: none yet).
    lapse_rate: float | None
    # Whether the card sits at its scheduler's floor (SM-2's EF 1.3); None if unknown.
    at_floor: bool | None
    median_response_ms: float | None
    # Answers the learner overruled ("my answer was right").
    overrides: int


def own_items(
    log: Iterable[LogEntry], deck_id: str, prompts: Mapping[str, str]
) -> tuple[OwnItem, ...]:
    """The figures of each answered card of `deck_id` in `log` (one learner's), the
    hardest first: most lapses, then first answered wrong, then slowest."""
    # Imported here: the analysis is not needed before the first question.
    from trainer.analytics import AnalysisError, analyze
    from trainer.interop.log_export import ExportOptions, write_log

    with tempfile.TemporaryDirectory(prefix="trainer-items-") as folder:
        path = Path(folder) / "log.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            written = write_log(log, "csv", out, ExportOptions(learner="me"))
        if not written:
            return ()
        try:
            report = analyze([path], deck_id=deck_id)
        except AnalysisError:
            return ()  # no answer of this deck yet
    items = [
        OwnItem(
            card_id=item.card,
            prompt=prompts.get(item.card, item.card),
            answers=item.answers,
            first_right=item.facility >= 0.5,
            lapse_rate=item.lapse_rate,
            at_floor=None if item.ef_floor_share is None else item.ef_floor_share >= 0.5,
            median_response_ms=item.median_response_ms,
            overrides=item.overrides,
        )
        for item in report.items
        if item.answers
    ]
    items.sort(
        key=lambda i: (
            -(i.lapse_rate or 0.0),
            i.first_right,
            -(i.median_response_ms or 0.0),
            i.card_id,
        )
    )
    return tuple(items)

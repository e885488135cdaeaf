"""Scheduling state of one card, SM-2's quality scale, and the log entry each answer produces."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from trainer.core.records import record

INITIAL_EF = 2.5
MIN_EF = 1.3


class Quality(IntEnum):
    """SM-2's six grades, 0 to 5."""

    BLACKOUT = 0
    INCORRECT_REMEMBERED = 1
    INCORRECT_EASY = 2
    CORRECT_DIFFICULT = 3
    CORRECT_HESITATION = 4
    PERFECT = 5

    @property
    def label(self) -> str:
        return QUALITY_LABELS[self]

    @property
    def passed(self) -> bool:
        return self >= Quality.CORRECT_DIFFICULT


# Piotr Wozniak's own wording for each grade (SuperMemo 2, 1987).
QUALITY_LABELS: dict[Quality, str] = {
    Quality.PERFECT: "perfect response",
    Quality.CORRECT_HESITATION: "correct response after a hesitation",
    Quality.CORRECT_DIFFICULT: "correct response recalled with serious difficulty",
    Quality.INCORRECT_EASY: "incorrect response; where the correct one seemed easy to recall",
    Quality.INCORRECT_REMEMBERED: "incorrect response; the correct one remembered",
    Quality.BLACKOUT: "complete blackout",
}


@record
class CardState:
    """What SM-2 knows about one card. A new card has no due date and no last review."""

    ef: float = INITIAL_EF
    repetitions: int = 0
    interval: int = 0
    due: date | None = None
    last_review: date | None = None
    # True while the card must be drilled again today: its last answer today was below 4.
    drill: bool = False
    lapses: int = 0
    reviews: int = 0

    @property
    def is_new(self) -> bool:
        return self.last_review is None


@record
class SchedulingLog:
    """What one answer did to a card's state; the shell adds who, when and what was typed."""

    day: date
    quality: Quality
    drill: bool
    ef_before: float
    ef_after: float
    interval_before: int
    interval_after: int
    repetitions_before: int
    repetitions_after: int
    due_before: date | None
    due_after: date | None

    @classmethod
    def between(
        cls, day: date, quality: Quality, *, drill: bool, before: CardState, after: CardState
    ) -> SchedulingLog:
        """The entry for an answer that took a card from one state to another."""
        return cls(
            day=day,
            quality=quality,
            drill=drill,
            ef_before=before.ef,
            ef_after=after.ef,
            interval_before=before.interval,
            interval_after=after.interval,
            repetitions_before=before.repetitions,
            repetitions_after=after.repetitions,
            due_before=before.due,
            due_after=after.due,
        )

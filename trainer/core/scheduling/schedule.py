"""A card's schedule as every scheduler keeps it, what one answer did to it, and a replay step.

The generic part (due day, last review, interval, counts, the drill flag) is the same for
every scheduler and is what the store indexes and the queue reads. What a scheduler
remembers beyond that (SM-2: the E-Factor and the repetition count) is its ``memory``:
an immutable value only that scheduler reads, stored as JSON it writes itself.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date, datetime

from trainer.core.records import record
from trainer.core.scheduling.state import Quality

# A scheduler's own state for one card: an immutable, hashable value (a frozen dataclass)
# that only the scheduler named in the schedule knows how to read.
Memory = Hashable


@record(kw_only=True)
class Schedule:
    """Where a card stands with its scheduler. A new card has no due day and no last review."""

    # The name of the scheduler that keeps this schedule (see registry.scheduler_named).
    scheduler: str
    memory: Memory
    due: date | None = None
    last_review: date | None = None
    # Days from the last counted review to the due day, as the scheduler set them.
    interval: int = 0
    # Every answer, drills included.
    reviews: int = 0
    # Times a card that had been recalled was forgotten.
    lapses: int = 0
    # True while the card must be drilled again today: its last answer today was below 4.
    drill: bool = False

    @property
    def is_new(self) -> bool:
        return self.last_review is None


@record
class ReviewRecord:
    """What one answer did to a card's schedule; the shell adds who, when and what was typed."""

    day: date
    grade: Quality
    # A same-day repetition that the scheduler did not count.
    drill: bool
    before: Schedule
    after: Schedule


@record
class ReplayAnswer:
    """One logged answer, as a scheduler replays it to rebuild a card's schedule."""

    grade: Quality
    # The learning day the answer counted for, and the moment it was given (aware).
    day: date
    at: datetime
    # The due day recorded after the answer, where exam mode brought it forward; None
    # (or the scheduler's own due day) means the scheduler's computation stands.
    recorded_due: date | None = None
    # Logged in exam mode: where it was a review of a card not yet due, SM-2 does not
    # count it (see `exam.exam_review`).
    exam: bool = False


def is_early_review(schedule: Schedule, day: date) -> bool:
    """True for an answer on a later day than the card's last review but before its due
    day: a review brought forward (exam mode)."""
    return (
        schedule.last_review is not None
        and schedule.due is not None
        and schedule.last_review < day < schedule.due
    )


def check_moment(at: datetime) -> datetime:
    """The moment of an answer, checked: an aware datetime, so that elapsed time is real."""
    if not isinstance(at, datetime):
        raise TypeError(f"the moment of an answer is a datetime, not {at!r}")
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"the moment of an answer needs a time zone, got naive {at.isoformat()}")
    return at

"""The Scheduler protocol: what every scheduling algorithm offers the engine and the store.

A scheduler turns a learner's 0–5 grade (the app's scale, ``Quality``) into its own
rating, computes the next schedule, rebuilds a schedule from a card's log, ranks cards by
how hard they are, and writes its memory as canonical JSON. SM-2 (``sm2_scheduler``) is
the first; a new one is a module beside it plus a line in ``registry``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol

from trainer.core.scheduling.schedule import Memory, ReplayAnswer, ReviewRecord, Schedule
from trainer.core.scheduling.state import Quality


class Scheduler(Protocol):
    """A scheduling algorithm. Every method is pure: the moment comes in as an argument."""

    @property
    def name(self) -> str:
        """The name stored with every schedule and log row it writes (``"sm2"``)."""
        ...

    def initial(self) -> Schedule:
        """The schedule of a card never answered."""
        ...

    def review(
        self, schedule: Schedule, grade: Quality | int, day: date, *, at: datetime
    ) -> tuple[Schedule, ReviewRecord]:
        """One answer with grade 0–5 on a learning day, given at the aware moment `at`:
        the new schedule and the record of what changed (its ``after`` is the new one)."""
        ...

    def replay(self, answers: Iterable[ReplayAnswer]) -> Schedule:
        """A card's schedule rebuilt from its effective answers, oldest first."""
        ...

    def hardness(self, schedule: Schedule) -> float:
        """0 (easiest) to 1 (hardest), comparable across this scheduler's cards."""
        ...

    def is_learning(self, schedule: Schedule) -> bool:
        """True for a reviewed card still in its learning steps (or relearning after a
        lapse): the statistics' "learning" stage, as opposed to young or mature."""
        ...

    def describe(self, memory: Memory) -> tuple[tuple[str, str], ...]:
        """The memory as labelled values for people, such as (("EF", "2.50"),)."""
        ...

    def memory_to_json(self, memory: Memory) -> str:
        """Canonical compact JSON: the same memory always gives the same text."""
        ...

    def memory_from_json(self, text: str) -> Memory:
        """The inverse of ``memory_to_json``; ValueError for anything it did not write."""
        ...

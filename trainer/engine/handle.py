"""What every part of the engine shares: the connection and its lock, the clock, the
learner's settings, and what is kept between calls because it rarely changes.

`Engine` is made of this handle and one class per concern (decks, the collection's
cards and log); see engine.py.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from trainer.core.model import Card
from trainer.core.scheduling.exam import ExamPlan, exam_plan
from trainer.core.scheduling.learning_days import Clock, learning_day
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.registry import configured_scheduler
from trainer.core.scheduling.scheduler import Scheduler
from trainer.engine.exam_queue import exam_notice, exam_schedule
from trainer.settings import Settings
from trainer.store import (
    DeckRecord,
    ExcerptRecord,
    UnknownDeckError,
    get_excerpt,
    list_decks,
)

if TYPE_CHECKING:
    from trainer.core.scheduling.exam_plan import ExamSchedule

P = ParamSpec("P")
R = TypeVar("R")


def locked(method: Callable[P, R]) -> Callable[P, R]:
    """Run an engine method holding the engine's lock (one thread at a time)."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        handle = args[0]
        assert isinstance(handle, CollectionHandle)
        with handle._lock:
            return method(*args, **kwargs)

    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    wrapper.__doc__ = method.__doc__
    return wrapper


class CollectionHandle:
    """An open collection, its clock and settings, and the few things kept in memory."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        clock: Clock,
        policy: Policy,
        settings: Settings | None = None,
    ) -> None:
        self._conn = conn
        self._clock = clock
        self.policy = policy
        # The settings file's [decks.ID] tables (the policy above is its top level).
        self._settings = Settings(policy) if settings is None else settings
        self._lock = threading.RLock()
        self._decks: dict[str, DeckRecord] | None = None
        # Excerpts are few and shown again and again; re-imports clear this.
        self._excerpts: dict[tuple[str, str], ExcerptRecord | None] = {}
        # How many changes this engine made that a sitting's queue may not know of
        # (imports, exam dates, suspended cards, answers): see StudySession.
        self._changes = 0
        # Exam plans by card, for Browse: see exam_plan_days.
        self._plan_days: dict[tuple[str, date, int], dict[str, date]] = {}

    # Time ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The current learning day (the day starts at the settings' hour, 4 am by default)."""
        return learning_day(self._clock(), self.policy.day_starts_at)

    # Decks as recorded, their settings and exams -------------------------------------

    @locked
    def deck(self, deck_id: str) -> DeckRecord:
        try:
            return self._deck_records()[deck_id]
        except KeyError:
            raise UnknownDeckError(deck_id) from None

    def policy_for(self, deck_id: str) -> Policy:
        """The learner's settings with a deck's own defaults applied, then the deck's own
        table in the settings file."""
        return self._settings.policy_for(deck_id, self.deck(deck_id).defaults)

    def scheduler_for(self, deck_id: str) -> Scheduler:
        """The scheduler a deck's settings choose (`scheduler`, `desired_retention`)."""
        policy = self.policy_for(deck_id)
        return configured_scheduler(policy.scheduler, desired_retention=policy.desired_retention)

    @locked
    def exam_plan(self, deck_id: str) -> ExamPlan | None:
        """How much is left before the deck's exam, and the answers a day its plan asks
        (the busiest day's, and its most new cards in a day); None without an exam."""
        exam = self.deck(deck_id).exam_date
        if exam is None:
            return None
        from trainer.store import exam_counts  # statistics, for exam decks only

        policy = self.policy_for(deck_id)
        counts = exam_counts(self._conn, deck_id, exam, policy.exam_final_days)
        summary = exam_plan(counts, today=self.today(), exam_date=exam)
        schedule = self.exam_schedule(deck_id)
        if schedule is None or schedule.is_over:
            return summary
        return replace(
            summary,
            reviews_per_day=schedule.reviews_per_day,
            new_per_day=schedule.new_per_day,
        )

    @locked
    def exam_schedule(self, deck_id: str) -> ExamSchedule | None:
        """The deck's exam plan, day by day until the exam; None without an exam date."""
        planned = exam_schedule(
            self._conn, self.deck(deck_id), self.policy_for(deck_id), self.today()
        )
        return None if planned is None else planned[0]

    def exam_notice(self, deck_id: str) -> str | None:
        """The notice that a deck's daily limits are raised to its exam plan's rate."""
        plan = self.exam_schedule(deck_id)
        return None if plan is None else exam_notice(plan, self.policy_for(deck_id))

    @locked
    def exam_plan_days(self, deck_ids: Iterable[str]) -> dict[str, date]:
        """The day each card of these decks is planned for by its deck's exam plan, by card
        id (cards of decks without an exam are left out). Plans are kept until this engine
        changes the collection or the day changes, so that Browse can ask at each search."""
        planned: dict[str, date] = {}
        for deck_id in dict.fromkeys(deck_ids):
            if self.deck(deck_id).exam_date is None:
                continue
            key = (deck_id, self.today(), self._changes)
            days = self._plan_days.get(key)
            if days is None:
                # Imported here, as exam_queue imports the plan: only exam decks need it.
                from trainer.core.scheduling.exam_days import plan_days_by_card

                plan = self.exam_schedule(deck_id)
                days = {} if plan is None else plan_days_by_card(plan)
                self._plan_days = {k: v for k, v in self._plan_days.items() if k[0] != deck_id}
                self._plan_days[key] = days
            planned.update(days)
        return planned

    def exam_notices(self, deck_id: str | None) -> list[str]:
        """The notices of every deck in a sitting's scope (one deck, or all) whose daily
        limits its exam plan raises, for the sitting to show before the first card."""
        ids = [deck_id] if deck_id is not None else list(self._deck_records())
        return [notice for deck in ids if (notice := self.exam_notice(deck)) is not None]

    # Kept in memory -----------------------------------------------------------------

    def _deck_records(self) -> dict[str, DeckRecord]:
        if self._decks is None:
            self._decks = {record.id: record for record in list_decks(self._conn)}
        return self._decks

    def _forget_decks(self) -> None:
        """After a change to the decks (an import, an exam date): read them again."""
        self._decks = None
        self._excerpts.clear()
        self._changes += 1

    def _excerpt_of(self, card: Card) -> ExcerptRecord | None:
        key = (card.deck_id, card.excerpt_id)
        if key not in self._excerpts:
            self._excerpts[key] = get_excerpt(self._conn, *key)
        return self._excerpts[key]

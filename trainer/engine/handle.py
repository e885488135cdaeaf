"""What every part of the engine shares: the connection and its lock, the clock, the
learner's settings, and what is kept between calls because it rarely changes.

`Engine` is made of this handle and one class per concern (decks, the collection's
cards and log); see engine.py.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import ParamSpec, TypeVar

from trainer.core.model import Card
from trainer.core.scheduling.exam import ExamPlan, exam_plan
from trainer.core.scheduling.learning_days import Clock, learning_day
from trainer.core.scheduling.policy import Policy
from trainer.settings import apply_deck_defaults
from trainer.store import (
    DeckRecord,
    ExcerptRecord,
    UnknownDeckError,
    exam_counts,
    get_excerpt,
    list_decks,
)

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

    def __init__(self, conn: sqlite3.Connection, *, clock: Clock, policy: Policy) -> None:
        self._conn = conn
        self._clock = clock
        self.policy = policy
        self._lock = threading.RLock()
        self._decks: dict[str, DeckRecord] | None = None
        # Excerpts are few and shown again and again; re-imports clear this.
        self._excerpts: dict[tuple[str, str], ExcerptRecord | None] = {}
        # How many changes this engine made that a sitting's queue may not know of
        # (imports, exam dates, suspended cards, answers): see StudySession.
        self._changes = 0

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
        """The learner's settings with a deck's own defaults applied."""
        return apply_deck_defaults(self.policy, self.deck(deck_id).defaults)

    @locked
    def exam_plan(self, deck_id: str) -> ExamPlan | None:
        """How many answers a day it takes to see every card before the deck's exam."""
        exam = self.deck(deck_id).exam_date
        if exam is None:
            return None
        counts = exam_counts(self._conn, deck_id, exam, self.policy_for(deck_id).exam_final_days)
        return exam_plan(counts, today=self.today(), exam_date=exam)

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

"""One sitting of study: a review session, a quiz, a line-mode run.

A `StudySession` (from `Engine.session`) owns what a sitting remembers between cards:
today's queue for its scope, the excerpt of the card just asked (the next one comes
from another), the card to ask first after an undo, and the ids of the answers it
committed. Its undo reaches only those, so pressing undo again and again in a new
sitting can never revert an older day's answers.

The queue is fetched once and kept in memory; it is fetched again when the learning day
changes, after an undo or a refused answer, and when the collection changed behind it
(an import, an exam date, a card suspended, another sitting's answer: the engine counts
such changes) or in another process (`refresh`). The cards at the queue's front are
read a few at a time, with their excerpts (store/read_ahead.py), and asked from memory
until the collection changes, here or in another process.
"""

from __future__ import annotations

import threading
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from trainer.core.answering.option_order import shown_card
from trainer.core.scheduling.state import Quality
from trainer.engine.answer_rules import CardNotActiveError, UndoRefusedError
from trainer.engine.results import AnswerOutcome, Feedback, StudyCard
from trainer.engine.study_queue import StudyQueue, current_queue
from trainer.store import (
    CardEntry,
    CardStatus,
    CollectionBusyError,
    CollectionError,
    StaleStateError,
    get_card,
)
from trainer.store.read_ahead import data_version, read_ahead

if TYPE_CHECKING:
    from trainer.core.model import Card
    from trainer.engine.engine import Engine

__all__ = ["SessionMode", "StudySession"]

# How many cards of the queue's front `next_card` reads at once (see store/read_ahead.py).
READ_AHEAD = 16
# How often `next_card` fetches the queue again for cards taken out behind its back
# before it gives up (each fetch leaves out every card taken out so far).
_REFETCHES = 50


class SessionMode(StrEnum):
    """The kind of sitting an answer was given in, stored as its value in the log's
    `mode` column."""

    REVIEW = "review"
    QUIZ = "quiz"
    # Reserved for the exam mode that keeps its own answers apart (issue 12).
    EXAM = "exam"


class StudySession:
    """A sitting over one deck (or every deck, `deck_id` None); safe to use from worker
    threads, one call at a time or several."""

    def __init__(self, engine: Engine, deck_id: str | None, mode: SessionMode) -> None:
        self._engine = engine
        self.deck_id = deck_id
        self.mode = SessionMode(mode)
        self._lock = threading.RLock()
        self._committed: list[int] = []
        self._queue: StudyQueue | None = None
        # The engine's change count the queue was fetched (or kept up to date) at.
        self._queue_changes = -1
        self._previous_excerpt: str | None = None
        self._ask_first: str | None = None
        # The next cards of the queue, read ahead but not asked yet, and the engine's
        # change count and the collection's data version they were read at.
        self._ahead: dict[str, CardEntry] = {}
        self._ahead_at = (-1, -1)

    @property
    def committed(self) -> tuple[int, ...]:
        """The review ids of this sitting's answers that still stand, oldest first."""
        with self._lock:
            return tuple(self._committed)

    def now(self) -> datetime:
        """The engine's clock: when a card is shown, and when it is answered."""
        return self._engine.now()

    # Asking --------------------------------------------------------------------------

    def next_card(self) -> StudyCard | None:
        """The card to ask now, or None when today's session (drill included) is over."""
        engine = self._engine
        with self._lock, engine._lock:
            for _ in range(_REFETCHES):
                queue = self._current_queue()
                picked = queue.pick(self._previous_excerpt, self._ask_first)
                if picked is None:
                    return None
                section, entry = picked
                stored = self._stored(queue, entry.card_id)
                if stored.status is CardStatus.ACTIVE:
                    return StudyCard(
                        # Options in this showing's order: reshuffled at every answer.
                        card=shown_card(stored.card, stored.schedule.reviews),
                        schedule=stored.schedule,
                        section=section,
                        excerpt=engine._excerpt_of(stored.card),
                        remaining=len(queue),
                        drill_waiting=len(queue.drill),
                        done_today=queue.done_today,
                    )
                # Suspended or retired behind the queue's back (another trainer): the
                # queue is fetched anew, without it.
                self._queue = None
            raise CollectionError("the study queue keeps changing; try again in a moment")

    def check(self, card: Card, typed: str, response_seconds: float | None = None) -> Feedback:
        """Grade a typed answer (see `Engine.check`); stores nothing."""
        return self._engine.check(card, typed, response_seconds)

    def overrule(self, card: Card, feedback: Feedback) -> Feedback:
        """Accept a rejected typed answer ("my answer was right", see `Engine.overrule`):
        the feedback re-graded as right; answering with it marks the log row overridden."""
        return self._engine.overrule(card, feedback)

    def is_asked(self, card_id: str) -> bool:
        """Whether a card is still asked: not suspended (in Browse, by another trainer)
        nor retired since it was shown."""
        return self._engine.is_asked(card_id)

    def refresh(self) -> None:
        """Fetch today's queue again before the next card: the collection may have been
        changed by another process (a card suspended elsewhere, an answer given there)."""
        with self._lock:
            self._queue = None
            self._ahead.clear()

    def skip(self, card_id: str) -> None:
        """Leave a card out of the rest of this sitting's queue for today (it was
        suspended or retired elsewhere); it comes back once the queue is fetched anew."""
        with self._lock:
            if self._queue is not None:
                self._queue.remove(card_id)
            if self._ask_first == card_id:
                self._ask_first = None

    # Answering -----------------------------------------------------------------------

    def answer(
        self,
        card_id: str,
        quality: Quality | int,
        *,
        typed: str | None = None,
        suggested: Quality | None = None,
        response_seconds: float | None = None,
        feedback: Feedback | None = None,
    ) -> AnswerOutcome:
        """Grade a card with its deck's scheduler and commit the answer, as this
        sitting's (refused for a card taken out: CardNotActiveError; for one another
        trainer answered meanwhile: StaleStateError). `feedback` is the check the answer
        was given after: the log keeps the grader's verdict and the option picked."""
        engine = self._engine
        with self._lock, engine._lock:
            changes_before = engine._changes
            try:
                committed = engine._commit(
                    card_id,
                    quality,
                    mode=self.mode.value,
                    typed=typed,
                    suggested=suggested,
                    response_seconds=response_seconds,
                    feedback=feedback,
                )
            except (CardNotActiveError, StaleStateError):
                self._queue = None  # the card is out, or changed: the queue is fetched anew
                raise
            queue = self._queue
            if queue is not None and self._queue_changes == changes_before:
                # Only this answer changed the collection since the queue was fetched.
                self._queue_changes = engine._changes
                if queue.day == engine.today():
                    outcome = committed.outcome
                    queue.answered(card_id, committed.excerpt_id, committed.position, outcome.after)
            if self._ahead_at[0] == changes_before:
                self._ahead_at = (engine._changes, self._ahead_at[1])  # only this answer
            self._ahead.pop(card_id, None)
            self._previous_excerpt = committed.excerpt_id
            if self._ask_first == card_id:
                self._ask_first = None
            self._committed.append(committed.outcome.review_id)
            return committed.outcome

    def undo(self) -> Card | None:
        """Undo this sitting's latest answer; its card is asked again next. None when the
        sitting has no answer left to undo (older sittings' answers are out of reach)."""
        with self._lock:
            if not self._committed:
                return None
            try:
                card = self._engine._undo(self._committed[-1])
            except CollectionBusyError:
                raise  # worth trying again in a moment: the answer stays undoable
            except CollectionError as error:
                # Answered again or undone by another trainer: this one is out of reach now.
                self._committed.pop()
                raise UndoRefusedError(f"the last answer cannot be undone: {error}") from error
            self._committed.pop()
            self._queue = None
            self._previous_excerpt = None
            self._ask_first = card.id
            return card

    # Internals -----------------------------------------------------------------------

    def _stored(self, queue: StudyQueue, card_id: str) -> CardEntry:
        """The card as stored now: read ahead with the next cards of the queue (and
        their excerpts) unless it was, and the collection has not changed since."""
        engine = self._engine
        now_at = (engine._changes, data_version(engine._conn))
        if now_at != self._ahead_at:
            if now_at[1] != self._ahead_at[1]:
                # Another process committed: it may have imported a deck again, and its
                # excerpts with it.
                engine._excerpts.clear()
            self._ahead.clear()
            self._ahead_at = now_at
        stored = self._ahead.pop(card_id, None)
        if stored is None:
            read = read_ahead(
                engine._conn, [card_id, *queue.upcoming(READ_AHEAD)], engine._excerpts
            )
            engine._excerpts.update(read.excerpts)
            self._ahead = read.entries
            stored = self._ahead.pop(card_id, None)
            if stored is None:
                # Gone, or damaged: read on its own, it raises the error that says which.
                stored = get_card(engine._conn, card_id)
        return stored

    def _current_queue(self) -> StudyQueue:
        engine = self._engine
        if self._queue_changes != engine._changes:
            self._queue = None
        queue = current_queue(
            self._queue,
            engine._conn,
            engine._deck_records,
            engine.policy_for,
            engine.today(),
            self.deck_id,
        )
        if queue is not self._queue:
            self._queue = queue
            self._queue_changes = engine._changes
        return queue

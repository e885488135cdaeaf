"""The learning engine: the one API the app and line mode use to study from a collection.

It joins the pure core (schedulers, grading, queue, exam rule) to the SQLite store, and
owns the clock, which it reads only through the injected `Clock`. Every method is safe
to call from a worker thread: one lock serialises access to the connection.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from trainer import paths
from trainer.clock import clock_from_environment
from trainer.core.model import Card
from trainer.core.scheduling.exam import ExamPlan, apply_exam, exam_plan
from trainer.core.scheduling.learning_days import Clock, learning_day
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.quiz import draw_quiz
from trainer.core.scheduling.registry import default_scheduler
from trainer.core.scheduling.sm2 import as_quality
from trainer.core.scheduling.state import Quality
from trainer.engine import deck_sources
from trainer.engine.backups import daily_backup
from trainer.engine.bundled import import_bundled
from trainer.engine.overviews import check_answer, deck_overviews
from trainer.engine.results import (
    AnswerOutcome,
    DeckOverview,
    Feedback,
    ImportResult,
    Statistics,
    StudyCard,
)
from trainer.engine.statistics import collect_statistics
from trainer.engine.study_queue import StudyQueue, current_queue
from trainer.engine.study_session import CardNotActiveError, capped_answer
from trainer.settings import apply_deck_defaults, load_policy
from trainer.store import (
    CardDetails,
    CardEntry,
    CardStatus,
    DeckRecord,
    ExcerptRecord,
    LogEntry,
    StaleStateError,
    UndoneAnswer,
    UnknownDeckError,
    card_details,
    close_collection,
    exam_counts,
    get_card,
    get_excerpt,
    iter_log,
    list_decks,
    open_collection,
    quiz_candidates,
    record_answer,
    search_cards,
    set_exam_date,
    set_status,
    undo_answer,
    undo_last,
)

if TYPE_CHECKING:
    from trainer.engine.deck_cache import DeckCache

P = ParamSpec("P")
R = TypeVar("R")


def _locked(method: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        engine = args[0]
        assert isinstance(engine, Engine)
        with engine._lock:
            return method(*args, **kwargs)

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class Engine:
    """A collection opened for study."""

    # Where compiled decks are kept between imports (see deck_cache); None: not kept.
    deck_cache: DeckCache | None = None
    _cache_environ: Mapping[str, str] | None = None

    def __init__(self, conn: sqlite3.Connection, *, clock: Clock, policy: Policy) -> None:
        self._conn = conn
        self._clock = clock
        self.policy = policy
        self._lock = threading.RLock()
        self._decks: dict[str, DeckRecord] | None = None
        self._queue: StudyQueue | None = None
        # Excerpts are few and shown again and again; re-imports clear this.
        self._excerpts: dict[tuple[str, str], ExcerptRecord | None] = {}
        self._previous_excerpt: str | None = None
        self._ask_first: str | None = None

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        clock: Clock | None = None,
        environ: Mapping[str, str] = os.environ,
        backup: bool = True,
    ) -> Engine:
        """Open the collection (the default one unless `path` is given) with the learner's
        settings, taking today's backup first if it is due."""
        policy = load_policy(paths.settings_path(environ))
        clock = clock or clock_from_environment(environ)
        collection = path or paths.collection_path(environ)
        backups = paths.backups_dir(environ)
        conn = open_collection(collection, check_same_thread=False, backups_dir=backups)
        engine = cls(conn, clock=clock, policy=policy)
        engine._cache_environ = environ
        if backup:
            daily_backup(engine, collection, backups)
        return engine

    def close(self) -> None:
        with self._lock:
            close_collection(self._conn)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Time ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The current learning day (the day starts at the settings' hour, 4 am by default)."""
        return learning_day(self._clock(), self.policy.day_starts_at)

    # Decks --------------------------------------------------------------------------

    @_locked
    def import_deck(
        self, path: str | Path, *, force: bool = False, move: bool = False
    ) -> ImportResult:
        """Import a deck file, or re-import it if it changed (progress is kept by card id);
        a deck id imported from another file needs `move` (else DeckIdConflictError)."""
        result = deck_sources.import_deck_file(
            self._conn, path, self.now(), force=force, cache=self._deck_cache, move=move
        )
        if not result.unchanged:
            self._forget_decks()
        return result

    def import_bundled_decks(self) -> list[ImportResult]:
        """Import the decks that ship with trainer, or update them if they changed or moved."""
        return import_bundled(self.import_deck, paths.bundled_deck_files())

    def prepare(self, deck: str | None) -> str | None:
        """What every session starts with: bring the bundled decks up to date (cheap when
        they are unchanged), then find the deck to study, or None for every deck."""
        self.import_bundled_decks()
        return self.resolve_deck(deck) if deck else None

    @_locked
    def resolve_deck(self, name: str) -> str:
        """A deck's id from a deck file (imported first if needed) or an imported deck's id."""
        if Path(name).expanduser().is_file():
            return self.import_deck(name).deck_id
        return deck_sources.find_deck_id(self._conn, name)

    @_locked
    def deck(self, deck_id: str) -> DeckRecord:
        try:
            return self._deck_records()[deck_id]
        except KeyError:
            raise UnknownDeckError(deck_id) from None

    @_locked
    def deck_records(self) -> list[DeckRecord]:
        """Every imported deck as recorded (title, source, exam date), by title: no counts,
        so this is cheap where only names are needed."""
        return sorted(self._deck_records().values(), key=lambda record: (record.title, record.id))

    @_locked
    def decks(self) -> list[DeckOverview]:
        """Every deck with today's counts, as the home screen lists them."""
        return deck_overviews(self._conn, self._deck_records(), self.policy_for, self.today())

    def policy_for(self, deck_id: str) -> Policy:
        """The learner's settings with a deck's own defaults applied."""
        return apply_deck_defaults(self.policy, self.deck(deck_id).defaults)

    @_locked
    def set_exam(self, deck_id: str, exam_date: date | None) -> None:
        set_exam_date(self._conn, deck_id, exam_date)
        self._forget_decks()

    @_locked
    def exam_plan(self, deck_id: str) -> ExamPlan | None:
        """How many answers a day it takes to see every card before the deck's exam."""
        exam = self.deck(deck_id).exam_date
        if exam is None:
            return None
        counts = exam_counts(self._conn, deck_id, exam, self.policy_for(deck_id).exam_final_days)
        return exam_plan(counts, today=self.today(), exam_date=exam)

    # Studying -----------------------------------------------------------------------

    @_locked
    def next_card(self, deck_id: str | None = None) -> StudyCard | None:
        """The card to ask now, or None when today's session (drill included) is over."""
        self._queue = queue = current_queue(
            self._queue, self._conn, self._deck_records, self.policy_for, self.today(), deck_id
        )
        picked = queue.pick(self._previous_excerpt, self._ask_first)
        if picked is None:
            return None
        section, entry = picked
        stored = get_card(self._conn, entry.card_id)
        if stored.status is not CardStatus.ACTIVE:
            # Suspended or retired behind the queue's back (another trainer): fetch it anew.
            self._queue = None
            return self.next_card(deck_id)
        return StudyCard(
            card=stored.card,
            schedule=stored.schedule,
            section=section,
            excerpt=self._excerpt_of(stored.card),
            remaining=len(queue),
            done_today=queue.done_today,
        )

    def check(self, card: Card, typed: str, response_seconds: float | None = None) -> Feedback:
        """Grade a typed answer (cut to MAX_ANSWER_CHARS) and suggest a quality; stores nothing."""
        typed = capped_answer(typed)
        return check_answer(card, typed, response_seconds, self.policy_for(card.deck_id))

    @_locked
    def answer(
        self,
        card_id: str,
        quality: Quality | int,
        *,
        typed: str | None = None,
        suggested: Quality | None = None,
        response_seconds: float | None = None,
        mode: str = "review",
    ) -> AnswerOutcome:
        """Grade a card with its deck's scheduler (for now SM-2, the default, for every
        deck) and commit the answer (refused for a card taken out)."""
        grade_ = as_quality(quality)
        now = self.now()
        today = learning_day(now, self.policy.day_starts_at)
        stored = get_card(self._conn, card_id)
        if stored.status is not CardStatus.ACTIVE:
            self._queue = None
            raise CardNotActiveError(card_id, stored.status.value)
        schedule, record = default_scheduler().review(stored.schedule, grade_, today, at=now)
        exam = self.deck(stored.card.deck_id).exam_date
        final_days = self.policy_for(stored.card.deck_id).exam_final_days
        schedule, record = apply_exam(card_id, schedule, record, exam, final_days)
        response_ms = None if response_seconds is None else max(0, round(response_seconds * 1000))
        try:
            review_id = record_answer(
                self._conn,
                card_id,
                record,
                reviewed_at=now,
                suggested=suggested,
                typed=None if typed is None else capped_answer(typed),
                response_ms=response_ms,
                mode=mode,
            )
        except StaleStateError:
            self._queue = None
            raise
        if self._queue is not None and self._queue.day == today:
            self._queue.answered(card_id, stored.card.excerpt_id, stored.position, schedule)
        self._previous_excerpt = stored.card.excerpt_id
        if self._ask_first == card_id:
            self._ask_first = None
        return AnswerOutcome(card_id, review_id, grade_, stored.schedule, schedule, record)

    @_locked
    def undo(self, deck_id: str | None = None) -> Card | None:
        """Undo the latest answer of any day (in a deck, if given): see StudySession.undo."""
        undone = undo_last(self._conn, undone_at=self.now(), day=self.today(), deck_id=deck_id)
        return None if undone is None else self._undone(undone)

    @_locked
    def undo_answer(self, review_id: int) -> Card:
        """Undo one answer (its card's latest); that card is asked again next."""
        return self._undone(
            undo_answer(self._conn, review_id, undone_at=self.now(), day=self.today())
        )

    def _undone(self, undone: UndoneAnswer) -> Card:
        self._queue = None
        self._previous_excerpt = None
        self._ask_first = undone.card_id
        return get_card(self._conn, undone.card_id).card

    @_locked
    def suspend(self, card_id: str) -> None:
        set_status(self._conn, card_id, CardStatus.SUSPENDED)
        self._queue = None

    @_locked
    def unsuspend(self, card_id: str) -> None:
        set_status(self._conn, card_id, CardStatus.ACTIVE)
        self._queue = None

    # Quiz, browsing, statistics, export ---------------------------------------------

    @_locked
    def draw_quiz(
        self,
        count: int,
        *,
        deck_id: str | None = None,
        tags: tuple[str, ...] = (),
        rng: random.Random,
    ) -> list[Card]:
        """`count` cards from a deck (or all) or from tags, kinds mixed, chosen by `rng`."""
        chosen = draw_quiz(quiz_candidates(self._conn, deck_id=deck_id, tags=tags), count, rng)
        return [get_card(self._conn, card_id).card for card_id in chosen]

    @_locked
    def excerpt(self, card: Card) -> ExcerptRecord | None:
        return self._excerpt_of(card)

    @_locked
    def search(
        self,
        text: str | None = None,
        *,
        tag: str | None = None,
        deck_id: str | None = None,
        limit: int = 200,
    ) -> list[CardEntry]:
        return search_cards(self._conn, text=text, tag=tag, deck_id=deck_id, limit=limit)

    @_locked
    def card_details(self, card_id: str) -> CardDetails:
        return card_details(self._conn, card_id)

    @_locked
    def statistics(self, deck_id: str | None = None) -> Statistics:
        """Reviews and retention per day over the last year, the 30-day forecast, cards by
        state and the hardest cards, for one deck or for all."""
        exam = self.exam_plan(deck_id) if deck_id is not None else None
        return collect_statistics(self._conn, self.today(), deck_id=deck_id, exam=exam)

    def log(self, deck_id: str | None = None) -> Iterator[LogEntry]:
        """The whole review log, streamed in order (for export)."""
        with self._lock:
            yield from iter_log(self._conn, deck_id=deck_id)

    # Internals ----------------------------------------------------------------------

    def _deck_records(self) -> dict[str, DeckRecord]:
        if self._decks is None:
            self._decks = {record.id: record for record in list_decks(self._conn)}
        return self._decks

    def _forget_decks(self) -> None:
        self._decks = None
        self._queue = None
        self._excerpts.clear()

    def _deck_cache(self) -> DeckCache | None:
        # Made on first use: an app start with unchanged decks never needs it.
        if self.deck_cache is None and self._cache_environ is not None:
            from trainer.engine.deck_cache import DeckCache

            self.deck_cache = DeckCache.of_environment(self._cache_environ)
        return self.deck_cache

    def _excerpt_of(self, card: Card) -> ExcerptRecord | None:
        key = (card.deck_id, card.excerpt_id)
        if key not in self._excerpts:
            self._excerpts[key] = get_excerpt(self._conn, *key)
        return self._excerpts[key]

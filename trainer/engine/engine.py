"""The learning engine: the one API the app, line mode and the command line use to reach a
collection.

`Engine` is the collection's facade: decks and their import (decks.py), search, the
cards streamed for exporters, the log, statistics, accepted answers, suspending and quiz
drawing (collection.py). It keeps no sitting's state: a sitting of study is a
`StudySession`, from `Engine.session`, which commits its answers through the engine.
The engine joins the pure core (schedulers, grading, queue, exam rule) to the SQLite
store, and owns the clock, which it reads only through the injected `Clock`. Every
method is safe to call from a worker thread: one lock serialises access to the
connection.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from trainer import paths
from trainer.clock import clock_from_environment
from trainer.core.model import Card
from trainer.core.scheduling.learning_days import Clock, learning_day
from trainer.core.scheduling.state import Quality
from trainer.engine.answer_rules import capped_answer
from trainer.engine.answers import Committed, commit_answer
from trainer.engine.backups import daily_backup
from trainer.engine.collection import CollectionMethods
from trainer.engine.decks import DeckMethods
from trainer.engine.evaluation import EvaluationMethods
from trainer.engine.handle import locked
from trainer.engine.overviews import check_answer, overrule_answer, with_accepted
from trainer.engine.results import Feedback
from trainer.engine.session import SessionMode, StudySession
from trainer.settings import load_settings
from trainer.store import close_collection, get_card, open_collection, undo_answer
from trainer.store.switching import switch_deck


class Engine(DeckMethods, CollectionMethods, EvaluationMethods):
    """A collection opened for study."""

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
        settings = load_settings(paths.settings_path(environ))
        clock = clock or clock_from_environment(environ)
        collection = path or paths.collection_path(environ)
        backups = paths.backups_dir(environ)
        # A new collection's first backup waits for the bundled decks (import_bundled_decks):
        # a copy of an empty file would be no use to anyone.
        is_new = not collection.is_file() or collection.stat().st_size == 0
        conn = open_collection(collection, check_same_thread=False, backups_dir=backups)
        engine = cls(conn, clock=clock, policy=settings.policy, settings=settings)
        engine._cache_environ = environ
        if backup and is_new:
            engine._backup_pending = (collection, backups)
        elif backup:
            daily_backup(engine, collection, backups)
        engine.apply_scheduler_choices()
        return engine

    def close(self) -> None:
        with self._lock:
            close_collection(self._conn)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def ready_answering(self) -> None:
        """Ready grading and its word list now, rather than at the first answer: the word
        list is read from the cache folder (or parsed once and kept there), then one
        answer is graded, which writes the initialisers of grading's records (a record's
        is written when it is first built) and fills the word list's first lookups, and
        the nations' words a typed answer is checked against are made."""
        from trainer.core.answering.grading import grade
        from trainer.core.answering.kind_words import names_a_kind
        from trainer.core.model import Answer, AnswerType
        from trainer.core.scheduling.policy import Policy
        from trainer.engine.deck_cache import CACHE_FOLDER
        from trainer.engine.word_list_cache import ready_word_list

        environ = self._cache_environ
        if environ is not None:
            with contextlib.suppress(OSError):  # no cache folder: parsed below
                ready_word_list(paths.cache_dir(environ) / CACHE_FOLDER)
        grade(Answer(AnswerType.TEXT, "a flying school"), "the tank school", policy=Policy())
        names_a_kind("italian")  # the nations' words made from the regions' names

    # Sittings -----------------------------------------------------------------------

    def session(
        self, deck_id: str | None = None, mode: SessionMode = SessionMode.REVIEW
    ) -> StudySession:
        """A sitting of study over one deck (or every deck, `deck_id` None): today's queue,
        checking, answers and undo, its answers logged under `mode`."""
        return StudySession(self, deck_id, mode)

    def check(self, card: Card, typed: str, response_seconds: float | None = None) -> Feedback:
        """Grade a typed answer (cut to MAX_ANSWER_CHARS) and suggest a quality; stores
        nothing. The answers the learner accepted for the card count as right."""
        typed = capped_answer(typed)
        accepted = [answer.text for answer in self.accepted_answers(card.id)]
        card = with_accepted(card, accepted)
        # The excerpt may say what a number counts ("four haploid cells").
        excerpt = self.excerpt(card)
        context = excerpt.text if excerpt is not None else ""
        return check_answer(card, typed, response_seconds, self.policy_for(card.deck_id), context)

    def overrule(self, card: Card, feedback: Feedback) -> Feedback:
        """Accept a rejected typed answer ("my answer was right"): the feedback re-graded
        as right, and its typed text accepted for this card from now on (kept across
        re-imports). ValueError when the answer is not a rejected typed one
        (`can_overrule`)."""
        overruled = overrule_answer(card, feedback, self.policy_for(card.deck_id))
        self.accept_answer(card.id, overruled.verdict.matched)
        return overruled

    # What sittings commit through (see StudySession) --------------------------------

    @locked
    def _commit(
        self,
        card_id: str,
        quality: Quality | int,
        *,
        mode: str,
        typed: str | None,
        suggested: Quality | None,
        response_seconds: float | None,
        feedback: Feedback | None,
    ) -> Committed:
        now = self.now()
        committed = commit_answer(
            self._conn,
            card_id,
            quality,
            now=now,
            day=learning_day(now, self.policy.day_starts_at),
            exam_rules=self._exam_rules,
            scheduler_for=self.scheduler_for,
            mode=mode,
            typed=typed,
            suggested=suggested,
            response_seconds=response_seconds,
            feedback=feedback,
        )
        self._changes += 1
        return committed

    @locked
    def _undo(self, review_id: int) -> Card:
        """Undo one answer (its card's latest); the card as stored."""
        undone = undo_answer(self._conn, review_id, undone_at=self.now(), day=self.today())
        self._changes += 1
        return get_card(self._conn, undone.card_id).card

    @locked
    def apply_scheduler_choices(self) -> int:
        """Give every deck's cards the scheduler its settings choose, each card's schedule
        replayed from its log where the choice changed; returns how many cards moved."""
        moved = sum(
            switch_deck(self._conn, deck_id, self.scheduler_for(deck_id))
            for deck_id in self._deck_records()
        )
        if moved:
            self._changes += 1
        return moved

    def _exam_rules(self, deck_id: str) -> tuple[date | None, int]:
        return self.deck(deck_id).exam_date, self.policy_for(deck_id).exam_final_days

"""The engine's reads and small writes of the collection's cards and log: search, details,
cards streamed for exporters, suspending, quiz drawing, accepted answers, the review log,
the learner id and statistics."""

from __future__ import annotations

import random
from collections.abc import Iterator

from trainer.core.model import Card
from trainer.core.scheduling.quiz import draw_quiz
from trainer.engine.handle import CollectionHandle, locked
from trainer.engine.results import Statistics
from trainer.engine.statistics import collect_statistics
from trainer.store import (
    CardDetails,
    CardEntry,
    CardStatus,
    ExcerptRecord,
    LogEntry,
    card_details,
    get_card,
    iter_log,
    quiz_candidates,
    search_cards,
    set_status,
)
from trainer.store.accepted import AcceptedAnswer, accepted_answers, add_accepted_answer
from trainer.store.collection_info import learner_id
from trainer.store.queries import iter_cards


class CollectionMethods(CollectionHandle):
    """Cards, the log and statistics."""

    # Cards --------------------------------------------------------------------------

    @locked
    def search(
        self,
        text: str | None = None,
        *,
        tag: str | None = None,
        deck_id: str | None = None,
        limit: int = 200,
    ) -> list[CardEntry]:
        return search_cards(self._conn, text=text, tag=tag, deck_id=deck_id, limit=limit)

    def cards(self, deck_id: str | None = None) -> Iterator[CardEntry]:
        """Every card of a deck (or of all) with its status and schedule, in deck order,
        streamed (for exporters); nothing else reaches the collection meanwhile."""
        with self._lock:
            yield from iter_cards(self._conn, deck_id=deck_id)

    @locked
    def card_details(self, card_id: str) -> CardDetails:
        return card_details(self._conn, card_id)

    @locked
    def excerpt(self, card: Card) -> ExcerptRecord | None:
        return self._excerpt_of(card)

    @locked
    def is_asked(self, card_id: str) -> bool:
        """Whether a card is still asked: not suspended nor retired."""
        return get_card(self._conn, card_id).status is CardStatus.ACTIVE

    @locked
    def suspend(self, card_id: str) -> None:
        set_status(self._conn, card_id, CardStatus.SUSPENDED)
        self._changes += 1

    @locked
    def unsuspend(self, card_id: str) -> None:
        set_status(self._conn, card_id, CardStatus.ACTIVE)
        self._changes += 1

    @locked
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

    @locked
    def accept_answer(self, card_id: str, text: str, review_id: int | None = None) -> bool:
        """Accept `text` as a right answer to a card from now on ("my answer was right"),
        noting the answer it came from; False if it already was."""
        return add_accepted_answer(self._conn, card_id, text, review_id, self.now())

    @locked
    def accepted_answers(self, card_id: str) -> list[AcceptedAnswer]:
        """The answers the learner accepted for a card, oldest first."""
        return accepted_answers(self._conn, card_id)

    # The log and statistics ---------------------------------------------------------

    def log(self, deck_id: str | None = None) -> Iterator[LogEntry]:
        """The whole review log (or one deck's), streamed in order (for export)."""
        with self._lock:
            yield from iter_log(self._conn, deck_id=deck_id)

    @locked
    def learner_id(self) -> str:
        """The collection's random learner id, which tells one learner's exported log from
        another's (and nothing else about them)."""
        return learner_id(self._conn)

    @locked
    def statistics(self, deck_id: str | None = None) -> Statistics:
        """Reviews and retention per day over the last year, the 30-day forecast, cards by
        state and the hardest cards, for one deck or for all."""
        exam = self.exam_plan(deck_id) if deck_id is not None else None
        return collect_statistics(self._conn, self.today(), deck_id=deck_id, exam=exam)

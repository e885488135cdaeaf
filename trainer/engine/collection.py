"""The engine's reads and small writes of the collection's cards and log: search, details,
cards streamed for exporters, suspending, quiz drawing, accepted answers, the review log,
the learner id and statistics."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from trainer.core.model import Card
from trainer.core.scheduling.exam import exam_review
from trainer.core.scheduling.quiz import draw_quiz
from trainer.core.scheduling.state import Quality
from trainer.engine.handle import CollectionHandle, locked
from trainer.store import (
    CardDetails,
    CardEntry,
    CardStatus,
    ExcerptRecord,
    card_details,
    get_card,
    quiz_candidates,
    search_cards,
    set_status,
)
from trainer.store.accepted import AcceptedAnswer, accepted_answers, add_accepted_answer
from trainer.store.collection_info import learner_id
from trainer.store.queries import iter_cards

if TYPE_CHECKING:
    from trainer.engine.own_items import OwnItem
    from trainer.engine.results import Statistics
    from trainer.store import LogEntry


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
        words: Sequence[str] = (),
        status: CardStatus | None = None,
        due: bool = False,
        new: bool = False,
    ) -> list[CardEntry]:
        """Cards whose prompt or answer holds `text` and every one of `words` (any order),
        with `tag`, in a deck, with a status; `due`: due by the learner's today; `new`:
        never studied."""
        return search_cards(
            self._conn,
            text=text,
            tag=tag,
            deck_id=deck_id,
            limit=limit,
            words=words,
            status=status,
            due_by=self.today() if due else None,
            new=new,
        )

    def cards(self, deck_id: str | None = None) -> Iterator[CardEntry]:
        """Every card of a deck (or of all) with its status and schedule, in deck order,
        streamed (for exporters); nothing else reaches the collection meanwhile."""
        with self._lock:
            yield from iter_cards(self._conn, deck_id=deck_id)

    @locked
    def grade_intervals(self, card_id: str) -> dict[Quality, int]:
        """The interval, in days, each grade would give a card answered now, as its deck's
        scheduler (and an exam date) would decide; stores nothing. {} for a card the
        answer would not reschedule (a same-day drill) or not active."""
        stored = get_card(self._conn, card_id)
        if stored.status is not CardStatus.ACTIVE:
            return {}
        deck_id = stored.card.deck_id
        scheduler = self.scheduler_for(deck_id)
        schedule = stored.schedule
        if schedule.scheduler != scheduler.name:
            return {}  # moved to this scheduler only when answered (a replay of its log)
        day, now = self.today(), self.now()
        exam = self.deck(deck_id).exam_date
        intervals: dict[Quality, int] = {}
        for grade in Quality:
            if exam is not None and day < exam:
                after, record, _ = exam_review(scheduler, schedule, grade, day, at=now)
            else:
                after, record = scheduler.review(schedule, grade, day, at=now)
            if record.drill:
                return {}
            intervals[grade] = after.interval
        return intervals

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
    # Their modules are imported by the methods that use them: the app's start, and a
    # sitting of study, need none of them.

    def log(self, deck_id: str | None = None) -> Iterator[LogEntry]:
        """The whole review log (or one deck's), streamed in order (for export)."""
        from trainer.store import iter_log

        with self._lock:
            yield from iter_log(self._conn, deck_id=deck_id)

    def own_items(self, deck_id: str) -> tuple[OwnItem, ...]:
        """This learner's figures for each answered card of a deck, the hardest first: the
        class analysis's measures on the collection's own log (see engine/own_items.py)."""
        from trainer.engine.own_items import own_items

        with self._lock:
            prompts = {entry.card.id: entry.card.prompt for entry in self.cards(deck_id)}
            return own_items(self.log(deck_id), deck_id, prompts)

    @locked
    def learner_id(self) -> str:
        """The collection's random learner id, which tells one learner's exported log from
        another's (and nothing else about them)."""
        return learner_id(self._conn)

    @locked
    def statistics(self, deck_id: str | None = None) -> Statistics:
        """Reviews and retention per day over the last year, the 30-day forecast, cards by
        state and the hardest cards, for one deck or for all."""
        from trainer.engine.statistics import collect_statistics

        exam = self.exam_plan(deck_id) if deck_id is not None else None
        return collect_statistics(self._conn, self.today(), deck_id=deck_id, exam=exam)

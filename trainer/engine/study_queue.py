"""Today's study queue, fetched once from the collection and kept in memory between cards.

Building the queue costs a few indexed queries per deck; asking for the next card then
costs only a scan of the in-memory list (at most a few hundred entries), which keeps the
time between two cards far below a millisecond whatever the collection's size.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from trainer.core.scheduling.exam import final_window
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.queue import (
    DailyLimits,
    QueueEntry,
    QueueSections,
    choose_next,
    excerpt_counts,
    plan_sections,
)
from trainer.core.scheduling.schedule import Schedule
from trainer.engine.results import Section
from trainer.store import (
    CardSlot,
    DeckRecord,
    UnknownDeckError,
    brought_forward_slots,
    day_counts,
    drill_slots,
    due_slots,
    new_slots,
)

# Drill cards are few (answered below 4 today); this only bounds a pathological day.
DRILL_FETCH_LIMIT = 5000


@dataclass(slots=True)
class StudyQueue:
    """Today's remaining cards for one scope (a deck, or all decks), in session order."""

    day: date
    deck_id: str | None
    reviews: list[QueueEntry] = field(default_factory=list)
    new: list[QueueEntry] = field(default_factory=list)
    drill: list[QueueEntry] = field(default_factory=list)
    done_today: int = 0
    # The session order and its entries per excerpt, worked out at the first peek and
    # again after each answer, not on every peek.
    _order: list[tuple[Section, QueueEntry]] | None = field(default=None, init=False, repr=False)
    _entries: list[QueueEntry] = field(default_factory=list, init=False, repr=False)
    _counts: Counter[str] = field(default_factory=Counter, init=False, repr=False)

    def __len__(self) -> int:
        return len(self.reviews) + len(self.new) + len(self.drill)

    def ordered(self) -> list[tuple[Section, QueueEntry]]:
        return [
            *((Section.REVIEW, e) for e in self.reviews),
            *((Section.NEW, e) for e in self.new),
            *((Section.DRILL, e) for e in self.drill),
        ]

    def peek(self, previous_excerpt: str | None) -> tuple[Section, QueueEntry] | None:
        """The card to ask next: session order, but not from the excerpt just asked."""
        if self._order is None:
            self._order = self.ordered()
            self._entries = [entry for _, entry in self._order]
            self._counts = excerpt_counts(self._entries)
        if not self._order:
            return None
        return self._order[choose_next(self._entries, previous_excerpt, counts=self._counts)]

    def pick(
        self, previous_excerpt: str | None, ask_first: str | None
    ) -> tuple[Section, QueueEntry] | None:
        """The card to ask next: `ask_first` (a card whose answer was undone) if it is
        queued, otherwise as `peek` chooses."""
        picked = self.peek(previous_excerpt)
        if picked is not None and ask_first is not None:
            for section, entry in self.ordered():
                if entry.card_id == ask_first:
                    return section, entry
        return picked

    def answered(self, card_id: str, excerpt_id: str, position: int, schedule: Schedule) -> None:
        """Take an answered card out; it returns at the end of the drill if it scored below 4."""
        self.remove(card_id)
        self.done_today += 1
        if schedule.drill:
            entry = QueueEntry.from_schedule(card_id, excerpt_id, position, schedule)
            self.drill.append(entry)
            if self._order is not None:
                self._order.append((Section.DRILL, entry))
                self._entries.append(entry)
                self._counts[excerpt_id] += 1

    def remove(self, card_id: str) -> None:
        """Take a card out of today's queue (answered, or taken out elsewhere)."""
        for section in (self.reviews, self.new, self.drill):
            for index, queued in enumerate(section):
                if queued.card_id == card_id:
                    del section[index]
                    break
        if self._order is not None:
            # Kept up to date in place: working it out again would cost more than a card.
            for index, queued in enumerate(self._entries):
                if queued.card_id == card_id:
                    del self._entries[index], self._order[index]
                    self._counts[queued.excerpt_id] -= 1
                    break


def build_study_queue(
    conn: sqlite3.Connection,
    decks: list[tuple[DeckRecord, Policy]],
    today: date,
    deck_id: str | None,
) -> StudyQueue:
    """Fetch and order today's session for the given decks, each under its own limits."""
    queue = StudyQueue(day=today, deck_id=deck_id)
    for deck, policy in decks:
        sections, done = _deck_sections(conn, deck, policy, today)
        queue.done_today += done
        queue.reviews.extend(sections.reviews)
        queue.new.extend(sections.new)
        queue.drill.extend(sections.drill)
    if len(decks) > 1:
        # Across decks, most overdue first as within one; each deck kept its own limit.
        # (A card exam mode brought forward sorts by its stored due date: last.)
        queue.reviews.sort(key=lambda e: (e.due or today, e.position, e.card_id))
    return queue


def current_queue(
    queue: StudyQueue | None,
    conn: sqlite3.Connection,
    records: Callable[[], dict[str, DeckRecord]],
    policy_for: Callable[[str], Policy],
    today: date,
    deck_id: str | None,
) -> StudyQueue:
    """`queue` if it is today's for this scope, otherwise a new one fetched from `conn`
    (from `records()`, every deck by id, and each deck's policy)."""
    if queue is not None and queue.day == today and queue.deck_id == deck_id:
        return queue
    decks = records()
    if deck_id is not None and deck_id not in decks:
        raise UnknownDeckError(deck_id)
    chosen = [decks[deck_id]] if deck_id is not None else list(decks.values())
    return build_study_queue(conn, [(deck, policy_for(deck.id)) for deck in chosen], today, deck_id)


def _deck_sections(
    conn: sqlite3.Connection, deck: DeckRecord, policy: Policy, today: date
) -> tuple[QueueSections, int]:
    counts = day_counts(conn, today, deck_id=deck.id)
    limits = DailyLimits.of(
        policy,
        new_seen_today=counts.new,
        reviews_done_today=counts.reviews,
        exam_date=deck.exam_date,
    )
    # Slots, not cards: the queue needs no card's content, only the one asked is read.
    fetched: list[CardSlot] = [
        *due_slots(conn, today, limit=limits.review_room, deck_id=deck.id),
        *new_slots(conn, limit=limits.new_room, deck_id=deck.id),
        *drill_slots(conn, today, limit=DRILL_FETCH_LIMIT, deck_id=deck.id),
    ]
    exam = limits.exam_date
    if exam is not None and today < exam:
        first, _ = final_window(exam, limits.final_days)
        if today >= first:
            fetched += brought_forward_slots(
                conn,
                deck_id=deck.id,
                exam_date=exam,
                reviewed_before=first,
                limit=limits.review_room,
            )
    unique = {slot.card_id: slot for slot in fetched}
    entries = (
        QueueEntry.from_schedule(s.card_id, s.excerpt_id, s.position, s.schedule)
        for s in unique.values()
    )
    return plan_sections(entries, today, limits), counts.answers

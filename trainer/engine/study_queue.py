"""Today's study queue, fetched once from the collection and kept in memory between cards.

Building the queue costs a few indexed queries per deck; asking for the next card then
costs only a scan of the in-memory list (at most a few hundred entries), which keeps the
time between two cards far below a millisecond whatever the collection's size.

Siblings (cards of one excerpt, see core/scheduling/siblings.py) of a card answered today
are buried to the end of the day in decks that bury them (`bury_siblings`, on by
default): the queue asks them only once nothing else is left.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from trainer.core.deck.card_ids import CHRONOLOGY_SLOT, SEPARATOR
from trainer.core.gc_control import gc_paused
from trainer.core.records import record
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
from trainer.core.scheduling.siblings import excerpt_group, sibling_groups
from trainer.engine.exam_queue import exam_sections, preparing
from trainer.engine.results import Section
from trainer.store import (
    CardSlot,
    DeckRecord,
    UnknownDeckError,
    day_counts,
    drill_slots,
    due_slots,
    new_slots,
)
from trainer.store.siblings import answered_on, chronology_cites
from trainer.store.transactions import read_transaction

# Drill cards are few (answered below 4 today); this only bounds a pathological day.
DRILL_FETCH_LIMIT = 5000
# Where siblings are buried, new cards and reviews are chosen from more candidates than
# the day's room, so that the day's cards come from as many excerpts as possible: this
# many more per place, and at most this many more in all.
CANDIDATES_PER_PLACE = 20
MAX_EXTRA_CANDIDATES = 2000
# Fetched first, per place: enough when few of the day's cards are siblings. New cards
# are kept apart from the reviews' excerpts too, so fewer of their candidates qualify.
FIRST_REVIEW_CANDIDATES_PER_PLACE = 2
FIRST_NEW_CANDIDATES_PER_PLACE = 5


@dataclass(slots=True)
class StudyQueue:
    """Today's remaining cards for one scope (a deck, or all decks), in session order."""

    day: date
    deck_id: str | None
    reviews: list[QueueEntry] = field(default_factory=list)
    new: list[QueueEntry] = field(default_factory=list)
    drill: list[QueueEntry] = field(default_factory=list)
    done_today: int = 0
    # Reviews and new cards buried to the end of the day (siblings of a card answered
    # today), by id: asked only once every other card, drill included, is done.
    buried: set[str] = field(default_factory=set)
    # The session order in its two tiers (the cards not buried, then the buried ones),
    # with their entries per excerpt, worked out at the first peek and kept up to date
    # after each answer, not on every peek.
    _tiers: list[_Tier] | None = field(default=None, init=False, repr=False)
    # The sibling groups of the card answered last, for spreading the next one.
    _previous_groups: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __len__(self) -> int:
        return len(self.reviews) + len(self.new) + len(self.drill)

    def ordered(self) -> list[tuple[Section, QueueEntry]]:
        """Session order: reviews, new cards, drill, then the buried reviews and new cards."""
        return [pair for tier in self._tiered() for pair in tier]

    def _tiered(self) -> tuple[list[tuple[Section, QueueEntry]], list[tuple[Section, QueueEntry]]]:
        sections = (
            *((Section.REVIEW, e) for e in self.reviews),
            *((Section.NEW, e) for e in self.new),
        )
        first = [pair for pair in sections if pair[1].card_id not in self.buried]
        later = [pair for pair in sections if pair[1].card_id in self.buried]
        return [*first, *((Section.DRILL, e) for e in self.drill)], later

    def peek(self, previous_excerpt: str | None) -> tuple[Section, QueueEntry] | None:
        """The card to ask next: session order, but not from the excerpt just asked (nor,
        for a chronology, from one it cites), and no buried card while others are left."""
        groups = self._previous_groups if previous_excerpt is not None else ()
        for tier in self._current_tiers():
            if tier.order:
                index = choose_next(
                    tier.entries, previous_excerpt, counts=tier.counts, previous_groups=groups
                )
                return tier.order[index]
        return None

    def upcoming(self, limit: int) -> list[str]:
        """The ids of the first `limit` cards in session order: the card asked next is
        almost always among them (what a sitting reads ahead)."""
        ids: list[str] = []
        for tier in self._current_tiers():
            ids.extend(entry.card_id for entry in tier.entries[: limit - len(ids)])
        return ids

    def _current_tiers(self) -> list[_Tier]:
        if self._tiers is None:
            self._tiers = [_Tier.of(pairs) for pairs in self._tiered()]
        return self._tiers

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
        """Take an answered card out; it returns at the end of the drill if it scored below 4.

        The queue was planned with its siblings buried already (no two cards before the
        buried ones are siblings), so an answer buries nothing more."""
        queued = self.remove(card_id)
        groups = queued.groups if queued is not None else ()
        self._previous_groups = groups or (excerpt_id,)
        self.done_today += 1
        if schedule.drill:
            entry = QueueEntry.from_schedule(card_id, excerpt_id, position, schedule, groups)
            self.drill.append(entry)
            if self._tiers is not None:
                self._tiers[0].add((Section.DRILL, entry))

    def remove(self, card_id: str) -> QueueEntry | None:
        """Take a card out of today's queue (answered, or taken out elsewhere); the entry
        it had, if it was queued."""
        removed: QueueEntry | None = None
        for section in (self.reviews, self.new, self.drill):
            for index, queued in enumerate(section):
                if queued.card_id == card_id:
                    removed = queued
                    del section[index]
                    break
        self.buried.discard(card_id)
        if self._tiers is not None:
            # Kept up to date in place: working it out again would cost more than a card.
            for tier in self._tiers:
                tier.discard(card_id)
        return removed


@dataclass(slots=True)
class _Tier:
    """One tier of the session order, with its entries and their count per excerpt."""

    order: list[tuple[Section, QueueEntry]]
    entries: list[QueueEntry]
    counts: Counter[str]

    @classmethod
    def of(cls, order: list[tuple[Section, QueueEntry]]) -> _Tier:
        entries = [entry for _, entry in order]
        return cls(order, entries, excerpt_counts(entries))

    def add(self, pair: tuple[Section, QueueEntry]) -> None:
        self.order.append(pair)
        self.entries.append(pair[1])
        self.counts[pair[1].excerpt_id] += 1

    def discard(self, card_id: str) -> None:
        for index, queued in enumerate(self.entries):
            if queued.card_id == card_id:
                del self.entries[index], self.order[index]
                self.counts[queued.excerpt_id] -= 1
                return


def build_study_queue(
    conn: sqlite3.Connection,
    decks: list[tuple[DeckRecord, Policy]],
    today: date,
    deck_id: str | None,
) -> StudyQueue:
    """Fetch and order today's session for the given decks, each under its own limits."""
    queue = StudyQueue(day=today, deck_id=deck_id)
    # One snapshot for every query: the counts, the candidates (fetched again if the
    # first do not settle) and the siblings agree, whoever writes meanwhile. The
    # collector is paused: the entries made here (a few thousand objects, no cycles)
    # last the day, and a collection that fell inside the build walked every object
    # of the process for nothing (0.5-4 ms of a 7-12 ms first build at 10,000 cards).
    with read_transaction(conn), gc_paused():
        for deck, policy in decks:
            sections, done = _deck_sections(conn, deck, policy, today)
            queue.done_today += done
            queue.reviews.extend(sections.reviews)
            queue.new.extend(sections.new)
            queue.drill.extend(sections.drill)
            queue.buried.update(sections.buried)
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
    if preparing(deck, today):  # before an exam the queue follows its plan (exam_queue.py)
        return exam_sections(conn, deck, policy, today), counts.answers
    limits = DailyLimits.of(
        policy,
        new_seen_today=counts.new,
        reviews_done_today=counts.reviews,
        exam_date=None,  # after the exam, scheduling goes on as if there had been none
    )
    bury = deck.defaults.bury_siblings
    if not bury:
        fetched = _fetch(conn, deck.id, today, limits.review_room, limits.new_room)
        entries = (slot.queue_entry() for slot in fetched.unique.values())
        return plan_sections(entries, today, limits), counts.answers
    answered = answered_on(conn, today, deck_id=deck.id)
    # Siblings are taken apart in order, so the first candidates usually settle the day:
    # a few per place are fetched first, and all of them only when those do not.
    review_limit = _candidates(limits.review_room, FIRST_REVIEW_CANDIDATES_PER_PLACE)
    new_limit = _candidates(limits.new_room, FIRST_NEW_CANDIDATES_PER_PLACE)
    fetched = _fetch(conn, deck.id, today, review_limit, new_limit)
    while True:
        unique = fetched.unique
        groups = _sibling_groups(
            conn, deck.id, [*((s.card_id, s.excerpt_id) for s in unique.values()), *answered]
        )
        entries = (slot.queue_entry(groups[slot.card_id]) for slot in unique.values())
        answered_groups = {group for card_id, _ in answered for group in groups[card_id]}
        sections = plan_sections(entries, today, limits, answered_groups=answered_groups)
        if _settled(sections, limits, fetched, review_limit, new_limit):
            return sections, counts.answers
        # Every candidate of a section not fetched whole yet; a section that had every
        # candidate there is keeps them.
        full_reviews = _candidates(limits.review_room, CANDIDATES_PER_PLACE)
        full_new = _candidates(limits.new_room, CANDIDATES_PER_PLACE)
        fetched = _Fetched(
            fetched.due
            if len(fetched.due) < review_limit
            else due_slots(conn, today, limit=full_reviews, deck_id=deck.id),
            fetched.new
            if len(fetched.new) < new_limit
            else new_slots(conn, limit=full_new, deck_id=deck.id),
            fetched.drill,
        )
        review_limit, new_limit = full_reviews, full_new


@record
class _Fetched:
    """A deck's queue candidates: due, new and drill."""

    due: list[CardSlot]
    new: list[CardSlot]
    drill: list[CardSlot]

    @property
    def unique(self) -> dict[str, CardSlot]:
        return {slot.card_id: slot for slot in (*self.due, *self.new, *self.drill)}


def _fetch(
    conn: sqlite3.Connection, deck_id: str, today: date, review_limit: int, new_limit: int
) -> _Fetched:
    # Slots, not cards: the queue needs no card's content, only the one asked is read.
    return _Fetched(
        due_slots(conn, today, limit=review_limit, deck_id=deck_id),
        new_slots(conn, limit=new_limit, deck_id=deck_id),
        drill_slots(conn, today, limit=DRILL_FETCH_LIMIT, deck_id=deck_id),
    )


def _settled(
    sections: QueueSections,
    limits: DailyLimits,
    fetched: _Fetched,
    review_limit: int,
    new_limit: int,
) -> bool:
    """Whether more candidates could not change `sections`: the limits are the full ones
    already, or each of reviews and new cards either had every candidate there is, or
    filled its room with cards kept apart (taken in order, so that later candidates
    never come into it)."""
    if (review_limit, new_limit) == (
        _candidates(limits.review_room, CANDIDATES_PER_PLACE),
        _candidates(limits.new_room, CANDIDATES_PER_PLACE),
    ):
        return True

    def filled(taken: tuple[QueueEntry, ...], room: int) -> bool:
        return len(taken) == room and sections.buried.isdisjoint(e.card_id for e in taken)

    reviews_known = len(fetched.due) < review_limit or filled(sections.reviews, limits.review_room)
    new_known = len(fetched.new) < new_limit or filled(sections.new, limits.new_room)
    return reviews_known and new_known


def _candidates(room: int, per_place: int) -> int:
    """How many candidates to fetch for `room` places, `per_place` more for each."""
    return room + min(room * per_place, MAX_EXTRA_CANDIDATES)


def _sibling_groups(
    conn: sqlite3.Connection, deck_id: str, cards: list[tuple[str, str]]
) -> dict[str, tuple[str, ...]]:
    """Each card's sibling groups, by id: its excerpt's, or a chronology's cited excerpts'.

    Only chronology cards cite more than their excerpt; their ids end in the chronology
    slot, so only those few (and questions an author named like it) are read."""
    suffix = SEPARATOR + CHRONOLOGY_SLOT
    cites = chronology_cites(conn, [card_id for card_id, _ in cards if card_id.endswith(suffix)])
    # Most cards are grouped by their own excerpt, which many of them share.
    own: dict[str, tuple[str, ...]] = {}
    groups: dict[str, tuple[str, ...]] = {}
    for card_id, excerpt_id in cards:
        cited = cites.get(card_id)
        if cited:
            groups[card_id] = sibling_groups(deck_id, cited)
            continue
        group = own.get(excerpt_id)
        if group is None:
            group = own[excerpt_id] = excerpt_group(deck_id, excerpt_id)
        groups[card_id] = group
    return groups

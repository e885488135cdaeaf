"""Siblings spread over days: once a card is answered, the other cards of its excerpt wait
for another day unless nothing else is left, and siblings are never asked back to back."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.queue import DailyLimits, QueueEntry, build_queue, plan_sections
from trainer.core.scheduling.siblings import (
    are_siblings,
    excerpt_group,
    groups_of,
    pick_apart,
    plan_apart,
    sibling_groups,
)

TODAY = date(2026, 11, 30)
ROOMY = DailyLimits(new_limit=100, review_limit=100)


def new(card_id: str, excerpt: str, position: int, groups: tuple[str, ...] = ()) -> QueueEntry:
    return QueueEntry(card_id, excerpt, None, True, False, position, groups=groups)


def due(card_id: str, excerpt: str, position: int = 0) -> QueueEntry:
    return QueueEntry(
        card_id, excerpt, TODAY - timedelta(1), False, False, position, TODAY - timedelta(4)
    )


def answered(card_id: str, excerpt: str) -> QueueEntry:
    return QueueEntry(card_id, excerpt, TODAY + timedelta(3), False, False, 0, TODAY)


def test_groups_are_named_by_deck_and_excerpt_once_each() -> None:
    assert sibling_groups("d", ["e1", "e2", "e1"]) == ("d:e1", "d:e2")
    assert groups_of(new("a", "e1", 0)) == ("e1",)
    assert groups_of(new("a", "e1", 0, ("d:e1", "d:e2"))) == ("d:e1", "d:e2")


# Ids as decks and excerpts have them (slugs), and any other text.
_IDS = st.one_of(st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True), st.text(max_size=8))


@given(_IDS, _IDS)
def test_an_excerpts_group_is_what_sibling_groups_names_for_it(deck: str, excerpt: str) -> None:
    assert excerpt_group(deck, excerpt) == sibling_groups(deck, (excerpt,))


def test_a_chronology_is_a_sibling_of_every_excerpt_it_cites() -> None:
    chronology = new("c", "e1", 0, ("d:e1", "d:e2"))
    assert are_siblings(chronology, new("x", "e2", 1, ("d:e2",)))
    assert not are_siblings(chronology, new("y", "e3", 2, ("d:e3",)))


def test_siblings_of_a_card_answered_today_go_to_the_end_of_the_day() -> None:
    entries = [answered("a1", "A"), new("a2", "A", 1), new("b1", "B", 2), due("a3", "A")]
    queue = build_queue(entries, TODAY, ROOMY, answered_groups=())
    assert [e.card_id for e in queue][:1] == ["b1"]
    assert {e.card_id for e in queue[1:]} == {"a2", "a3"}


def test_new_cards_of_a_day_come_from_different_excerpts_first() -> None:
    entries = [new("a1", "A", 0), new("a2", "A", 1), new("b1", "B", 2), new("c1", "C", 3)]
    limits = DailyLimits(new_limit=3, review_limit=100)
    sections = plan_sections(entries, TODAY, limits, answered_groups=())
    assert [e.card_id for e in sections.new] == ["a1", "b1", "c1"]
    assert sections.buried == frozenset()


def test_buried_cards_fill_a_day_only_when_nothing_else_is_left() -> None:
    entries = [new("a1", "A", 0), new("a2", "A", 1)]
    sections = plan_sections(entries, TODAY, ROOMY, answered_groups=())
    assert [e.card_id for e in sections.new] == ["a1", "a2"]
    assert sections.buried == frozenset({"a2"})


def test_without_the_rule_the_queue_is_as_before() -> None:
    entries = [answered("a1", "A"), new("a2", "A", 1), new("b1", "B", 2)]
    sections = plan_sections(entries, TODAY, ROOMY)
    assert sections.buried == frozenset()
    assert [e.card_id for e in sections.new] == ["a2", "b1"]


def test_drills_are_exempt() -> None:
    drill = QueueEntry("a1", "A", TODAY + timedelta(1), False, True, 0, TODAY)
    entries = [drill, new("a2", "A", 1)]
    sections = plan_sections(entries, TODAY, ROOMY, answered_groups=())
    assert [e.card_id for e in sections.drill] == ["a1"]


def test_pick_apart_respects_the_room() -> None:
    entries = [new("a1", "A", 0), new("a2", "A", 1), new("b1", "B", 2)]
    apart, buried = pick_apart(entries, 1, set())
    assert [e.card_id for e in apart] == ["a1"] and buried == []
    assert pick_apart(entries, 0, set()) == ([], [])


_excerpts = st.sampled_from("ABCDE")
_cards = st.lists(
    st.tuples(_excerpts, st.booleans(), st.booleans()),  # excerpt, new?, answered today?
    min_size=1,
    max_size=25,
)


@given(_cards, st.integers(0, 10), st.integers(0, 10))
def test_siblings_are_never_adjacent_nor_on_one_day_while_others_remain(
    cards: list[tuple[str, bool, bool]], new_limit: int, review_limit: int
) -> None:
    entries: list[QueueEntry] = []
    for index, (excerpt, is_new, done_today) in enumerate(cards):
        card_id = f"c{index}"
        if done_today:
            entries.append(answered(card_id, excerpt))
        elif is_new:
            entries.append(new(card_id, excerpt, index))
        else:
            entries.append(due(card_id, excerpt, index))
    limits = DailyLimits(new_limit=new_limit, review_limit=review_limit)
    sections = plan_sections(entries, TODAY, limits, answered_groups=())
    queue = build_queue(entries, TODAY, limits, answered_groups=())
    done = {e.excerpt_id for e in entries if e.last_review == TODAY}
    first = [e for e in queue if e.card_id not in sections.buried]
    # Before the buried ones: no sibling of a card answered today, no two siblings.
    assert all(e.excerpt_id not in done for e in first)
    assert len({e.excerpt_id for e in first}) == len(first)
    assert queue[: len(first)] == first
    # The same cards as without the rule, within the same limits (only the order and
    # which of them wait change): the rule never drops a day's card when room is left.
    plain = plan_sections(entries, TODAY, limits)
    assert len(sections.reviews) == len(plain.reviews)
    assert len(sections.new) == len(plain.new)
    # A buried card is one that would have met a sibling that day.
    for entry in queue:
        if entry.card_id in sections.buried:
            assert entry.excerpt_id in done or any(
                other.excerpt_id == entry.excerpt_id for other in first
            )
    # Siblings are back to back only when nothing else is left to put between them.
    for before, after in pairwise(queue):
        if before.excerpt_id == after.excerpt_id:
            rest = queue[queue.index(after) :]
            assert all(e.excerpt_id == after.excerpt_id for e in rest)


@given(_cards)
def test_plan_apart_keeps_every_card_it_is_given_room_for(
    cards: list[tuple[str, bool, bool]],
) -> None:
    reviews = [due(f"r{i}", e, i) for i, (e, is_new, _) in enumerate(cards) if not is_new]
    fresh = [new(f"n{i}", e, i) for i, (e, is_new, _) in enumerate(cards) if is_new]
    kept_reviews, kept_new, buried = plan_apart(
        reviews, fresh, review_room=100, new_room=100, answered_groups=()
    )
    assert sorted(e.card_id for e in kept_reviews) == sorted(e.card_id for e in reviews)
    assert sorted(e.card_id for e in kept_new) == sorted(e.card_id for e in fresh)
    apart = [e for e in (*kept_reviews, *kept_new) if e not in buried]
    assert len({e.excerpt_id for e in apart}) == len(apart)

"""Tests for trainer.store.queries: queue candidates, today's counts, card lookup, search."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import timedelta

import pytest

from tests.store.conftest import Kit, as_schedule
from trainer.core.scheduling.queue import QueueEntry
from trainer.core.scheduling.state import CardState
from trainer.store import (
    CardEntry,
    CardSlot,
    CardStatus,
    UnknownCardError,
    apply_import,
    card_details,
    day_counts,
    drill_slots,
    due_slots,
    new_slots,
    search_cards,
    set_status,
    undo_last,
)
from trainer.store.migrations import migrate


def reviewed(kit: Kit, due_in: int, *, last: int = -6, drill: bool = False) -> CardState:
    day = kit.day0
    return CardState(
        ef=2.5,
        repetitions=2,
        interval=6,
        due=day + timedelta(days=due_in),
        last_review=day + timedelta(days=last),
        drill=drill,
        reviews=2,
    )


@pytest.fixture
def queue(conn: sqlite3.Connection, kit: Kit) -> sqlite3.Connection:
    """Two decks with cards due, not yet due, new, suspended, retired and to drill."""
    now = kit.moment(kit.day0)
    one = ["a:q1", "a:q2", "b:q1", "b:q2", "c:q1", "c:q2"]
    apply_import(conn, kit.make_deck("one", one), "one.yaml", now)
    apply_import(conn, kit.make_deck("two", ["a:q1", "a:q2", "b:q1"]), "two.yaml", now)
    kit.put_state(conn, "one:a:q1", reviewed(kit, -2))  # overdue
    kit.put_state(conn, "one:a:q2", reviewed(kit, 0))  # due today
    kit.put_state(conn, "one:b:q1", reviewed(kit, 1, last=0, drill=True))  # to drill today
    kit.put_state(conn, "one:c:q2", reviewed(kit, -5))  # due, but suspended below
    kit.put_state(conn, "two:a:q1", reviewed(kit, -1))
    kit.put_state(conn, "two:b:q1", reviewed(kit, -3))  # due, but retired below
    set_status(conn, "one:c:q2", CardStatus.SUSPENDED)
    apply_import(conn, kit.make_deck("two", ["a:q1", "a:q2"]), "two.yaml", now)
    return conn


def ids(entries: Sequence[CardEntry | CardSlot]) -> list[str]:
    """The card ids of cards (CardEntry) or of slots (CardSlot)."""
    return [entry.card.id if isinstance(entry, CardEntry) else entry.card_id for entry in entries]


def test_due_slots_are_active_reviewed_and_most_overdue_first(
    queue: sqlite3.Connection, kit: Kit
) -> None:
    assert ids(due_slots(queue, kit.day0, limit=10)) == ["one:a:q1", "two:a:q1", "one:a:q2"]
    assert ids(due_slots(queue, kit.day0, limit=2)) == ["one:a:q1", "two:a:q1"]
    assert ids(due_slots(queue, kit.day0, limit=10, deck_id="one")) == ["one:a:q1", "one:a:q2"]
    tomorrow = kit.day0 + timedelta(days=1)
    assert "one:b:q1" in ids(due_slots(queue, tomorrow, limit=10))
    assert ids(due_slots(queue, kit.day0 - timedelta(days=10), limit=10)) == []


def test_a_version_4_collection_finds_its_due_cards_once_migrated(
    queue: sqlite3.Connection, kit: Kit
) -> None:
    """Migration 5 builds the due cards' index from the cards already reviewed."""
    queue.execute("DROP INDEX cards_due")
    queue.execute("PRAGMA user_version = 4")
    assert migrate(queue) == 4
    assert ids(due_slots(queue, kit.day0, limit=10)) == ["one:a:q1", "two:a:q1", "one:a:q2"]
    assert ids(due_slots(queue, kit.day0, limit=10, deck_id="one")) == ["one:a:q1", "one:a:q2"]


def test_slots_carry_the_excerpt_position_and_schedule(queue: sqlite3.Connection, kit: Kit) -> None:
    [first] = due_slots(queue, kit.day0, limit=1)
    assert (first.card_id, first.excerpt_id, first.position) == ("one:a:q1", "a", 0)
    # A slot reads only what a queue needs: the entry it makes is the one its whole
    # schedule makes.
    schedule = as_schedule(reviewed(kit, -2))
    expected = QueueEntry.from_schedule("one:a:q1", "a", 0, schedule, ("g",))
    assert first.queue_entry(("g",)) == expected


def test_new_slots_come_in_deck_order(queue: sqlite3.Connection) -> None:
    assert ids(new_slots(queue, limit=10)) == ["one:b:q2", "one:c:q1", "two:a:q2"]
    assert ids(new_slots(queue, limit=1, deck_id="one")) == ["one:b:q2"]
    assert ids(new_slots(queue, limit=10, deck_id="two")) == ["two:a:q2"]
    assert all(slot.queue_entry().is_new for slot in new_slots(queue, limit=10))


def test_drill_slots_are_those_answered_today_below_4(queue: sqlite3.Connection, kit: Kit) -> None:
    assert ids(drill_slots(queue, kit.day0, limit=10)) == ["one:b:q1"]
    assert ids(drill_slots(queue, kit.day0, limit=10, deck_id="two")) == []
    assert ids(drill_slots(queue, kit.day0 + timedelta(days=1), limit=10)) == []


def test_a_failed_answer_puts_a_card_in_the_drill_queue(
    queue: sqlite3.Connection, kit: Kit
) -> None:
    kit.answer(queue, "one:c:q1", 2, kit.day0)
    assert ids(drill_slots(queue, kit.day0, limit=10)) == ["one:b:q1", "one:c:q1"]
    kit.answer(queue, "one:c:q1", 4, kit.day0)
    assert ids(drill_slots(queue, kit.day0, limit=10)) == ["one:b:q1"]


def test_day_counts_split_new_reviews_and_drills(queue: sqlite3.Connection, kit: Kit) -> None:
    day = kit.day0
    kit.answer(queue, "one:b:q2", 5, day)  # new
    kit.answer(queue, "one:c:q1", 2, day)  # new, then drilled
    kit.answer(queue, "one:c:q1", 4, day)  # drill
    kit.answer(queue, "one:a:q1", 4, day)  # review
    kit.answer(queue, "two:a:q1", 1, day)  # review in the other deck
    kit.answer(queue, "two:a:q2", 3, day - timedelta(days=1))  # another day
    counts = day_counts(queue, day)
    assert (counts.new, counts.reviews, counts.drills, counts.answers) == (2, 2, 1, 5)
    one = day_counts(queue, day, deck_id="one")
    assert (one.new, one.reviews, one.drills) == (2, 1, 1)
    undo_last(queue, undone_at=kit.moment(day), day=day)  # the other day's answer
    undo_last(queue, undone_at=kit.moment(day), day=day)  # two:a:q1's review
    counts = day_counts(queue, day)
    assert (counts.new, counts.reviews, counts.drills) == (2, 1, 1)


def test_card_details_show_content_state_excerpt_and_history(
    queue: sqlite3.Connection, kit: Kit
) -> None:
    kit.answer(queue, "one:b:q2", 5, kit.day0)
    details = card_details(queue, "one:b:q2")
    assert details.entry.card.id == "one:b:q2"
    assert details.entry.schedule.reviews == 1
    assert details.excerpt is not None
    assert (details.excerpt.title, details.excerpt.text) == ("Excerpt b", "The text of excerpt b.")
    assert details.excerpt.source.cite() == "pp. 12–13"
    assert details.added_at == kit.moment(kit.day0)
    assert [entry.quality for entry in details.history] == [5]
    with pytest.raises(UnknownCardError):
        card_details(queue, "one:zz:q1")


def test_search_by_text_tag_deck_and_status(conn: sqlite3.Connection, kit: Kit) -> None:
    deck = kit.make_deck(
        slot_paths=["a:q1", "a:q2", "b:q1"],
        wording={"a:q2": " on Rapallo 100%"},
        tags={"a:q1": ["treaty", "1922"], "b:q1": ["treaty-law"]},
    )
    apply_import(conn, deck, "deck.yaml", kit.moment(kit.day0))
    apply_import(conn, kit.make_deck("other"), "other.yaml", kit.moment(kit.day0))
    assert ids(search_cards(conn, text="rapallo")) == ["deck:a:q2"]
    assert ids(search_cards(conn, text="answer q2on")) == []
    assert ids(search_cards(conn, text="100%")) == ["deck:a:q2"]
    assert ids(search_cards(conn, text="10_%")) == []
    assert ids(search_cards(conn, tag="treaty")) == ["deck:a:q1"]
    assert ids(search_cards(conn, text="q1", deck_id="other")) == ["other:a:q1", "other:b:q1"]
    assert len(search_cards(conn)) == 6
    assert len(search_cards(conn, limit=4)) == 4
    set_status(conn, "deck:b:q1", CardStatus.SUSPENDED)
    assert ids(search_cards(conn, status="suspended")) == ["deck:b:q1"]


QueryCall = Callable[[sqlite3.Connection, Kit], object]
# What the engine asks while studying: each deck's due, new and drill cards and counts.
HOT_QUERIES: dict[str, QueryCall] = {
    "due in a deck": lambda c, k: due_slots(c, k.day0, limit=20, deck_id="d3"),
    "new across decks": lambda c, k: new_slots(c, limit=20),
    "new in a deck": lambda c, k: new_slots(c, limit=20, deck_id="d3"),
    "drill across decks": lambda c, k: drill_slots(c, k.day0, limit=20),
    "drill in a deck": lambda c, k: drill_slots(c, k.day0, limit=20, deck_id="d3"),
    "counts across decks": lambda c, k: day_counts(c, k.day0),
    "counts in a deck": lambda c, k: day_counts(c, k.day0, deck_id="d3"),
}


@pytest.mark.parametrize("name", list(HOT_QUERIES))
def test_hot_queries_search_an_index_instead_of_scanning(
    conn: sqlite3.Connection, kit: Kit, name: str
) -> None:
    for number in range(5):
        paths = [f"e{i}:q{j}" for i in range(100) for j in range(4)]
        apply_import(conn, kit.make_deck(f"d{number}", paths), "d.yaml", kit.moment(kit.day0))
    for i in range(0, 100, 3):
        kit.put_state(conn, f"d3:e{i}:q1", reviewed(kit, -(i % 5)))
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    HOT_QUERIES[name](conn, kit)
    conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    for sql in selects:
        plan = [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        main_table = plan[0]
        assert main_table.startswith("SEARCH") or "USING INDEX cards_new" in main_table, plan
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_due_candidates_are_read_from_an_index_alone(conn: sqlite3.Connection, kit: Kit) -> None:
    """Every column of a slot is in the index the query walks (migration 5), so that
    building a queue never reads a due card's row; a column added to `CardSlot` must be
    added to the index too."""
    for number in range(4):
        paths = [f"e{i}:q{j}" for i in range(30) for j in range(3)]
        apply_import(conn, kit.make_deck(f"d{number}", paths), "d.yaml", kit.moment(kit.day0))
    for i in range(0, 30, 2):
        kit.put_state(conn, f"d3:e{i}:q1", reviewed(kit, -(i % 4)))
    # The index is not pinned: the planner must choose it, with and without the
    # statistics that closing a collection gathers (`PRAGMA optimize`).
    for gathered in (False, True):
        if gathered:
            conn.execute("ANALYZE")
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        slots = due_slots(conn, kit.day0, limit=20, deck_id="d3")
        conn.set_trace_callback(None)
        assert slots
        selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len(selects) == 1
        plan = [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + selects[0])]
        assert len(plan) == 1 and "USING COVERING INDEX cards_due" in plan[0], plan


def test_due_slots_on_the_same_day_follow_the_deck_order(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    now = kit.moment(kit.day0)
    apply_import(conn, kit.make_deck(slot_paths=["a:q1", "a:q2", "b:q1"]), "d.yaml", now)
    for card_id in ("deck:a:q1", "deck:a:q2", "deck:b:q1"):
        kit.put_state(conn, card_id, reviewed(kit, 0))
    apply_import(conn, kit.make_deck(slot_paths=["b:q1", "a:q2", "a:q1"]), "d.yaml", now)
    assert ids(due_slots(conn, kit.day0, limit=2)) == ["deck:b:q1", "deck:a:q2"]

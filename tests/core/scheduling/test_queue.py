"""The session queue: reviews, new cards and drill in order, daily limits, excerpts spread out."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise, permutations
from typing import TypedDict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.exam import exam_slot
from trainer.core.scheduling.queue import (
    DailyLimits,
    QueueEntry,
    build_queue,
    choose_next,
    plan_sections,
    spread_excerpts,
)
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER

TODAY = date(2024, 6, 10)


class Limits(TypedDict):
    new_limit: int
    review_limit: int
    new_seen_today: int
    reviews_done_today: int


LIMITS: Limits = {
    "new_limit": 20,
    "review_limit": 200,
    "new_seen_today": 0,
    "reviews_done_today": 0,
}
DAILY = DailyLimits(**LIMITS)


def review(
    card_id: str, due_offset: int, *, excerpt: str | None = None, position: int = 0
) -> QueueEntry:
    due = TODAY + timedelta(days=due_offset)
    return QueueEntry(
        card_id, excerpt or card_id, due, False, False, position, due - timedelta(days=3)
    )


def new(card_id: str, position: int, *, excerpt: str | None = None) -> QueueEntry:
    return QueueEntry(card_id, excerpt or card_id, None, True, False, position)


def drilled(
    card_id: str, position: int = 0, *, excerpt: str | None = None, still: bool = True
) -> QueueEntry:
    return QueueEntry(
        card_id, excerpt or card_id, TODAY + timedelta(1), False, still, position, TODAY
    )


def ids(entries: list[QueueEntry]) -> list[str]:
    return [e.card_id for e in entries]


def test_reviews_then_new_then_drill() -> None:
    entries = [new("n1", 1), drilled("d1"), review("r1", 0), new("n0", 0), review("r2", -5)]
    assert ids(build_queue(entries, TODAY, DAILY)) == ["r2", "r1", "n0", "n1", "d1"]


def test_reviews_most_overdue_first_then_position_then_id() -> None:
    entries = [
        review("b", -1, position=2),
        review("c", -1, position=1),
        review("a", -9),
        review("d", -1, position=1),
    ]
    assert ids(build_queue(entries, TODAY, DAILY)) == ["a", "c", "d", "b"]


def test_cards_not_due_and_cards_done_today_are_left_out() -> None:
    done = QueueEntry("done", "x", TODAY + timedelta(6), False, False, 0, TODAY)
    stale_drill = QueueEntry(
        "stale", "y", TODAY + timedelta(2), False, True, 0, TODAY - timedelta(1)
    )
    entries = [review("later", 1), done, stale_drill, drilled("passed", still=False)]
    assert build_queue(entries, TODAY, DAILY) == []


def test_a_clock_moved_back_still_counts_as_answered_today() -> None:
    ahead = QueueEntry("ahead", "x", TODAY + timedelta(3), False, True, 0, TODAY + timedelta(2))
    assert ids(build_queue([ahead], TODAY, DAILY)) == ["ahead"]  # its drill, not a review


def test_daily_limits() -> None:
    entries = [review(f"r{i}", -i) for i in range(5)] + [new(f"n{i}", i) for i in range(5)]
    queue = build_queue(
        entries,
        TODAY,
        DailyLimits(new_limit=3, review_limit=4, new_seen_today=1, reviews_done_today=2),
    )
    assert ids(queue) == ["r4", "r3", "n0", "n1"]
    spent = build_queue(
        entries,
        TODAY,
        DailyLimits(new_limit=3, review_limit=4, new_seen_today=9, reviews_done_today=9),
    )
    assert spent == []


def test_drill_ignores_the_limits() -> None:
    queue = build_queue(
        [drilled("d")],
        TODAY,
        DailyLimits(new_limit=0, review_limit=0, new_seen_today=5, reviews_done_today=5),
    )
    assert ids(queue) == ["d"]


def test_same_excerpt_cards_are_not_back_to_back() -> None:
    entries = [
        new("a1", 0, excerpt="a"),
        new("a2", 1, excerpt="a"),
        new("a3", 2, excerpt="a"),
        new("b1", 3, excerpt="b"),
        new("c1", 4, excerpt="c"),
    ]
    assert ids(build_queue(entries, TODAY, DAILY)) == ["a1", "b1", "a2", "c1", "a3"]


def test_lookahead_avoids_a_dead_end_plain_greedy_would_hit() -> None:
    # Plain greedy gives b1, a1, a2; only a1, b1, a2 avoids neighbours.
    entries = [new("b1", 0, excerpt="b"), new("a1", 1, excerpt="a"), new("a2", 2, excerpt="a")]
    assert ids(build_queue(entries, TODAY, DAILY)) == ["a1", "b1", "a2"]


def test_previous_excerpt_is_avoided_first() -> None:
    entries = [new("a1", 0, excerpt="a"), new("b1", 1, excerpt="b")]
    assert ids(build_queue(entries, TODAY, DAILY, previous_excerpt="a")) == ["b1", "a1"]
    only = [new("a1", 0, excerpt="a")]
    assert choose_next(only, previous_excerpt="a") == 0  # unavoidable


def test_the_next_card_is_the_head_of_the_queue() -> None:
    queue = build_queue([new("n", 0), review("r", -1)], TODAY, DAILY)
    assert ids(queue) == ["r", "n"]
    assert queue[choose_next(queue)].card_id == "r"


def test_sections_report_each_part() -> None:
    sections = plan_sections([new("n", 0), review("r", 0), drilled("d")], TODAY, DAILY)
    assert (ids(list(sections.reviews)), ids(list(sections.new)), ids(list(sections.drill))) == (
        ["r"],
        ["n"],
        ["d"],
    )
    assert len(sections) == 3


def test_from_schedule_follows_a_card_through_the_day() -> None:
    fresh = QueueEntry.from_schedule("c", "x", 0, SM2_SCHEDULER.initial())
    assert fresh.is_new
    at = datetime.combine(TODAY, time(9), UTC)
    schedule, _ = SM2_SCHEDULER.review(SM2_SCHEDULER.initial(), 3, TODAY, at=at)
    after = QueueEntry.from_schedule("c", "x", 0, schedule)
    assert ids(build_queue([after], TODAY, DAILY)) == ["c"]  # drilled: scored 3
    schedule, _ = SM2_SCHEDULER.review(schedule, 5, TODAY, at=at)
    again = QueueEntry.from_schedule("c", "x", 0, schedule)
    assert build_queue([again], TODAY, DAILY) == []
    assert ids(build_queue([again], TODAY + timedelta(1), DAILY)) == ["c"]


def test_exam_mode_brings_late_cards_into_the_final_days() -> None:
    exam = TODAY + timedelta(days=2)
    late = QueueEntry("late", "x", exam + timedelta(30), False, False, 0, TODAY - timedelta(20))
    slot = exam_slot("late", exam)
    assert slot <= TODAY  # the final days [exam − 3, exam − 1] have begun
    assert ids(build_queue([late], TODAY, DailyLimits(**LIMITS, exam_date=exam))) == ["late"]
    assert build_queue([late], TODAY, DAILY) == []


def test_bad_input_is_reported() -> None:
    with pytest.raises(ValueError, match="twice"):
        build_queue([new("a", 0), new("a", 1)], TODAY, DAILY)
    with pytest.raises(ValueError, match="no due date"):
        build_queue([QueueEntry("a", "x", None, False, False, 0, TODAY)], TODAY, DAILY)
    with pytest.raises(ValueError, match="≥ 0"):
        DailyLimits(new_limit=-1, review_limit=0)
    with pytest.raises(ValueError, match="≥ 0"):
        DailyLimits(new_limit=0, review_limit=0, reviews_done_today=-2)


# --- the spreading property -----------------------------------------------------------


def adjacent_pairs(excerpts: list[str], previous: str | None) -> int:
    sequence = [previous, *excerpts] if previous is not None else excerpts
    return sum(a == b for a, b in pairwise(sequence))


def avoidable(excerpts: list[str], previous: str | None) -> bool:
    return any(adjacent_pairs(list(order), previous) == 0 for order in set(permutations(excerpts)))


small_orders = st.lists(st.sampled_from("abcd"), max_size=7)


@given(small_orders, st.one_of(st.none(), st.sampled_from("abcd")))
def test_spreading_avoids_neighbours_whenever_any_order_does(
    excerpts: list[str], previous: str | None
) -> None:
    entries = [QueueEntry(f"{e}{i}", e, None, True, False, i) for i, e in enumerate(excerpts)]
    spread = spread_excerpts(entries, previous)
    assert sorted(ids(spread)) == sorted(ids(entries))  # a permutation
    if avoidable(excerpts, previous):
        assert adjacent_pairs([e.excerpt_id for e in spread], previous) == 0


@given(st.lists(st.sampled_from("abcdefgh"), max_size=60))
def test_spreading_keeps_the_order_of_each_excerpt_and_changes_nothing_needlessly(
    excerpts: list[str],
) -> None:
    entries = [QueueEntry(str(i), e, None, True, False, i) for i, e in enumerate(excerpts)]
    spread = spread_excerpts(entries)
    for excerpt in set(excerpts):
        mine = [int(e.card_id) for e in spread if e.excerpt_id == excerpt]
        assert mine == sorted(mine)
    if adjacent_pairs(excerpts, None) == 0:
        assert spread == entries


@given(st.lists(st.sampled_from("abcdefghij"), min_size=1, max_size=300))
def test_spreading_a_few_hundred_cards(excerpts: list[str]) -> None:
    entries = [QueueEntry(str(i), e, None, True, False, i) for i, e in enumerate(excerpts)]
    spread = spread_excerpts(entries)
    most = max(excerpts.count(e) for e in set(excerpts))
    if most <= (len(excerpts) + 1) // 2:  # the classic condition for a spread order
        assert adjacent_pairs([e.excerpt_id for e in spread], None) == 0


@given(small_orders, st.one_of(st.none(), st.sampled_from("abcd")))
def test_choosing_one_at_a_time_matches_spreading_the_whole_queue(
    excerpts: list[str], previous: str | None
) -> None:
    entries = [QueueEntry(f"{e}{i}", e, None, True, False, i) for i, e in enumerate(excerpts)]
    remaining, chosen, last = list(entries), [], previous
    while remaining:
        entry = remaining.pop(choose_next(remaining, last))
        chosen.append(entry)
        last = entry.excerpt_id
    assert chosen == spread_excerpts(entries, previous)


def test_choose_next_on_an_empty_queue_is_an_error() -> None:
    with pytest.raises(ValueError):
        choose_next([])

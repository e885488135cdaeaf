"""Tests for trainer.engine.study_queue: the in-memory session order kept up to date."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.queue import QueueEntry, choose_next, excerpt_counts
from trainer.core.scheduling.sm2_scheduler import schedule_of
from trainer.core.scheduling.state import CardState
from trainer.engine.results import Section
from trainer.engine.study_queue import StudyQueue

TODAY = date(2026, 3, 2)


def entry(number: int, excerpt: int, *, new: bool) -> QueueEntry:
    return QueueEntry(
        card_id=f"d:e{excerpt}:q{number}",
        excerpt_id=f"e{excerpt}",
        due=None if new else TODAY - timedelta(days=number % 3),
        is_new=new,
        drill=False,
        position=number,
    )


def fresh_copy(queue: StudyQueue) -> StudyQueue:
    return StudyQueue(
        TODAY, None, list(queue.reviews), list(queue.new), list(queue.drill), queue.done_today
    )


excerpts = st.integers(0, 4)
sessions = st.tuples(
    st.lists(excerpts, max_size=12),
    st.lists(excerpts, max_size=12),
    st.lists(st.tuples(st.integers(0, 40), st.booleans()), max_size=30),
)


@given(sessions)
def test_peeking_after_answers_matches_a_queue_built_afresh(
    session: tuple[list[int], list[int], list[tuple[int, bool]]],
) -> None:
    review_excerpts, new_excerpts, answers = session
    reviews = [entry(n, e, new=False) for n, e in enumerate(review_excerpts)]
    new = [entry(100 + n, e, new=True) for n, e in enumerate(new_excerpts)]
    queue = StudyQueue(TODAY, None, reviews, new)
    previous = None
    for pick, fails in answers:
        expected = fresh_copy(queue).peek(previous)
        assert queue.peek(previous) == expected
        if expected is None:
            break
        ordered = queue.ordered()
        _, answered = ordered[pick % len(ordered)]
        state = schedule_of(CardState(due=TODAY, last_review=TODAY, drill=fails, reviews=1))
        queue.answered(answered.card_id, answered.excerpt_id, answered.position, state)
        previous = answered.excerpt_id
    assert queue.peek(previous) == fresh_copy(queue).peek(previous)


def test_a_failed_card_comes_back_at_the_end_of_the_drill() -> None:
    queue = StudyQueue(TODAY, None, [entry(1, 1, new=False)], [entry(2, 2, new=True)])
    assert queue.peek(None) == (Section.REVIEW, queue.reviews[0])
    failed = schedule_of(CardState(due=TODAY, last_review=TODAY, drill=True, reviews=1))
    queue.answered("d:e1:q1", "e1", 1, failed)
    section, next_entry = queue.peek("e1") or (None, None)
    assert (section, next_entry) == (Section.NEW, queue.new[0])
    queue.answered(
        "d:e2:q2", "e2", 2, schedule_of(CardState(due=TODAY, last_review=TODAY, reviews=1))
    )
    assert queue.peek("e2") == (Section.DRILL, queue.drill[0])
    assert queue.drill[0].card_id == "d:e1:q1" and len(queue) == 1


def test_counts_given_to_choose_next_give_the_same_choice() -> None:
    entries = [entry(n, e, new=False) for n, e in enumerate([1, 1, 1, 2, 3, 1])]
    for previous in (None, "e1", "e2"):
        counts = excerpt_counts(entries)
        assert counts == Counter(e.excerpt_id for e in entries)
        assert choose_next(entries, previous, counts=counts) == choose_next(entries, previous)

"""Tests for trainer.store.stats against the hand-computed history in conftest."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, ef_of
from trainer.store import (
    StateCounts,
    answers_per_day,
    cards_by_state,
    due_forecast,
    hardest_cards,
    retention_per_day,
)

# The days of the `history` fixture in conftest.
D0, D1, D2 = date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)


def days(offset: int) -> date:
    return D0 + timedelta(days=offset)


def test_answers_per_day_count_every_effective_answer(history: sqlite3.Connection) -> None:
    assert answers_per_day(history) == {D0: 4, D1: 5, D2: 1}
    assert answers_per_day(history, deck_id="s") == {D0: 4, D1: 4, D2: 1}
    assert answers_per_day(history, deck_id="t") == {D1: 1}
    assert answers_per_day(history, start=D1) == {D1: 5, D2: 1}
    assert answers_per_day(history, end=D0) == {D0: 4}


def test_retention_counts_only_reviews_of_seen_cards(history: sqlite3.Connection) -> None:
    retention = retention_per_day(history)
    assert list(retention) == [D1, D2]
    assert (retention[D1].reviews, retention[D1].passed) == (3, 2)
    assert retention[D1].share == pytest.approx(2 / 3)
    assert (retention[D2].reviews, retention[D2].passed) == (1, 1)
    assert retention_per_day(history, deck_id="t") == {}
    assert list(retention_per_day(history, start=D2)) == [D2]


def test_cards_by_state(history: sqlite3.Connection) -> None:
    expected = StateCounts(new=1, learning=1, young=3, mature=1, suspended=1, retired=1)
    assert cards_by_state(history, deck_id="s") == expected
    assert cards_by_state(history).learning == 2
    assert cards_by_state(history).total == 9


def test_due_forecast_puts_overdue_cards_on_today(history: sqlite3.Connection) -> None:
    forecast = due_forecast(history, D2, days=7, deck_id="s")
    assert forecast == {
        days(2): 1,
        days(3): 1,
        days(4): 0,
        days(5): 0,
        days(6): 0,
        days(7): 2,
        days(8): 0,
    }
    assert due_forecast(history, D2, days=7)[D2] == 2
    assert len(due_forecast(history, D2)) == 30
    with pytest.raises(ValueError, match="at least 1"):
        due_forecast(history, D2, days=0)


def test_hardest_cards_follow_their_schedulers_hardness(history: sqlite3.Connection) -> None:
    hardest = hardest_cards(history, limit=3, deck_id="s")
    # s:x:q8 has 3 lapses and EF 2.1; s:x:q7 the lowest EF, 1.9; then s:x:q3 at 2.36.
    assert [card.card_id for card in hardest] == ["s:x:q8", "s:x:q7", "s:x:q3"]
    assert [ef_of(card.schedule) for card in hardest] == [2.1, 1.9, 2.36]
    assert [card.hardness for card in hardest] == [
        SM2_SCHEDULER.hardness(card.schedule) for card in hardest
    ]
    assert hardest[0].lapses == 3
    assert hardest[1].prompt == "Question q7 about x?"
    every = [card.card_id for card in hardest_cards(history, limit=10)]
    # t:y:q1 failed its only answer: harder than any card that passed its last one.
    assert every == ["t:y:q1", "s:x:q8", "s:x:q7", "s:x:q3", "s:x:q1", "s:x:q2"]


@pytest.mark.parametrize("deck_id", [None, "s"])
def test_hardest_cards_walk_the_hardness_index_instead_of_sorting_every_card(
    history: sqlite3.Connection, deck_id: str | None
) -> None:
    statements: list[str] = []
    history.set_trace_callback(statements.append)
    hardest_cards(history, limit=3, deck_id=deck_id)
    history.set_trace_callback(None)
    ranking = [s for s in statements if "ORDER BY hardness DESC" in s]
    # One indexed walk per deck (two decks in the history), and no sort.
    assert len(ranking) == (1 if deck_id else 2)
    for sql in ranking:
        plan = [str(row[3]) for row in history.execute("EXPLAIN QUERY PLAN " + sql)]
        assert plan == ["SEARCH cards USING INDEX cards_hardest (deck_id=?)"], plan

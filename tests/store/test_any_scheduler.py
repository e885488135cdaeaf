"""The store keeps any registered scheduler's schedules: nothing in it is SM-2's alone.

A Leitner-box scheduler (tests/support/leitner.py) is registered for these tests only;
cards kept by it and by SM-2 live side by side in one collection.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from tests.store.conftest import Kit
from tests.support.leitner import LEITNER, Box
from trainer.core.scheduling import registry
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.core.scheduling.stages import Stage, stage_of
from trainer.core.scheduling.state import Quality
from trainer.interop.log_export import export_row
from trainer.store import (
    StaleStateError,
    apply_import,
    cards_by_state,
    get_card,
    hardest_cards,
    iter_log,
    record_answer,
    undo_last,
)
from trainer.store.log import card_log, replay_answers
from trainer.store.reviews import replace_schedule


@pytest.fixture
def mixed(
    conn: sqlite3.Connection, kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> sqlite3.Connection:
    """Deck `box` kept by the Leitner scheduler, deck `sm2` by SM-2."""
    monkeypatch.setitem(registry.SCHEDULERS, LEITNER.name, LEITNER)
    now = kit.moment(kit.day0)
    paths = ["a:q1", "a:q2", "b:q1", "b:q2"]
    apply_import(conn, kit.make_deck("box", paths), "box.yaml", now, initial=LEITNER.initial())
    apply_import(conn, kit.make_deck("sm2", paths), "sm2.yaml", now)
    return conn


def answer(conn: sqlite3.Connection, kit: Kit, card_id: str, grade: int, days: int) -> int:
    day = kit.day0 + timedelta(days=days)
    schedule = get_card(conn, card_id).schedule
    scheduler = registry.scheduler_named(schedule.scheduler)
    _, record = scheduler.review(schedule, grade, day, at=kit.moment(day))
    return record_answer(conn, card_id, record, reviewed_at=kit.moment(day))


def test_each_card_keeps_its_own_schedulers_schedule(mixed: sqlite3.Connection, kit: Kit) -> None:
    assert get_card(mixed, "box:a:q1").schedule == LEITNER.initial()
    assert get_card(mixed, "sm2:a:q1").schedule == SM2_SCHEDULER.initial()
    for days, grade in enumerate([5, 4, 1, 5]):
        answer(mixed, kit, "box:a:q1", grade, days * 3)
        answer(mixed, kit, "sm2:a:q1", grade, days * 3)
    boxed = get_card(mixed, "box:a:q1").schedule
    assert boxed.memory == Box(1) and boxed.interval == 2 and boxed.lapses == 1
    for card_id in ("box:a:q1", "sm2:a:q1"):
        stored = get_card(mixed, card_id).schedule
        scheduler = registry.scheduler_named(stored.scheduler)
        assert scheduler.replay(replay_answers(card_log(mixed, card_id))) == stored


def test_undo_and_the_stale_guard_work_on_any_memory(mixed: sqlite3.Connection, kit: Kit) -> None:
    answer(mixed, kit, "box:a:q2", 5, 0)
    seen = get_card(mixed, "box:a:q2").schedule
    answer(mixed, kit, "box:a:q2", 5, 2)
    undone = undo_last(mixed, undone_at=kit.moment(kit.day0), day=kit.day0)
    assert undone is not None and undone.restored == seen == get_card(mixed, "box:a:q2").schedule
    answer(mixed, kit, "box:a:q2", 5, 2)
    day = kit.day0 + timedelta(days=3)
    _, stale = LEITNER.review(seen, Quality.PERFECT, day, at=kit.moment(day))
    with pytest.raises(StaleStateError):
        record_answer(mixed, "box:a:q2", stale, reviewed_at=kit.moment(day))


def test_the_log_and_its_export_carry_the_scheduler_and_its_memory(
    mixed: sqlite3.Connection, kit: Kit
) -> None:
    answer(mixed, kit, "box:b:q1", 4, 0)
    [entry] = iter_log(mixed)
    row = export_row(entry)
    assert (row["scheduler"], row["memory_before"], row["memory_after"]) == (
        "leitner",
        '{"box":0}',
        '{"box":1}',
    )
    # SM-2's columns stay empty for a row SM-2 did not write.
    assert row["ef_before"] is row["ef_after"] is row["repetitions_after"] is None
    assert (row["interval_after"], row["due_after"]) == (2, "2025-03-03")


def test_statistics_use_each_schedulers_own_stage_and_hardness(
    mixed: sqlite3.Connection, kit: Kit
) -> None:
    for days in range(4):
        answer(mixed, kit, "box:a:q1", 5, days * 20)  # box 4: learned, 16 days
    answer(mixed, kit, "box:b:q2", 5, 0)  # box 1: still learning
    answer(mixed, kit, "sm2:a:q1", 0, 0)  # failed: learning, SM-2's hardest
    answer(mixed, kit, "sm2:b:q1", 5, 0)
    answer(mixed, kit, "sm2:b:q1", 5, 1)  # two passes: young
    counts = cards_by_state(mixed)
    assert (counts.new, counts.learning, counts.young, counts.mature) == (4, 2, 2, 0)
    assert stage_of(get_card(mixed, "box:a:q1").schedule) is Stage.YOUNG
    hardest = hardest_cards(mixed, limit=10)
    values = [card.hardness for card in hardest]
    assert values == sorted(values, reverse=True)
    assert values == [
        registry.scheduler_named(card.schedule.scheduler).hardness(card.schedule)
        for card in hardest
    ]
    assert hardest[0].card_id == "box:b:q2"  # box 1 of 5: 0.8, above SM-2's failed 0.66
    assert [card.card_id for card in hardest_cards(mixed, deck_id="box")] == [
        "box:b:q2",
        "box:a:q1",
    ]


def test_a_card_switches_schedulers_by_replaying_its_log_and_back(
    mixed: sqlite3.Connection, kit: Kit
) -> None:
    card = "sm2:a:q2"
    for days, grade in enumerate([5, 5, 2, 4, 5]):
        answer(mixed, kit, card, grade, days * 4)
    as_sm2 = get_card(mixed, card).schedule
    answers = replay_answers(card_log(mixed, card))
    boxed = LEITNER.replay(answers)
    replace_schedule(mixed, card, as_sm2, boxed)
    assert get_card(mixed, card).schedule == boxed
    assert (boxed.reviews, boxed.lapses) == (as_sm2.reviews, as_sm2.lapses)
    # Answered under its new scheduler, it replays under it; switching back restores
    # SM-2's schedule from the same log.
    answer(mixed, kit, card, 5, 30)
    now_boxed = get_card(mixed, card).schedule
    answers = replay_answers(card_log(mixed, card))
    assert LEITNER.replay(answers) == now_boxed
    back = SM2_SCHEDULER.replay(answers)
    replace_schedule(mixed, card, now_boxed, back)
    assert get_card(mixed, card).schedule == back
    assert SM2_SCHEDULER.replay(answers[:-1]) == as_sm2
    with pytest.raises(StaleStateError):
        replace_schedule(mixed, card, now_boxed, boxed)  # it is SM-2's again

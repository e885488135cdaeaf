"""SM-2 behind the Scheduler protocol: exactly the published algorithm, its memory as JSON,
its hardness and its learning stage."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling import sm2
from trainer.core.scheduling.registry import (
    DEFAULT_SCHEDULER,
    UnknownSchedulerError,
    default_scheduler,
    scheduler_named,
    scheduler_names,
)
from trainer.core.scheduling.schedule import ReplayAnswer, Schedule, check_moment
from trainer.core.scheduling.sm2_scheduler import (
    SM2,
    SM2_SCHEDULER,
    SM2Memory,
    card_state,
    ef_of,
    schedule_of,
    sm2_memory,
)
from trainer.core.scheduling.state import CardState, Quality

START = date(2024, 1, 1)
answers = st.lists(
    st.tuples(st.integers(0, 5), st.one_of(st.integers(1, 60), st.just(0), st.just(-2))),
    max_size=30,
)


def at(day: date) -> datetime:
    return datetime.combine(day, time(9), UTC)


def run(steps: list[tuple[int, int]]) -> list[tuple[int, date]]:
    day, out = START, []
    for quality, gap in steps:
        day += timedelta(days=gap)
        out.append((quality, day))
    return out


def answered(*grades: int) -> Schedule:
    """A new card answered once a day with these grades."""
    schedule = SM2_SCHEDULER.initial()
    for offset, grade in enumerate(grades):
        day = START + timedelta(days=offset * 30)
        schedule, _ = SM2_SCHEDULER.review(schedule, grade, day, at=at(day))
    return schedule


def test_a_new_card_is_sm2s_initial_schedule() -> None:
    new = SM2_SCHEDULER.initial()
    assert new == Schedule(scheduler="sm2", memory=SM2Memory(ef=2.5, repetitions=0))
    assert new.is_new and new.due is None and new.interval == 0
    assert card_state(new) == CardState()


@given(answers)
def test_the_scheduler_is_exactly_the_published_algorithm(steps: list[tuple[int, int]]) -> None:
    state, schedule = CardState(), SM2_SCHEDULER.initial()
    for quality, day in run(steps):
        state, log = sm2.review_card(state, quality, day)
        before = schedule
        schedule, record = SM2_SCHEDULER.review(schedule, quality, day, at=at(day))
        assert schedule == schedule_of(state) and card_state(schedule) == state
        assert (record.day, record.grade, record.drill) == (day, Quality(quality), log.drill)
        assert (record.before, record.after) == (before, schedule)
    replayed = SM2_SCHEDULER.replay(
        ReplayAnswer(Quality(q), day, at(day), None) for q, day in run(steps)
    )
    assert replayed == schedule


def test_replay_takes_the_due_days_exam_mode_recorded() -> None:
    first = ReplayAnswer(Quality.PERFECT, START, at(START))
    moved = ReplayAnswer(Quality.PERFECT, START + timedelta(1), at(START), START + timedelta(4))
    schedule = SM2_SCHEDULER.replay([first, moved])
    assert (schedule.interval, schedule.due) == (6, START + timedelta(4))
    too_late = replace(moved, recorded_due=START + timedelta(30))
    with pytest.raises(ValueError, match="only an earlier date"):
        SM2_SCHEDULER.replay([first, too_late])


def test_the_moment_must_be_aware_and_the_schedule_sm2s() -> None:
    new = SM2_SCHEDULER.initial()
    with pytest.raises(ValueError, match="time zone"):
        SM2_SCHEDULER.review(new, 4, START, at=datetime(2024, 1, 1, 9))
    with pytest.raises(TypeError):
        check_moment(START)  # type: ignore[arg-type]
    other = replace(new, scheduler="fsrs")
    with pytest.raises(ValueError, match="kept by 'fsrs'"):
        SM2_SCHEDULER.review(other, 4, START, at=at(START))
    with pytest.raises(ValueError, match="not an SM-2 memory"):
        SM2_SCHEDULER.review(replace(new, memory=("ef", 2.5)), 4, START, at=at(START))
    with pytest.raises(ValueError, match="0 to 5"):
        SM2_SCHEDULER.review(new, 6, START, at=at(START))


def test_the_memory_as_json_is_compact_and_canonical() -> None:
    assert SM2_SCHEDULER.memory_to_json(SM2Memory()) == '{"ef":2.5,"repetitions":0}'
    assert SM2_SCHEDULER.memory_to_json(SM2Memory(2.36, 3)) == '{"ef":2.36,"repetitions":3}'
    spaced = '{ "repetitions": 3, "ef": 2.36 }'
    assert SM2_SCHEDULER.memory_from_json(spaced) == SM2Memory(2.36, 3)
    assert SM2_SCHEDULER.memory_from_json('{"ef":3,"repetitions":0}') == SM2Memory(3.0, 0)


@given(st.integers(130, 1000), st.integers(0, 10_000))
def test_memory_json_round_trips_exactly(hundredths: int, repetitions: int) -> None:
    memory = SM2Memory(ef=hundredths / 100, repetitions=repetitions)
    text = SM2_SCHEDULER.memory_to_json(memory)
    assert SM2_SCHEDULER.memory_from_json(text) == memory
    assert SM2_SCHEDULER.memory_to_json(SM2_SCHEDULER.memory_from_json(text)) == text
    assert json.loads(text) == {"ef": memory.ef, "repetitions": repetitions}


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"ef":2.5}',
        '{"ef":2.5,"repetitions":0,"extra":1}',
        '{"ef":"2.5","repetitions":0}',
        '{"ef":true,"repetitions":0}',
        '{"ef":NaN,"repetitions":0}',
        '{"ef":1.2,"repetitions":0}',
        '{"ef":2.5,"repetitions":-1}',
        '{"ef":2.5,"repetitions":1.0}',
        '{"ef":2.5,"repetitions":false}',
    ],
)
def test_a_memory_sm2_did_not_write_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        SM2_SCHEDULER.memory_from_json(text)


def test_a_blackout_is_harder_than_a_pass_with_difficulty() -> None:
    blackout, difficult = answered(0), answered(3)
    assert ef_of(blackout) == 2.5 and ef_of(difficult) == 2.36
    assert SM2_SCHEDULER.hardness(blackout) > SM2_SCHEDULER.hardness(difficult)
    # Even a card at the E-Factor floor with many lapses, passed last time, ranks below.
    worn = Schedule(
        scheduler=SM2,
        memory=SM2Memory(ef=1.3, repetitions=1),
        due=START,
        last_review=START,
        interval=1,
        lapses=50,
        reviews=120,
    )
    assert SM2_SCHEDULER.hardness(blackout) > SM2_SCHEDULER.hardness(worn)


@given(answers)
def test_hardness_is_between_0_and_1_and_a_failed_last_answer_ranks_above_any_pass(
    steps: list[tuple[int, int]],
) -> None:
    schedule = SM2_SCHEDULER.initial()
    for quality, day in run(steps):
        schedule, _ = SM2_SCHEDULER.review(schedule, quality, day, at=at(day))
    hardness = SM2_SCHEDULER.hardness(schedule)
    assert 0 <= hardness <= 1 and math.isfinite(hardness)
    failed_last = not schedule.is_new and sm2_memory(schedule).repetitions == 0
    assert (hardness >= 0.5) == failed_last


@given(st.integers(130, 400), st.integers(130, 400), st.integers(0, 30), st.integers(0, 30))
def test_hardness_grows_as_the_ef_falls_and_the_lapses_rise(
    ef1: int, ef2: int, lapses1: int, lapses2: int
) -> None:
    def card(hundredths: int, lapses: int) -> Schedule:
        return Schedule(
            scheduler=SM2,
            memory=SM2Memory(ef=hundredths / 100, repetitions=3),
            due=START,
            last_review=START,
            interval=10,
            lapses=lapses,
        )

    if ef1 <= ef2 and lapses1 >= lapses2:
        assert SM2_SCHEDULER.hardness(card(ef1, lapses1)) >= SM2_SCHEDULER.hardness(
            card(ef2, lapses2)
        )


def test_learning_lasts_until_two_passes_in_a_row() -> None:
    assert not SM2_SCHEDULER.is_learning(SM2_SCHEDULER.initial())
    assert SM2_SCHEDULER.is_learning(answered(5))
    assert not SM2_SCHEDULER.is_learning(answered(5, 4))
    assert SM2_SCHEDULER.is_learning(answered(5, 4, 1))  # relearning after a lapse
    assert SM2_SCHEDULER.is_learning(answered(2))


def test_the_memory_is_described_for_people() -> None:
    assert SM2_SCHEDULER.describe(SM2Memory(2.36, 2)) == (("EF", "2.36"), ("repetitions", "2"))
    assert ef_of(answered(3)) == 2.36
    assert ef_of(replace(answered(3), scheduler="fsrs")) is None


def test_the_registry_names_sm2_and_refuses_unknown_names() -> None:
    assert DEFAULT_SCHEDULER == SM2 == SM2_SCHEDULER.name
    assert scheduler_named("sm2") is SM2_SCHEDULER is default_scheduler()
    assert set(scheduler_names()) == {"sm2", "fsrs"}
    with pytest.raises(
        UnknownSchedulerError, match=r"unknown scheduler 'anki' \(known: fsrs, sm2\)"
    ):
        scheduler_named("anki")


DOC = Path(__file__).resolve().parents[3] / "docs" / "scheduling.md"


def test_the_docs_show_sm2s_memory_and_hardness_as_the_code_writes_them() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## The scheduler seam") : text.index("## Learning days")]
    [block] = re.findall(r"```json\n(.*?)\n```", section, re.S)
    assert block == SM2_SCHEDULER.memory_to_json(SM2_SCHEDULER.initial().memory)
    two = SM2_SCHEDULER.memory_to_json(answered_daily(5, 3).memory)
    assert f"after answers 5 and 3 on days 0 and 1 it is `{two}`" in " ".join(section.split())
    assert f"gives {SM2_SCHEDULER.hardness(answered(0)):.3f}" in section
    assert f"gives {SM2_SCHEDULER.hardness(answered(3)):.3f}" in section


def answered_daily(*grades: int) -> Schedule:
    """A new card answered on days 0, 1, 2 … with these grades."""
    schedule = SM2_SCHEDULER.initial()
    for offset, grade in enumerate(grades):
        day = START + timedelta(days=offset)
        schedule, _ = SM2_SCHEDULER.review(schedule, grade, day, at=at(day))
    return schedule

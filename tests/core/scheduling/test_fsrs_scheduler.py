"""FSRS-6 behind the Scheduler protocol: the package's own numbers, trainer's day model."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import fsrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.scheduling.fsrs_scheduler import (
    FSRS_SCHEDULER,
    FSRSMemory,
    FSRSScheduler,
    rating_of,
)
from trainer.core.scheduling.fsrs_settings import FSRS
from trainer.core.scheduling.registry import configured_scheduler, scheduler_named
from trainer.core.scheduling.schedule import ReplayAnswer, Schedule
from trainer.core.scheduling.stages import Stage, stage_of
from trainer.core.scheduling.state import Quality

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
Answer = tuple[int, float]  # a grade and the hours since the previous answer


def package_reference(answers: list[Answer], retention: float = 0.9) -> list[int]:
    """The intervals the fsrs package's own Scheduler gives, with the same set-up trainer
    documents (no learning steps, no fuzz), feeding it only counted answers."""
    package = fsrs.Scheduler(
        desired_retention=retention, learning_steps=(), relearning_steps=(), enable_fuzzing=False
    )
    card = fsrs.Card(card_id=1)
    moment, last_day, intervals = START, None, []
    for grade, hours in answers:
        moment += timedelta(hours=hours)
        if last_day is not None and moment.date() <= last_day:
            continue  # a same-day drill: not fed to FSRS
        rating = [fsrs.Rating.Again] * 3 + [fsrs.Rating.Hard, fsrs.Rating.Good, fsrs.Rating.Easy]
        card, _ = package.review_card(card, rating[grade], review_datetime=moment)
        intervals.append((card.due - moment).days)
        last_day = moment.date()
    return intervals


def ours(answers: list[Answer], scheduler: FSRSScheduler = FSRS_SCHEDULER) -> list[int]:
    """Our intervals for the same answers (days are UTC dates here), memory stored as JSON
    and read back between answers, as the collection does."""
    schedule, moment, intervals = scheduler.initial(), START, []
    for grade, hours in answers:
        moment += timedelta(hours=hours)
        schedule, record = scheduler.review(schedule, grade, moment.date(), at=moment)
        text = scheduler.memory_to_json(schedule.memory)
        assert scheduler.memory_from_json(text) == schedule.memory
        if not record.drill:
            intervals.append(schedule.interval)
    return intervals


GRADE_SEQUENCES: list[list[Answer]] = [
    [(4, 0), (4, 48), (4, 24 * 11), (4, 24 * 32)],
    [(5, 0), (5, 24 * 8), (5, 24 * 40)],
    [(3, 0), (3, 24), (3, 24 * 3), (0, 24 * 5), (4, 24), (4, 24 * 4)],
    [(0, 0), (0, 24), (1, 24), (2, 24), (4, 24), (5, 24 * 3)],
    # Reviews long overdue, and early ones (exam mode brings cards forward).
    [(4, 0), (4, 24 * 30), (4, 24 * 2), (5, 24 * 200)],
]


@pytest.mark.parametrize("answers", GRADE_SEQUENCES)
def test_intervals_match_the_packages_own_scheduler(answers: list[Answer]) -> None:
    assert ours(answers) == package_reference(answers)


@pytest.mark.parametrize("retention", [0.7, 0.8, 0.95, 0.99])
def test_the_desired_retention_reaches_the_package(retention: float) -> None:
    answers = GRADE_SEQUENCES[0]
    scheduler = configured_scheduler(FSRS, desired_retention=retention)
    assert isinstance(scheduler, FSRSScheduler)
    assert ours(answers, scheduler) == package_reference(answers, retention)


@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.floats(0.5, 24 * 400, allow_nan=False)),
        min_size=1,
        max_size=12,
    )
)
def test_any_grade_sequence_matches_the_package(answers: list[Answer]) -> None:
    assert ours(answers) == package_reference(answers)


def test_grades_map_to_the_four_ratings() -> None:
    assert [rating_of(grade) for grade in range(6)] == [
        fsrs.Rating.Again,
        fsrs.Rating.Again,
        fsrs.Rating.Again,
        fsrs.Rating.Hard,
        fsrs.Rating.Good,
        fsrs.Rating.Easy,
    ]
    with pytest.raises(ValueError):
        rating_of(6)


def test_a_same_day_drill_changes_no_memory_and_keeps_the_drill_flag() -> None:
    first, _ = FSRS_SCHEDULER.review(FSRS_SCHEDULER.initial(), 1, START.date(), at=START)
    later = START + timedelta(hours=2)
    drilled, record = FSRS_SCHEDULER.review(first, 4, START.date(), at=later)
    assert record.drill and not drilled.drill
    assert (drilled.memory, drilled.due, drilled.interval) == (
        first.memory,
        first.due,
        first.interval,
    )
    assert drilled.reviews == 2


def test_elapsed_time_is_real_time_in_utc_whatever_the_zone() -> None:
    tokyo = timezone(timedelta(hours=9))
    first, _ = FSRS_SCHEDULER.review(FSRS_SCHEDULER.initial(), 4, date(2026, 3, 2), at=START)
    moment = START + timedelta(days=3)
    in_utc, _ = FSRS_SCHEDULER.review(first, 4, date(2026, 3, 5), at=moment)
    in_tokyo, _ = FSRS_SCHEDULER.review(first, 4, date(2026, 3, 5), at=moment.astimezone(tokyo))
    assert in_utc == in_tokyo
    assert json.loads(FSRS_SCHEDULER.memory_to_json(in_utc.memory))["reviewed_at"].endswith(
        "+00:00"
    )


def test_an_early_review_grows_stability_less_than_one_on_time() -> None:
    first, _ = FSRS_SCHEDULER.review(FSRS_SCHEDULER.initial(), 4, START.date(), at=START)
    assert first.due is not None
    second, _ = FSRS_SCHEDULER.review(first, 4, first.due, at=START + timedelta(days=2))
    on_time = START + timedelta(days=2 + second.interval)
    early = START + timedelta(days=4)
    grown, _ = FSRS_SCHEDULER.review(second, 4, on_time.date(), at=on_time)
    barely, _ = FSRS_SCHEDULER.review(second, 4, early.date(), at=early)
    assert barely.memory.stability < grown.memory.stability  # type: ignore[attr-defined]
    assert barely.interval < grown.interval


def test_a_clock_that_went_back_never_makes_elapsed_time_negative() -> None:
    first, _ = FSRS_SCHEDULER.review(FSRS_SCHEDULER.initial(), 4, START.date(), at=START)
    # The next learning day, but an earlier moment (a clock set back).
    back, record = FSRS_SCHEDULER.review(
        first, 4, START.date() + timedelta(days=1), at=START - timedelta(hours=5)
    )
    assert not record.drill and back.memory.reviewed_at == START  # type: ignore[attr-defined]


def test_replay_gives_the_schedule_the_answers_gave() -> None:
    schedule, moment, answers = FSRS_SCHEDULER.initial(), START, []
    for grade, hours in GRADE_SEQUENCES[2]:
        moment += timedelta(hours=hours)
        schedule, _ = FSRS_SCHEDULER.review(schedule, grade, moment.date(), at=moment)
        answers.append(ReplayAnswer(Quality(grade), moment.date(), moment, schedule.due))
    assert FSRS_SCHEDULER.replay(answers) == schedule


def test_replay_takes_a_due_day_brought_forward_and_refuses_one_pushed_back() -> None:
    answers = [ReplayAnswer(Quality(4), START.date(), START, START.date() + timedelta(days=1))]
    assert FSRS_SCHEDULER.replay(answers).due == START.date() + timedelta(days=1)
    later = [ReplayAnswer(Quality(4), START.date(), START, START.date() + timedelta(days=30))]
    with pytest.raises(ValueError, match="records due"):
        FSRS_SCHEDULER.replay(later)


def test_hardness_is_fsrs_difficulty_so_a_blackout_ranks_harder_than_a_pass() -> None:
    def after(*grades: int) -> Schedule:
        schedule, moment = FSRS_SCHEDULER.initial(), START
        for grade in grades:
            schedule, _ = FSRS_SCHEDULER.review(schedule, grade, moment.date(), at=moment)
            moment += timedelta(days=max(1, schedule.interval))
        return schedule

    blackout, difficult, easy = after(0), after(3), after(5)
    assert FSRS_SCHEDULER.hardness(blackout) > FSRS_SCHEDULER.hardness(difficult)
    assert FSRS_SCHEDULER.hardness(difficult) > FSRS_SCHEDULER.hardness(easy)
    assert FSRS_SCHEDULER.hardness(easy) >= 0 and FSRS_SCHEDULER.hardness(blackout) <= 1
    assert FSRS_SCHEDULER.hardness(FSRS_SCHEDULER.initial()) == 0
    assert stage_of(blackout) is Stage.LEARNING
    assert stage_of(after(5, 5, 5)) in (Stage.YOUNG, Stage.MATURE)
    assert after(4, 0).lapses == 1 and after(0, 0).lapses == 1 and after(0).lapses == 0


def test_the_registry_knows_fsrs() -> None:
    assert scheduler_named("fsrs") is FSRS_SCHEDULER
    assert configured_scheduler("fsrs", desired_retention=0.9) is FSRS_SCHEDULER
    with pytest.raises(ValueError, match="desired retention"):
        FSRSScheduler(1.5)


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        '{"stability":1}',
        '{"difficulty":null,"reviewed_at":null,"stability":2.0}',
        '{"difficulty":11,"reviewed_at":"2026-03-02T09:30:00.000000+00:00","stability":2.0}',
        '{"difficulty":5,"reviewed_at":"2026-03-02T09:30:00.000000+00:00","stability":0}',
        '{"difficulty":5,"reviewed_at":"2026-03-02T09:30:00","stability":2.0}',
        '{"difficulty":5,"reviewed_at":"2026-03-02T10:30:00.000000+01:00","stability":2.0}',
        '{"difficulty":true,"reviewed_at":"2026-03-02T09:30:00.000000+00:00","stability":2.0}',
    ],
)
def test_memory_json_refuses_what_fsrs_did_not_write(text: str) -> None:
    with pytest.raises(ValueError):
        FSRS_SCHEDULER.memory_from_json(text)


def test_memory_json_is_canonical() -> None:
    assert FSRS_SCHEDULER.memory_to_json(FSRSMemory()) == (
        '{"difficulty":null,"reviewed_at":null,"stability":null}'
    )
    memory = FSRSMemory(2.3065, 2.118103970459016, START)
    text = FSRS_SCHEDULER.memory_to_json(memory)
    assert text == (
        '{"difficulty":2.118103970459016,"reviewed_at":"2026-03-02T09:30:00.000000+00:00",'
        '"stability":2.3065}'
    )
    assert FSRS_SCHEDULER.memory_to_json(FSRS_SCHEDULER.memory_from_json(text)) == text
    assert dict(FSRS_SCHEDULER.describe(memory))["stability"] == "2.3 days"


DOC = Path(__file__).resolve().parents[3] / "docs" / "scheduling.md"


def doc_tables() -> list[list[list[str]]]:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## FSRS") : text.index("## Learning days")]
    tables: list[list[list[str]]] = []
    for block in re.findall(r"\| answer \|.*?\n\| ---.*?\n((?:\|.*\n)+)", section):
        tables.append(
            [[cell.strip() for cell in row.strip("|\n").split("|")] for row in block.splitlines()]
        )
    return tables


def test_the_docs_worked_sequences_are_what_the_code_computes() -> None:
    tables = doc_tables()
    assert len(tables) == 2
    for rows in tables:
        schedule, day0 = FSRS_SCHEDULER.initial(), datetime(2026, 1, 1, 9, tzinfo=UTC)
        for _, day, grade, stability, difficulty, interval, due in rows:
            moment = day0 + timedelta(days=int(day))
            schedule, _ = FSRS_SCHEDULER.review(schedule, int(grade), moment.date(), at=moment)
            memory = schedule.memory
            assert isinstance(memory, FSRSMemory)
            assert (f"{memory.stability:.2f}", f"{memory.difficulty:.2f}") == (
                stability,
                difficulty,
            )
            assert schedule.interval == int(interval)
            assert schedule.due == day0.date() + timedelta(days=int(due))

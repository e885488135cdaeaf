"""Choosing a deck's scheduler in the settings: FSRS beside SM-2, switching by replay."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.core.scheduling.fsrs_scheduler import FSRS_SCHEDULER, FSRSMemory
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, SM2Memory
from trainer.engine import Engine, Section
from trainer.paths import settings_path
from trainer.settings import Settings
from trainer.store.log import card_log
from trainer.store.switching import answers_for

DECK = deck_text("d", {f"e{i}": [(f"q{i}", f"A{i}")] for i in range(6)})
OTHER = deck_text("o", {"x": [("q", "A")]})


def write_settings(text: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def study_days(engine: Engine, clock: MovableClock, days: int, seed: int) -> None:
    """`days` learning days of study with random grades (drills answered until passed)."""
    rng = random.Random(seed)
    for _ in range(days):
        sitting = engine.session("d")
        while (study := sitting.next_card()) is not None:
            grade = 5 if study.section is Section.DRILL else rng.choice([0, 2, 3, 4, 4, 5])
            sitting.answer(study.card.id, grade)
        clock.advance(days=1, hours=rng.choice([-3, 0, 5]))


def schedules(engine: Engine) -> dict[str, Schedule]:
    return {entry.card.id: entry.schedule for entry in engine.cards("d")}


@pytest.fixture
def studied(
    home: Path, clock: MovableClock, write_deck: Callable[..., Path]
) -> dict[str, Schedule]:
    """Deck `d` studied for 20 days with SM-2: its cards' schedules."""
    with Engine.open(clock=clock) as engine:
        engine.import_deck(write_deck("d.yaml", DECK))
        engine.import_deck(write_deck("o.yaml", OTHER))
        study_days(engine, clock, 20, seed=1)
        return schedules(engine)


def test_sm2_to_fsrs_to_sm2_gives_back_the_same_sm2_state(
    studied: dict[str, Schedule], clock: MovableClock
) -> None:
    write_settings('[decks.d]\nscheduler = "fsrs"\n')
    with Engine.open(clock=clock) as engine:
        as_fsrs = schedules(engine)
        assert {s.scheduler for s in as_fsrs.values()} == {"fsrs"}
        assert all(isinstance(s.memory, FSRSMemory) for s in as_fsrs.values())
        # The generic counts come from the same log.
        assert [(s.reviews, s.last_review) for s in as_fsrs.values()] == [
            (s.reviews, s.last_review) for s in studied.values()
        ]
        assert {entry.schedule.scheduler for entry in engine.cards("o")} == {"sm2"}
    write_settings("")
    with Engine.open(clock=clock) as engine:
        assert schedules(engine) == studied


def test_answers_under_fsrs_are_logged_as_fsrs_and_replayed_by_sm2_on_the_way_back(
    studied: dict[str, Schedule], clock: MovableClock
) -> None:
    write_settings('scheduler = "fsrs"\ndesired_retention = 0.85\n')
    with Engine.open(clock=clock) as engine:
        study_days(engine, clock, 15, seed=2)
        log = [entry for card_id in studied for entry in card_log(engine._conn, card_id)]
        assert {entry.scheduler for entry in log} == {"sm2", "fsrs"}
        assert any(entry.scheduler == "fsrs" and not entry.drill for entry in log)
    write_settings('scheduler = "sm2"\n')
    with Engine.open(clock=clock) as engine:
        back = schedules(engine)
        for card_id, schedule in back.items():
            assert schedule.scheduler == "sm2"
            grades = [
                (entry.quality, entry.day)
                for entry in card_log(engine._conn, card_id)
                if entry.quality is not None
            ]
            expected = SM2_SCHEDULER.initial()
            for grade, day in grades:
                expected, _ = SM2_SCHEDULER.review(expected, grade, day, at=clock())
            assert schedule == expected
            assert isinstance(schedule.memory, SM2Memory)


def test_an_answer_to_a_card_still_kept_by_the_old_scheduler_switches_it_first(
    studied: dict[str, Schedule], clock: MovableClock
) -> None:
    with Engine.open(clock=clock, backup=False) as engine:
        # The settings changed while the engine was open: the choice is read per answer.
        engine._settings = Settings(engine.policy, {"d": {"scheduler": "fsrs"}})
        sitting = engine.session("d")
        study = sitting.next_card()
        assert study is not None
        earlier = card_log(engine._conn, study.card.id)
        outcome = sitting.answer(study.card.id, 4)
        assert outcome.before.scheduler == outcome.after.scheduler == "fsrs"
        assert outcome.before == FSRS_SCHEDULER.replay(answers_for("fsrs", earlier))
        assert card_log(engine._conn, study.card.id)[-1].scheduler == "fsrs"


def test_hardest_cards_follow_fsrs_difficulty_in_an_fsrs_deck(
    home: Path, clock: MovableClock, write_deck: Callable[..., Path]
) -> None:
    write_settings('[decks.d]\nscheduler = "fsrs"\n')
    grades = {"d:e0:q0": 5, "d:e1:q1": 0, "d:e2:q2": 3, "d:e3:q3": 4}
    with Engine.open(clock=clock, backup=False) as engine:
        engine.import_deck(write_deck("d.yaml", DECK))
        sitting = engine.session("d")
        while (study := sitting.next_card()) is not None:
            if study.section is Section.DRILL:
                sitting.answer(study.card.id, 5)
            else:
                sitting.answer(study.card.id, grades.get(study.card.id, 4))
        hardest = engine.statistics("d").hardest
        assert [card.card_id for card in hardest[:2]] == ["d:e1:q1", "d:e2:q2"]
        assert hardest[-1].card_id == "d:e0:q0"
        assert {card.schedule.scheduler for card in hardest} == {"fsrs"}

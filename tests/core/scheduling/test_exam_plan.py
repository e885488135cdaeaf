"""Exam mode's plan: coverage, even load, today's share, and early reviews that change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.scheduling.exam import exam_review
from trainer.core.scheduling.exam_plan import (
    EVEN_LOAD,
    EXAM_HORIZON_DAYS,
    PlanCard,
    expected_failure_rate,
    plan_exam,
    plan_json,
)
from trainer.core.scheduling.fsrs_scheduler import FSRS_SCHEDULER
from trainer.core.scheduling.schedule import ReplayAnswer, Schedule
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.core.scheduling.state import Quality

TODAY = date(2026, 3, 2)


def reviewed(scheduler: Scheduler, *days_ago: int) -> Schedule:
    """A card answered 4 on each of these days before today, oldest first."""
    schedule = scheduler.initial()
    for ago in days_ago:
        day = TODAY - timedelta(days=ago)
        moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
        schedule, _ = scheduler.review(schedule, 4, day, at=moment)
    return schedule


def new_cards(scheduler: Scheduler, count: int) -> list[PlanCard]:
    return [PlanCard(f"c{i}", i, scheduler.initial()) for i in range(count)]


@pytest.mark.parametrize("scheduler", [SM2_SCHEDULER, FSRS_SCHEDULER], ids=["sm2", "fsrs"])
def test_the_issues_case_covers_every_card_with_an_even_load(scheduler: Scheduler) -> None:
    exam = TODAY + timedelta(days=15)
    plan = plan_exam(
        new_cards(scheduler, 101),
        today=TODAY,
        exam_date=exam,
        final_days=3,
        scheduler=scheduler,
        failure_rate=0.1,
    )
    assert plan.days_left == 15 and [d.day for d in plan.days][-1] == exam - timedelta(days=1)
    introduced = [card for day in plan.days for card in day.new]
    assert sorted(introduced) == sorted(f"c{i}" for i in range(101))  # each exactly once
    assert plan.peak <= EVEN_LOAD * plan.mean
    for day in plan.days:  # a card at most once a day
        assert len({*day.new, *day.reviews}) == len(day.new) + len(day.reviews)


@settings(max_examples=40, deadline=None)
@given(
    new=st.integers(0, 80),
    due_days=st.lists(st.integers(-5, 40), max_size=60),
    days=st.integers(1, 30),
    done=st.integers(0, 10),
)
def test_every_card_finds_its_place_before_the_exam(
    new: int, due_days: list[int], days: int, done: int
) -> None:
    cards = new_cards(SM2_SCHEDULER, new)
    for index, offset in enumerate(due_days):
        schedule = reviewed(SM2_SCHEDULER, 30)
        due = TODAY + timedelta(days=offset)
        cards.append(
            PlanCard(
                f"r{index}",
                1000 + index,
                Schedule(
                    scheduler="sm2",
                    memory=schedule.memory,
                    due=due,
                    last_review=TODAY - timedelta(days=30),
                    interval=30 + offset,
                    reviews=1,
                ),
            )
        )
    exam = TODAY + timedelta(days=days)
    plan = plan_exam(
        cards, today=TODAY, exam_date=exam, final_days=3, scheduler=SM2_SCHEDULER, done_today=done
    )
    planned = {card for day in plan.days for card in (*day.new, *day.reviews)}
    assert {f"c{i}" for i in range(new)} <= planned  # every new card seen
    # Due before the exam, or brought forward: every reviewed card too.
    assert {f"r{index}" for index in range(len(due_days))} <= planned
    assert plan.days[0].done == done


def test_a_card_settled_in_the_final_days_or_by_an_exam_review_needs_nothing() -> None:
    exam = TODAY + timedelta(days=10)
    late = Schedule(
        scheduler="sm2",
        memory=reviewed(SM2_SCHEDULER, 40).memory,
        due=exam + timedelta(days=5),
        last_review=TODAY - timedelta(days=40),
        interval=55,
        reviews=1,
    )
    cards = [
        PlanCard("forward", 0, late, TODAY - timedelta(days=40), False),
        PlanCard("seen-for-exam", 1, late, TODAY - timedelta(days=1), True),
    ]
    plan = plan_exam(cards, today=TODAY, exam_date=exam, final_days=3, scheduler=SM2_SCHEDULER)
    planned = [card for day in plan.days for card in day.reviews]
    assert planned == ["forward"]


def test_limits_are_raised_to_the_plan_with_a_notice_never_lowered() -> None:
    exam = TODAY + timedelta(days=15)
    plan = plan_exam(
        new_cards(SM2_SCHEDULER, 101),
        today=TODAY,
        exam_date=exam,
        final_days=3,
        scheduler=SM2_SCHEDULER,
    )
    new_limit, review_limit = plan.limits(10, 10)
    assert new_limit == plan.new_per_day > 10 and review_limit > 10
    notice = plan.limits_notice(10, 10)
    assert notice is not None and f"new cards a day from 10 to {new_limit}" in notice
    assert plan.limits(500, 500) == (500, 500) and plan.limits_notice(500, 500) is None


def test_the_json_shape_is_the_issues() -> None:
    exam = TODAY + timedelta(days=2)
    plan = plan_exam(
        new_cards(SM2_SCHEDULER, 3),
        today=TODAY,
        exam_date=exam,
        final_days=1,
        scheduler=SM2_SCHEDULER,
        done_today=2,
        new_seen_today=1,
    )
    data = plan_json(plan, "d")
    assert data["deck"] == "d" and data["exam"] == "2026-03-04"
    days = data["days"]
    assert isinstance(days, list) and [day["date"] for day in days] == ["2026-03-02", "2026-03-03"]
    assert sum(day["new"] for day in days) == 4  # the one seen today counts
    assert all(set(day) == {"date", "new", "reviews"} for day in days)


def test_once_the_exam_has_come_there_is_no_plan() -> None:
    plan = plan_exam(
        new_cards(SM2_SCHEDULER, 3),
        today=TODAY,
        exam_date=TODAY,
        final_days=3,
        scheduler=SM2_SCHEDULER,
    )
    assert plan.is_over and plan.days == () and plan.peak == 0


def test_the_failure_rate_starts_at_one_in_ten_and_follows_the_log() -> None:
    assert expected_failure_rate(0, 0) == pytest.approx(0.1)
    assert expected_failure_rate(1000, 300) == pytest.approx(302 / 1020)
    with pytest.raises(ValueError):
        plan_exam(
            [],
            today=TODAY,
            exam_date=TODAY + timedelta(days=1),
            final_days=1,
            scheduler=SM2_SCHEDULER,
            failure_rate=1.0,
        )


def test_an_early_sm2_review_changes_no_state_and_replays_so() -> None:
    schedule = reviewed(SM2_SCHEDULER, 20, 19, 13)  # intervals 1, 6, then 15: due in 2 days
    assert schedule.due == TODAY + timedelta(days=2)
    moment = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC)
    after, record, early = exam_review(SM2_SCHEDULER, schedule, 5, TODAY, at=moment)
    assert early and record.drill
    assert (after.memory, after.interval, after.due, after.last_review) == (
        schedule.memory,
        schedule.interval,
        schedule.due,
        schedule.last_review,
    )
    assert after.reviews == schedule.reviews + 1
    answers = [
        ReplayAnswer(Quality(4), TODAY - timedelta(days=ago), moment - timedelta(days=ago))
        for ago in (20, 19, 13)
    ]
    answers.append(ReplayAnswer(Quality(5), TODAY, moment, after.due, exam=True))
    assert SM2_SCHEDULER.replay(answers) == after
    # A due card is reviewed as usual, even in exam mode.
    due_day = TODAY + timedelta(days=2)
    counted, _, early = exam_review(SM2_SCHEDULER, schedule, 5, due_day, at=moment)
    assert not early and counted.interval > schedule.interval


def test_an_early_fsrs_review_counts_with_the_real_time_elapsed() -> None:
    schedule = reviewed(FSRS_SCHEDULER, 5, 3)
    assert schedule.due is not None and schedule.due > TODAY
    moment = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC)
    after, record, early = exam_review(FSRS_SCHEDULER, schedule, 4, TODAY, at=moment)
    on_time = datetime.combine(schedule.due, datetime.min.time(), tzinfo=UTC)
    later, _ = FSRS_SCHEDULER.review(schedule, 4, schedule.due, at=on_time)
    assert early and not record.drill
    assert after.memory.stability < later.memory.stability  # type: ignore[attr-defined]


def test_the_docs_worked_example_is_what_the_plan_gives() -> None:
    text = (Path(__file__).resolve().parents[3] / "docs" / "scheduling.md").read_text("utf-8")
    section = " ".join(text[text.index("## Exam mode") : text.index("## Evaluation")].split())
    plan = plan_exam(
        new_cards(SM2_SCHEDULER, 101),
        today=TODAY,
        exam_date=TODAY + timedelta(days=15),
        final_days=3,
        scheduler=SM2_SCHEDULER,
    )
    new = [len(day.new) for day in plan.days]
    assert new[:4] == [15, 11, 15, 11] and sum(new[:9]) == 101
    assert f"(busiest day {plan.peak}, mean {plan.mean:.1f})" in section
    assert "SM-2's plan introduces 15, 11, 15, 11, … new cards a day" in section


def test_an_exam_past_the_horizon_gets_no_plan() -> None:
    # A date stored before the horizon was enforced (9999-12-31) would overflow the
    # calendar, or take minutes to plan: no plan, no error.
    for exam in (date(9999, 12, 31), TODAY + timedelta(days=EXAM_HORIZON_DAYS + 1)):
        plan = plan_exam(
            new_cards(SM2_SCHEDULER, 5),
            today=TODAY,
            exam_date=exam,
            final_days=3,
            scheduler=SM2_SCHEDULER,
        )
        assert plan.days == ()

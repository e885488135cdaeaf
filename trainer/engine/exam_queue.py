"""Exam mode in the engine: a deck's day-by-day plan (core exam_plan) and today's queue from it.

Before a deck's exam day its queue is today's day of the plan, made again each time the
queue is built: the new cards and reviews the plan gives today, then the day's drill.
The daily limits are raised to the plan's rate (never capping it), and the notice saying
so is `exam_notice`. From the exam day on, the deck is scheduled as if there had been
no exam.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.queue import QueueEntry, QueueSections
from trainer.core.scheduling.registry import configured_scheduler
from trainer.store import CardStatus, DeckRecord, drill_slots
from trainer.store.exam_log import answered_on_day, failures, last_answers
from trainer.store.queries import iter_cards

if TYPE_CHECKING:
    from trainer.core.scheduling.exam_plan import ExamSchedule

# Drill cards are few (answered below 4 today); this only bounds a pathological day.
DRILL_LIMIT = 5000


def planned_exam(deck: DeckRecord, today: date) -> date | None:
    """The deck's exam date if it is one a plan is made for: None without one, and for
    one further ahead than EXAM_HORIZON_DAYS, which only a collection from before that
    limit was kept can hold (9999-12-31 overflowed the planner): it is studied as if it
    had no exam, until a new date or --clear."""
    exam = deck.exam_date
    if exam is None:
        return None
    # Imported only for a deck with an exam date (see exam_schedule).
    from trainer.core.scheduling.exam_plan import EXAM_HORIZON_DAYS

    return exam if (exam - today).days <= EXAM_HORIZON_DAYS else None


def preparing(deck: DeckRecord, today: date) -> bool:
    """True while a deck's exam is still ahead: its queue follows the plan."""
    exam = planned_exam(deck, today)
    return exam is not None and today < exam


def exam_schedule(
    conn: sqlite3.Connection, deck: DeckRecord, policy: Policy, today: date
) -> tuple[ExamSchedule, dict[str, QueueEntry]] | None:
    """The deck's plan from today to its exam, and a queue entry for every active card;
    None without an exam date, or with one past the horizon (see planned_exam)."""
    exam = planned_exam(deck, today)
    if exam is None:
        return None
    # Imported here: planning is for decks with an exam date, and most sittings have none
    # (it is a tenth of what the app imports before its first question).
    from trainer.core.scheduling.exam_plan import PlanCard, expected_failure_rate, plan_exam

    scheduler = configured_scheduler(policy.scheduler, desired_retention=policy.desired_retention)
    last = last_answers(conn, deck.id)
    cards: list[PlanCard] = []
    entries: dict[str, QueueEntry] = {}
    for entry in iter_cards(conn, deck_id=deck.id):
        if entry.status is not CardStatus.ACTIVE:
            continue
        card_id = entry.card.id
        answered, was_exam = last.get(card_id, (None, False))
        cards.append(PlanCard(card_id, entry.position, entry.schedule, answered, was_exam))
        entries[card_id] = QueueEntry.from_schedule(
            card_id, entry.card.excerpt_id, entry.position, entry.schedule
        )
    done, new_seen = answered_on_day(conn, deck.id, today)
    plan = plan_exam(
        cards,
        today=today,
        exam_date=exam,
        final_days=policy.exam_final_days,
        scheduler=scheduler,
        done_today=done,
        new_seen_today=new_seen,
        failure_rate=expected_failure_rate(*failures(conn, deck.id)),
    )
    return plan, entries


def exam_sections(
    conn: sqlite3.Connection, deck: DeckRecord, policy: Policy, today: date
) -> QueueSections:
    """Today's queue of a deck preparing for its exam: the plan's day, then the drill."""
    planned = exam_schedule(conn, deck, policy, today)
    assert planned is not None, "only a deck with an exam date has an exam queue"
    plan, entries = planned
    day = plan.day(today)
    drill = tuple(
        slot.queue_entry() for slot in drill_slots(conn, today, limit=DRILL_LIMIT, deck_id=deck.id)
    )
    if day is None:
        return QueueSections(reviews=(), new=(), drill=drill)
    return QueueSections(
        reviews=tuple(entries[card_id] for card_id in day.reviews),
        new=tuple(entries[card_id] for card_id in day.new),
        drill=drill,
    )


def exam_notice(plan: ExamSchedule, policy: Policy) -> str | None:
    """The notice that the deck's daily limits were raised to the plan's rate, if they were."""
    return plan.limits_notice(policy.new_per_day, policy.reviews_per_day)

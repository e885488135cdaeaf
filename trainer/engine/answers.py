"""Committing one answer: its deck's scheduler grades it (an exam review brought forward
as exam mode says), and the new schedule and the log row (with what the grader made of
the answer) are written.

Nothing here remembers anything between answers: `StudySession` does, for its sitting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, assert_never

from trainer.core.model import AnswerType, Card
from trainer.core.records import record
from trainer.core.scheduling.exam import exam_review
from trainer.core.scheduling.registry import default_scheduler
from trainer.core.scheduling.scheduler import Scheduler
from trainer.core.scheduling.sm2 import as_quality
from trainer.core.scheduling.state import Quality
from trainer.engine.answer_rules import CardNotActiveError, capped_answer
from trainer.engine.results import AnswerOutcome, Feedback
from trainer.store import CardStatus, get_card, record_answer
from trainer.store.exam_log import EXAM_MODE
from trainer.store.switching import switch_card

if TYPE_CHECKING:
    from trainer.core.answering.verdict import Verdict

# A deck's exam date and final days, by deck id (they decide where exam mode puts a card).
ExamRules = Callable[[str], tuple[date | None, int]]


@record
class Committed:
    """An answer as committed, and where its card sits (for the session's queue)."""

    outcome: AnswerOutcome
    excerpt_id: str
    position: int


def commit_answer(
    conn: sqlite3.Connection,
    card_id: str,
    quality: Quality | int,
    *,
    now: datetime,
    day: date,
    exam_rules: ExamRules,
    mode: str,
    scheduler_for: Callable[[str], Scheduler] | None = None,
    typed: str | None = None,
    suggested: Quality | None = None,
    response_seconds: float | None = None,
    feedback: Feedback | None = None,
) -> Committed:
    """Grade a card with the scheduler its deck's settings choose (`scheduler_for`; SM-2,
    the default, without it) and commit the answer; a card still kept by another
    scheduler is first moved to this one by replaying its log. Refused for a card taken
    out (CardNotActiveError), and for one another trainer answered meanwhile
    (StaleStateError). `feedback`, the check the
    answer was given after, gives the log the grader's verdict and the option picked."""
    grade = as_quality(quality)
    stored = get_card(conn, card_id)
    if stored.status is not CardStatus.ACTIVE:
        raise CardNotActiveError(card_id, stored.status.value)
    scheduler = default_scheduler() if scheduler_for is None else scheduler_for(stored.card.deck_id)
    current = stored.schedule
    if current.scheduler != scheduler.name:
        current = switch_card(conn, card_id, current, scheduler)
    exam_date, _ = exam_rules(stored.card.deck_id)
    if exam_date is not None and day < exam_date:
        # Preparing for an exam: a review brought forward is logged as one, and must not
        # inflate the card's long-term interval (see core.scheduling.exam.exam_review).
        schedule, record, early = exam_review(scheduler, current, grade, day, at=now)
        mode = EXAM_MODE if early else mode
    else:
        schedule, record = scheduler.review(current, grade, day, at=now)
    response_ms = None if response_seconds is None else max(0, round(response_seconds * 1000))
    # An overruled answer keeps the grader's own verdict in the log, marked overridden.
    graded = None if feedback is None else (feedback.overruled or feedback)
    verdict = None if graded is None else graded.verdict
    review_id = record_answer(
        conn,
        card_id,
        record,
        reviewed_at=now,
        suggested=suggested,
        typed=None if typed is None else capped_answer(typed),
        response_ms=response_ms,
        mode=mode,
        verdict=None if verdict is None else verdict.outcome.value,
        choice=None if verdict is None else chosen_option(stored.card, verdict),
        overridden=feedback is not None and feedback.overridden,
    )
    outcome = AnswerOutcome(card_id, review_id, grade, current, schedule, record)
    return Committed(outcome, stored.card.excerpt_id, stored.position)


def chosen_option(card: Card, verdict: Verdict) -> int | None:
    """The 0-based option the learner picked, for a card answered with one option
    (multiple choice, true/false); None for any other answer, and when none was picked
    (a blank answer, or text that names no option)."""
    match card.answer.type:
        case AnswerType.CHOICE:
            if not verdict.matched or verdict.matched not in card.choices:
                return None
            return card.choices.index(verdict.matched)
        case AnswerType.ORDER:
            return None  # an order picks every option: no one choice to count
        case AnswerType.TEXT | AnswerType.YEAR | AnswerType.DATE | AnswerType.NUMBER:
            return None
        case _:
            assert_never(card.answer.type)

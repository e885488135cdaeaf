"""What the engine reports about cards and decks without changing them: overviews, feedback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import assert_never

from trainer.core.model import AnswerType, Card
from trainer.core.scheduling.policy import Policy
from trainer.engine.results import DeckOverview, Feedback
from trainer.engine.study_queue import build_study_queue
from trainer.store import DeckRecord, deck_summaries


def deck_overviews(
    conn: sqlite3.Connection,
    records: dict[str, DeckRecord],
    policy_for: Callable[[str], Policy],
    today: date,
) -> list[DeckOverview]:
    """Every deck with today's counts, as the home screen lists them: raw counts, and what
    today's session holds within each deck's daily limits."""
    overviews: list[DeckOverview] = []
    for summary in deck_summaries(conn, today):
        deck_id = summary.deck_id
        queue = build_study_queue(conn, [(records[deck_id], policy_for(deck_id))], today, deck_id)
        exam = summary.exam_date
        overviews.append(
            DeckOverview(
                deck_id=deck_id,
                title=summary.title,
                due_today=len(queue.reviews),
                new_today=len(queue.new),
                due=summary.due,
                new=summary.new,
                learned=summary.learned,
                suspended=summary.suspended,
                total=summary.total,
                exam_date=exam,
                days_to_exam=(exam - today).days if exam else None,
            )
        )
    return overviews


def check_answer(
    card: Card, typed: str, response_seconds: float | None, policy: Policy
) -> Feedback:
    """Grade a typed answer, suggest a quality and show the difference; stores nothing."""
    # Imported here: grading pulls in rapidfuzz, which the first question does not need.
    from trainer.core.answering.diff import diff_segments
    from trainer.core.answering.grading import grade
    from trainer.core.scheduling.suggestion import suggest_quality

    verdict = grade(card.answer, typed, choices=card.choices, policy=policy, question=card.prompt)
    shown = typed.strip()
    suggested = suggest_quality(
        verdict,
        response_seconds,
        prompt_length=len(card.prompt),
        policy=policy,
        typed_length=len(shown),
    )
    diff = (
        tuple(diff_segments(verdict.expected, shown))
        if shows_differences(card.answer.type) and shown
        else ()
    )
    return Feedback(verdict, suggested, typed, diff, response_seconds)


def shows_differences(answer_type: AnswerType) -> bool:
    """Whether an answer is compared character by character, where a diff of what was
    typed against the right answer helps the learner."""
    match answer_type:
        case AnswerType.TEXT | AnswerType.DATE:
            return True
        case AnswerType.YEAR | AnswerType.NUMBER | AnswerType.CHOICE | AnswerType.ORDER:
            return False
        case _:
            assert_never(answer_type)

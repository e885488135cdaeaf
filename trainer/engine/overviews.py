"""What the engine reports about cards and decks without changing them: overviews, feedback.

Feedback includes what the learner overruled ("my answer was right"): a rejected typed
answer re-graded as right (`overrule_answer`), and the learner's accepted answers, which
later checks count among a card's alternatives (`with_accepted`).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from typing import assert_never

from trainer.core.answering.normalise import fold
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.model import AnswerType, Card
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.suggestion import suggest_quality
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
                drill_today=len(queue.drill),
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
    card: Card, typed: str, response_seconds: float | None, policy: Policy, context: str = ""
) -> Feedback:
    """Grade a typed answer, suggest a quality and show the difference; stores nothing.

    `context` is the text of the card's excerpt, which may say what a number counts.
    """
    # Imported here: grading pulls in rapidfuzz, which the first question does not need.
    from trainer.core.answering.diff import diff_segments
    from trainer.core.answering.grading import grade
    from trainer.core.scheduling.suggestion import suggest_quality

    verdict = grade(
        card.answer,
        typed,
        choices=card.choices,
        policy=policy,
        question=card.prompt,
        context=context,
    )
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


def with_accepted(card: Card, accepted: Sequence[str]) -> Card:
    """`card` with the learner's own accepted answers among its alternatives, and none of
    them among its confusables (a learner who accepted "Prussian" is not told it is
    another answer of the deck)."""
    folded = {fold(text) for text in accepted}
    new = [text for text in dict.fromkeys(accepted) if text not in card.answer.alternatives]
    if not new:
        return card
    answer = dataclasses.replace(
        card.answer,
        alternatives=(*card.answer.alternatives, *new),
        confusables=tuple(c for c in card.answer.confusables if fold(c) not in folded),
    )
    return dataclasses.replace(card, answer=answer)


def can_overrule(card: Card, feedback: Feedback) -> bool:
    """Whether the learner may say "my answer was right": a typed answer (text, a year, a
    date, a number) that the grader rejected. Options and orders are picked, not typed:
    there is no text to accept, and the learner grades them 0–5 as they see fit."""
    if feedback.overridden or feedback.verdict.correct or not feedback.typed.strip():
        return False
    match card.answer.type:
        case AnswerType.TEXT | AnswerType.YEAR | AnswerType.DATE | AnswerType.NUMBER:
            return feedback.verdict.outcome is not Outcome.BLANK
        case AnswerType.CHOICE | AnswerType.ORDER:
            return False
        case _:
            assert_never(card.answer.type)


def overrule_answer(card: Card, feedback: Feedback, policy: Policy) -> Feedback:
    """The feedback re-graded as right because the learner says so: the typed text is
    right as written, and the quality is suggested again as for a right answer given in
    the same time. ValueError when the answer cannot be overruled (`can_overrule`)."""
    if not can_overrule(card, feedback):
        raise ValueError("only a rejected typed answer can be accepted as right")
    shown = feedback.typed.strip()
    graded = feedback.verdict
    verdict = Verdict(
        Outcome.EXACT,
        1.0,
        shown,
        graded.expected,
        note="you said your answer was right: it counts as right from now on",
        rule="accepted by the learner",
    )
    suggested = suggest_quality(
        verdict,
        feedback.response_seconds,
        prompt_length=len(card.prompt),
        policy=policy,
        typed_length=len(shown),
    )
    return dataclasses.replace(
        feedback, verdict=verdict, suggested=suggested, diff=(), overruled=feedback
    )


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

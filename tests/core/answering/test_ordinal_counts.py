"""Tests of an ordinal typed for a count (`ordinal_counts`)."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

HOW_MANY = "How many justices sit on the US Supreme Court?"


@pytest.mark.parametrize("kind", [AnswerType.NUMBER, AnswerType.TEXT])
@pytest.mark.parametrize("typed", ["ninth", "9th", "the ninth"])
def test_an_ordinal_answers_no_count(kind: AnswerType, typed: str) -> None:
    # "ninth" was exact for nine justices.
    verdict = grade(Answer(kind, "nine"), typed, policy=Policy(), question=HOW_MANY)
    assert not verdict.correct, verdict.rule


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("nine", "nine", HOW_MANY),
        ("nine", "9 justices", HOW_MANY),
        ("30 seconds", "thirty seconds", "How many seconds does it take?"),
        # An ordinal the answer gives, or a question that asks no count, is left alone.
        ("a fifth", "one fifth", "How many of the members died?"),
        ("the ninth", "9th", "Which symphony did Beethoven finish last?"),
    ],
)
def test_a_count_or_an_asked_ordinal_stays_right(answer: str, typed: str, question: str) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert verdict.correct, verdict.rule

"""Tests for trainer.core.answering.excerpt_rivals: a slip that spells another name read."""

from __future__ import annotations

import pytest

from trainer.core.answering.excerpt_rivals import with_excerpt_rivals
from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

EXCERPT = (
    "The Song dynasty fell to the Yuan of Kublai Khan in 1279. The Ming drove the Mongols "
    "out in 1368 and ruled until the Manchu Qing took Beijing in 1644."
)


def outcome(answer: str, typed: str, context: str = EXCERPT) -> Outcome:
    verdict = grade(
        Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Which?", context=context
    )
    return verdict.outcome


@pytest.mark.parametrize(
    ("answer", "typed"), [("Ming", "Qing"), ("Yuan", "Yuen"), ("Song", "Ming")]
)
def test_a_slip_that_spells_a_name_of_the_excerpt_is_that_name(answer: str, typed: str) -> None:
    expected = Outcome.WRONG if typed in EXCERPT else Outcome.TYPO
    assert outcome(answer, typed) is expected


def test_without_the_excerpt_a_slip_is_a_slip() -> None:
    assert outcome("Ming", "Qing", context="") is Outcome.TYPO
    assert outcome("Ming", "Mingg") is Outcome.TYPO


def test_a_name_beside_the_answer_is_judged_as_any_word() -> None:
    answer = Answer(AnswerType.TEXT, "Ming")
    assert with_excerpt_rivals(answer, "the Ming, before the Qing", EXCERPT) is answer
    assert outcome("Ming", "the Ming") is Outcome.EXACT
    # Far from every word of the answer, a name of the excerpt is no slip of it.
    assert with_excerpt_rivals(answer, "Beijing", EXCERPT) is answer

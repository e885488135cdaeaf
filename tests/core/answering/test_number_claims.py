"""Tests for trainer.core.answering.number_claims: what a number answer says besides its number."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        # Denied, bounded or hedged: another claim, whatever the number.
        ("4", "How many antennas?", "not 4", Outcome.WRONG),
        ("4", "How many antennas?", "more than 4", Outcome.WRONG),
        ("17000", "How many were executed?", "fewer than 17,000", Outcome.WRONG),
        ("4", "How many antennas?", "maybe 4", Outcome.WRONG),
        ("about 300,000", "How many men were killed?", "over 300,000", Outcome.WRONG),
        # Said by the answer itself, a bound is the answer's.
        ("over 300,000", "How many men were killed?", "over 300,000", Outcome.EXACT),
        # Something else counted: the number is right, the thing is not.
        ("100,000 men", "How large an army?", "100,000 ships", Outcome.CLOSE),
        ("206 bones", "How many bones?", "206 teeth", Outcome.CLOSE),
        # Words that only write the number, its unit or the question are nothing.
        ("100,000 men", "How large an army?", "up to 100,000 men", Outcome.EXACT),
        ("100,000 men", "How large an army?", "an army of 100,000", Outcome.EXACT),
        ("360", "How many yards an hour?", "360 yds", Outcome.EXACT),
        ("about 300,000", "How many men were killed?", "300,000 dead", Outcome.EXACT),
        # None, in words.
        ("0", "How many moons does Mercury have?", "none", Outcome.EXACT),
        ("0", "How many moons does Mercury have?", "no moons", Outcome.EXACT),
        ("2", "How many moons does Mars have?", "none", Outcome.WRONG),
    ],
)
def test_a_number_answer_is_judged_by_what_it_claims(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule

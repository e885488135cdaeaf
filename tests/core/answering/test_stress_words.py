"""A bare number answers "exactly two"; a bounded one does not."""

from __future__ import annotations

import pytest

from trainer.core.answering.exact_numbers import exact_number_word, exactly_left_out
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def outcome(answer: str, typed: str) -> Outcome:
    question = "How many divisors does a prime number have?"
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("exactly two", "2", Outcome.EXACT),
        ("exactly two", "two", Outcome.EXACT),
        ("precisely 100 days", "100 days", Outcome.EXACT),
        ("exactly two", "at least two", Outcome.WRONG),
        ("exactly two", "more than two", Outcome.WRONG),
        ("exactly two", "three", Outcome.WRONG),
    ],
)
def test_exactly_may_be_left_out_of_a_bare_number(
    answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(answer, typed) is expected


def test_the_note_says_why() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "exactly two"), "2", policy=Policy())
    assert "a number alone is exact" in verdict.rule


def test_only_a_word_before_a_number_stresses_it() -> None:
    assert exact_number_word(["exactly", "2"], 0)
    assert not exact_number_word(["exactly", "right"], 0)
    assert not exact_number_word(["2", "exactly"], 1)
    assert not exactly_left_out(["exactly", "2"], 0, ["at", "least", "2"])

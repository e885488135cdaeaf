"""Tests of a verb's tense in a translation (`verb_tenses`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verb_tenses import other_tense
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Each was exact: an auxiliary is a function word, left out of the comparison.
        ("it is raining", "it was raining", "What does 'il pleut' mean?"),
        ("he will come", "he would come", "What does 'il viendra' mean?"),
        ("he has eaten", "he had eaten", "What does 'il a mangé' mean?"),
        ("I can swim", "I could swim", "What does 'je sais nager' mean?"),
    ],
)
def test_another_tense_in_a_translation_is_another_answer(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG


def test_the_past_and_the_perfect_and_a_future_with_going_to_are_one_tense() -> None:
    assert other_tense(("he", "has", "eaten"), ("he", "did", "eat")) is None
    assert other_tense(("it", "will", "rain"), ("it", "is", "going", "to", "rain")) is None
    assert other_tense(("it", "is", "raining"), ("it", "was", "raining")) is not None


def test_outside_a_translation_the_tense_is_left_alone() -> None:
    assert graded("the treaty was signed", "the treaty is signed", "What happened?") is (
        Outcome.EXACT
    )

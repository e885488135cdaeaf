"""Tests of a count that only points at the things an answer names (`incidental_counts`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome

_WHICH = "Through which vessels does oxygenated blood reach the left atrium?"


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # "pulmonary veins" was wrong: "numbers differ: no number typed, 4 expected".
        ("the four pulmonary veins", "pulmonary veins", _WHICH),
        ("the four pulmonary veins", "the pulmonary veins", _WHICH),
        ("the two houses of Congress", "the houses of Congress", "Which bodies passed the act?"),
        ("the twelve cranial nerves", "cranial nerves", "Which nerves leave the brainstem?"),
        ("the two chromatids", "the chromatids", "Which strands does the centromere join?"),
    ],
)
def test_a_pointed_count_may_be_left_out_where_no_count_is_asked(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("the four pulmonary veins", "pulmonary veins", "How many veins enter the atrium?"),
        ("the four pulmonary veins", "pulmonary veins", "What is the number of veins?"),
        ("the four pulmonary veins", "the three pulmonary veins", _WHICH),
        ("four chambers", "chambers", "What does the heart have?"),  # the count is the claim
        ("the Three Musketeers", "Musketeers", "Which novel did Dumas write?"),  # a title
        # Asked how, not which; or one thing typed for the many the answer counts.
        ("its 15 members", "its members", "How large is the UN Security Council?"),
        ("their eight legs", "their legs", "How do spiders differ from insects?"),
        ("the two chromatids", "a chromatid", "What does the centromere join?"),
        ("the four pulmonary veins", "a pulmonary vein", _WHICH),
        # An owner's count is what it has, a claim; one in digits is as often the point.
        ("their six legs", "their legs", "What feature do all insects share?"),
        ("the 19 pairs", "the pairs", "What are the totals?"),
        ("the four chambers", "the chambers", "Into what is the human heart divided?"),
    ],
)
def test_a_count_asked_claimed_or_named_stays(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG

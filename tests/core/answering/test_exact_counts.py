"""Tests for trainer.core.answering.exact_counts: another count is another fact."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.exact_counts import digits_swapped, is_exact_count
from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(expected: str, typed: str, question: str, tolerance: float = 0.0) -> Outcome:
    answer = Answer(AnswerType.NUMBER, expected, tolerance=tolerance)
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("46", "47", "How many chromosomes does a human body cell hold?"),
        ("6", "7", "What is the atomic number of carbon?"),
        ("6", "8", "How many legs does an insect have?"),
        ("206", "230", "How many bones are in the adult human body?"),
        ("144", "145", "What is 12 squared?"),
        ("11", "12", "How many players does a football team field?"),
        ("5", "4.9", "What is the hypotenuse of a 3-4-5 triangle?"),
    ],
)
def test_another_exact_count_is_wrong(expected: str, typed: str, question: str) -> None:
    assert _outcome(expected, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # The answer's digits with two neighbours swapped: a slip of the hand.
        ("46", "64", "How many chromosomes does a human body cell hold?"),
        ("206", "260", "How many bones are in the adult human body?"),
        # Amounts, where nearness means something: large, round, or in a scale asked.
        ("50000", "45,000", "How many soldiers marched?"),
        ("360", "350", "How many days did the siege last?"),
        ("50", "40", "For how many million marks were the schools sold?"),
        # An approximate answer is near as ever.
        ("about 40", "30", "How many ships sailed?"),
    ],
)
def test_a_slip_or_a_near_amount_is_close(expected: str, typed: str, question: str) -> None:
    assert _outcome(expected, typed, question) is Outcome.CLOSE


def test_a_tolerance_the_author_sets_keeps_nearness() -> None:
    assert _outcome("46", "44", "How many?", tolerance=1.0) is Outcome.CLOSE
    assert _outcome("46", "45", "How many?", tolerance=1.0) is Outcome.TYPO


def test_counts_are_small_whole_numbers_that_are_not_round() -> None:
    assert is_exact_count(Fraction(46)) and is_exact_count(Fraction(90))
    assert is_exact_count(Fraction(206)) and not is_exact_count(Fraction(360))
    assert not is_exact_count(Fraction(1206)) and not is_exact_count(Fraction(5, 2))


@given(st.integers(min_value=-10_000, max_value=10_000), st.integers(min_value=0, max_value=4))
def test_swapping_two_neighbouring_digits_is_seen_both_ways(value: int, at: int) -> None:
    digits = str(abs(value))
    if at + 1 >= len(digits) or digits[at] == digits[at + 1]:
        return
    swapped = digits[:at] + digits[at + 1] + digits[at] + digits[at + 2 :]
    other = int(swapped) * (-1 if value < 0 else 1)
    if len(str(abs(other))) != len(digits):
        return  # a leading zero swapped in writes a shorter number
    assert digits_swapped(Fraction(value), Fraction(other))
    assert digits_swapped(Fraction(other), Fraction(value))
    assert not digits_swapped(Fraction(value), Fraction(value))

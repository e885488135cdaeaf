"""Tests for trainer.core.answering.arithmetic: a number typed as arithmetic, worked out."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.arithmetic import worked_out
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2^8 - 1", Fraction(255)),
        ("2^8-1", Fraction(255)),
        ("2**10", Fraction(1024)),
        ("1/(1-0.8)", Fraction(5)),
        ("3 + 4 * 2", Fraction(11)),
        ("2^(3^2)", Fraction(512)),
        ("-3 + 5", Fraction(2)),
        ("2^-2", Fraction(1, 4)),
        # Not arithmetic, or not to be read: a number alone, a range, a division by
        # zero, a bracket left open, words.
        ("255", None),
        ("1914-1918", None),
        ("20 – 30", None),
        ("10 / 0", None),
        ("((2)", None),
        ("2 + two", None),
        # Powers of powers without brackets, which learners read either way.
        ("2^3^2", None),
    ],
)
def test_arithmetic_is_worked_out_exactly(typed: str, value: Fraction | None) -> None:
    assert worked_out(typed) == value


def test_the_questions_own_numbers_work_out_nothing() -> None:
    assert worked_out("7 × 8", ("what", "is", "7", "8")) is None
    assert worked_out("2^8 - 1", ("an", "8", "bit", "integer")) == 255


@given(st.integers(1, 99), st.integers(0, 12))
def test_powers_of_powers_stay_bounded(base: int, depth: int) -> None:
    typed = "(" * depth + str(base) + "".join("^64)" for _ in range(depth))
    value = worked_out(typed[:40])
    # Never a number no hand types: about 2^1024 at most (see `algebra_terms`).
    assert value is None or abs(value) < 2**1100


BYTE = "What is the largest value of an unsigned 8-bit integer?"


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        ("255", BYTE, "2^8 - 1", Outcome.EXACT),
        ("5", "If the MPC is 0.8, what is the spending multiplier?", "1/(1-0.8)", Outcome.EXACT),
        ("1024", "How many bytes are in a kibibyte?", "2^10", Outcome.EXACT),
        # "x" between numbers is times, no thing counted.
        ("3600", "How many seconds are in an hour?", "60 x 60", Outcome.EXACT),
        ("255", BYTE, "2^8 + 1", Outcome.WRONG),  # worked out to another exact value
        ("56", "What is 7 × 8?", "7 × 8", Outcome.WRONG),
        # A power the question says in words, written as a power, only restates it: it
        # was exact.
        ("144", "What is 12 squared?", "12²", Outcome.WRONG),
        ("144", "What is 12 squared?", "12^2", Outcome.WRONG),
        ("27", "What is 3 cubed?", "3^3", Outcome.WRONG),
        ("144", "What is 12 squared?", "144", Outcome.EXACT),
    ],
)  # fmt: skip
def test_a_number_card_takes_its_value_worked_out(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule


def test_the_questions_own_sum_written_out_is_told_so() -> None:
    verdict = grade(
        Answer(AnswerType.NUMBER, "144"), "12 x 12", policy=Policy(), question="What is 12 squared?"
    )
    assert verdict.rule == "the question's own sum written out, not worked out"

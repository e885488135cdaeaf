"""A bare number typed for a count and what it counts is right with a slip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(answer: str, typed: str, question: str = "What is it?") -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    "answer",
    [
        "72 beats per minute",
        "16 breaths a minute",
        "46 chromosomes",
        "9 planets",
        "300 heart beats",
    ],
)
def test_the_number_alone_of_a_count_is_right_with_a_slip(answer: str) -> None:
    assert _outcome(answer, answer.split()[0]) is Outcome.TYPO


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("72 beats per minute", "73"),  # another number
        ("2 million people", "2"),  # the scale is the number's
        ("three quarters", "3"),
        ("100 times", "100"),
        ("Apollo 11", "11"),  # a name's number
        ("72 beats per minute in a resting adult", "72"),  # the answer says more
    ],
)
def test_a_number_that_is_not_the_whole_count_is_not_right(answer: str, typed: str) -> None:
    assert _outcome(answer, typed) not in (Outcome.EXACT, Outcome.TYPO)


@given(st.integers(min_value=10, max_value=10**6), st.integers(min_value=1, max_value=9))
def test_only_the_same_number_is_right(count: int, off: int) -> None:
    answer = f"{count} beats per minute"
    assert _outcome(answer, str(count)) is Outcome.TYPO
    assert _outcome(answer, str(count + off)) not in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize("typed", ["60-100", "60 to 100", "between 60 and 100", "60–100"])
def test_a_range_alone_of_a_count_is_right_with_a_slip(typed: str) -> None:
    assert _outcome("60 to 100 beats per minute", typed) is Outcome.TYPO


@pytest.mark.parametrize("typed", ["60", "100", "60-110", "50 to 100", "100-60"])
def test_part_of_a_range_or_another_is_not(typed: str) -> None:
    assert _outcome("60 to 100 beats per minute", typed) not in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        # One value within the answer's range: close, neither right nor wrong.
        ("60-100 bpm", "70 bpm", Outcome.CLOSE),
        ("60-100 bpm", "70", Outcome.CLOSE),
        ("7.35-7.45", "7.4", Outcome.CLOSE),
        ("60 to 100 beats per minute", "60", Outcome.CLOSE),
        # The unit by its initials, and a range below zero.
        ("60 to 100 beats per minute", "70 bpm", Outcome.CLOSE),
        ("-5 to 5 °C", "0 °C", Outcome.CLOSE),
        ("−5 to 5 °C", "-2", Outcome.CLOSE),
        ("-5 to 5 °C", "-6 °C", Outcome.WRONG),
        ("60 to 100 beats per minute", "70 kg", Outcome.WRONG),
        # Outside it, or with words the answer does not say: wrong.
        ("60-100 bpm", "110 bpm", Outcome.WRONG),
        ("60-100 bpm", "70 mmHg", Outcome.WRONG),
        ("2-1", "1", Outcome.WRONG),  # a score, no range: its ends run down
    ],
)
def test_a_value_within_the_answers_range(answer: str, typed: str, expected: Outcome) -> None:
    assert _outcome(answer, typed) is expected


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("0.5 mg", "500 mcg", Outcome.EXACT),  # medicine's microgram
        ("0.5 mg", "0.5 mcg", Outcome.WRONG),
        ("4 g", "4 mcg", Outcome.WRONG),
    ],
)
def test_mcg_is_a_microgram(answer: str, typed: str, expected: Outcome) -> None:
    assert _outcome(answer, typed, "What dose is given?") is expected

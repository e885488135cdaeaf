"""A whole number said with a part ("two and a half") is one number, scaled as a whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.mixed_numbers import mixed_numbers
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("two and a half", ("2.5",)),
        ("3 and three quarters miles", ("3.75", "miles")),
        ("one and a quarter", ("1.25",)),
        ("2½ kg", ("2.5", "kg")),
        ("two and a half million people", ("2500000", "people")),
        ("five and a half thousand", ("5500",)),
        # No whole number said with a part: left as it is.
        ("half past two", ("half", "past", "2")),
        ("a year and a half", ("a", "year", "and", "a", "half")),
        ("between 2 and 3", ("between", "2", "and", "3")),
    ],
)
def test_a_whole_number_and_a_part_are_one_number(text: str, words: tuple[str, ...]) -> None:
    assert answer_words(text) == words


@pytest.mark.parametrize(
    ("expected", "typed", "right"),
    [
        ("2.5 kg", "two and a half kg", True),
        ("2.5 kg", "2 and a half kilograms", True),
        ("2.5 million people", "two and a half million people", True),
        ("3.75 miles", "three and three quarters miles", True),
        ("2.5 kg", "three and a half kg", False),
        ("2.5 kg", "two kg", False),
    ],
)
def test_a_number_said_with_a_part_is_graded_by_its_value(
    expected: str, typed: str, right: bool
) -> None:
    assert grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy()).correct is right


@given(
    st.integers(0, 10_000), st.sampled_from([("a", "half"), ("a", "quarter"), ("3", "quarters")])
)
def test_the_value_is_the_whole_and_its_part(whole: int, part: tuple[str, str]) -> None:
    read = mixed_numbers((str(whole), "and", *part))  # any sequence of words
    share = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}[part[1]]
    assert len(read) == 1 and float(read[0]) == whole + share


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "half a million" was read as a million: the share was left as a word.
        ("half a million", ("500000",)),
        ("a half million", ("500000",)),
        ("half million", ("500000",)),
        ("a quarter of a million", ("250000",)),
        ("three quarters of a million", ("750000",)),
        ("half a billion dollars", ("500000000", "dollars")),
        # A share of no scale stays as it is.
        ("half a mile", ("half", "a", "mile")),
        ("half a dozen", ("half", "a", "dozen")),
        ("a quarter of the vote", ("a", "quarter", "of", "the", "vote")),
    ],
)
def test_a_share_of_a_scale_is_its_number(text: str, words: tuple[str, ...]) -> None:
    assert answer_words(text) == words


@pytest.mark.parametrize("answer", ["500,000", "about 500,000"])
def test_half_a_million_answers_500000(answer: str) -> None:
    assert grade(Answer(AnswerType.TEXT, answer), "half a million", policy=Policy()).correct
    assert not grade(Answer(AnswerType.TEXT, answer), "a million", policy=Policy()).correct

"""Scale words stacked as people say them: "thousand million", "hundred thousand"."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.answering.number_scales import scale_after
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("words", "factor", "read"),
    [
        (("thousand",), 1_000, 1),
        (("hundred", "thousand"), 100_000, 2),
        (("thousand", "million"), 10**9, 2),
        (("million", "thousand"), 10**6, 1),  # a smaller scale starts another number
        (("million", "million"), 10**6, 1),
        (("marks",), 1, 0),
    ],
)
def test_each_larger_scale_multiplies_again(words: tuple[str, ...], factor: int, read: int) -> None:
    assert scale_after(words, 0) == (factor, read)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("132 thousand million", 132 * 10**9),
        ("two thousand million", 2 * 10**9),
        ("a thousand million", 10**9),
        ("3 hundred thousand", 300_000),
        ("one hundred and thirty-two thousand million", 132 * 10**9),
        ("one thousand two hundred million", 1_200_000_000),
        ("one million two thousand", 1_002_000),
        ("a hundred thousand", 100_000),
        ("2.5 thousand million", 2_500_000_000),
    ],
)
def test_stacked_scales_are_read_as_one_number(text: str, value: int) -> None:
    assert parse_number(text) == value
    assert answer_words(text) == (str(value),)


def test_the_british_billion_answers_the_billion() -> None:
    answer = Answer(AnswerType.TEXT, "132 billion gold marks")
    typed = "132 thousand million gold marks"
    assert grade(answer, typed, policy=Policy()).correct
    assert not grade(answer, "132 thousand gold marks", policy=Policy()).correct


@pytest.mark.parametrize(
    ("question", "typed", "right"),
    [
        ("Unemployment in 1932 (millions)?", "6 million", True),
        ("Unemployment in 1932 (millions)?", "6,000,000", True),
        ("How many millions were unemployed in 1932?", "6 million", True),
        ("What was GDP in 2020 (in billions of dollars)?", "6 billion", True),
        ("Unemployment in 1932 (millions)?", "6 billion", False),
        ("Population in thousands?", "6 million", False),
        # No scale asked: the whole amount is another number.
        ("How many people were unemployed in 1932?", "6 million", False),
    ],
)
def test_an_amount_asked_in_a_plural_scale_may_be_typed_whole(
    question: str, typed: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, "6"), typed, policy=Policy(), question=question)
    assert verdict.correct is right

"""A trace in air or water in parts per million or billion: a unit like any other."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.unit_notation import units_apart
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

_BEFORE = "What was the concentration of carbon dioxide before 1800?"
_IN_PPM = "What is the concentration of carbon dioxide in parts per million?"


def _graded(expected: str, typed: str, question: str, kind: AnswerType) -> Outcome:
    answer = Answer(kind, expected)
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("420 parts per million", "420 partspermillion"),
        ("3 parts-per-billion", "3 partsperbillion"),
        ("1 part per million", "1 partspermillion"),
        ("the parts per hour", "the parts per hour"),
    ],
)
def test_parts_per_million_is_one_word(text: str, read: str) -> None:
    assert units_apart(text) == read


@pytest.mark.parametrize(
    ("expected", "typed", "question", "kind", "result"),
    [
        # "280" was wrong ("'ppm' is missing"), as "20" for "20 cm" is not.
        ("about 280 ppm", "280", _BEFORE, AnswerType.TEXT, Outcome.TYPO),
        ("about 280 ppm", "280 parts per million", _BEFORE, AnswerType.TEXT, Outcome.EXACT),
        ("about 280 ppm", "around 280ppm", _BEFORE, AnswerType.TEXT, Outcome.EXACT),
        ("about 280 ppm", "280,000 ppb", _BEFORE, AnswerType.TEXT, Outcome.EXACT),
        ("about 280 ppm", "280 ppb", _BEFORE, AnswerType.TEXT, Outcome.WRONG),
        ("about 280 ppm", "300 ppm", _BEFORE, AnswerType.TEXT, Outcome.WRONG),
        # "420 ppm" was close ("'ppm' is not what the question counts"): the question
        # asks in parts per million.
        ("420", "420 ppm", _IN_PPM, AnswerType.NUMBER, Outcome.EXACT),
        ("420", "420 parts per million", _IN_PPM, AnswerType.NUMBER, Outcome.EXACT),
        ("420", "420 ppb", _IN_PPM, AnswerType.NUMBER, Outcome.WRONG),
    ],
)
def test_a_concentration_is_graded_by_its_unit(
    expected: str, typed: str, question: str, kind: AnswerType, result: Outcome
) -> None:
    assert _graded(expected, typed, question, kind) is result

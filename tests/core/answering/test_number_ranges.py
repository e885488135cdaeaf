"""A number answer written as a range: any one number within it is right."""

from __future__ import annotations

from fractions import Fraction

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.number_ranges import number_range
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("between 110 and 125", (110, 125)),
        ("110-125", (110, 125)),
        ("from 125 to 110", (110, 125)),
        ("-5 to 5", (-5, 5)),
        ("about 3.141 to 3.142", (Fraction("3.141"), Fraction("3.142"))),
        ("118", None),
        ("110 to 125 km", None),  # a measure: judged as its words are
        ("5 to 5", None),
        ("1914 and 1918 and 1939", None),
        ("60 through 100", (60, 100)),
        ("10 to -5", (-5, 10)),
        ("1914-18", None),  # a span of years written short: no range from 18 to 1914
    ],
)
def test_a_range_is_two_numbers_and_nothing_else(
    text: str, ends: tuple[Fraction, Fraction] | None
) -> None:
    assert number_range(text) == ends


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("118", Outcome.EXACT),
        ("110", Outcome.EXACT),
        ("about 125", Outcome.EXACT),
        ("117.5", Outcome.EXACT),
        ("between 110 and 125", Outcome.EXACT),
        ("126", Outcome.CLOSE),
        ("12", Outcome.WRONG),
    ],
)
def test_any_number_within_a_number_range_is_right(typed: str, outcome: Outcome) -> None:
    answer = Answer(AnswerType.NUMBER, "between 110 and 125")
    question = "Roughly how many elements are known?"
    assert grade(answer, typed, policy=Policy(), question=question).outcome is outcome


def test_the_tolerance_reaches_past_the_ends() -> None:
    answer = Answer(AnswerType.NUMBER, "110 to 125", tolerance=2)
    verdict = grade(answer, "127", policy=Policy(), question="How many?")
    assert verdict.outcome is Outcome.TYPO
    assert verdict.rule == "within the tolerance (off by 2)"

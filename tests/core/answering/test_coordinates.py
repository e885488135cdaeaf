"""Latitudes and longitudes: the hemisphere is part of the coordinate, and a minus gives it too."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str) -> Verdict:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY)


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("23.4° S", "23.4° S", Outcome.EXACT),
        ("23.4° S", "23.4 S", Outcome.EXACT),
        ("23.4° S", "23.4S", Outcome.EXACT),
        ("23.4° S", "23.4° South", Outcome.EXACT),
        ("23.4° S", "23.4 degrees south", Outcome.EXACT),
        ("23.4° S", "-23.4°", Outcome.EXACT),
        ("23.4° S", "S 23.4°", Outcome.EXACT),
        ("23.4° S", "23.4° N", Outcome.WRONG),
        ("23.4° S", "23.4° E", Outcome.WRONG),
        ("23.4° S", "23.4° W", Outcome.WRONG),
        ("23.4° S", "23.4 degrees north", Outcome.WRONG),
        ("23.4° S", "23.4°", Outcome.CLOSE),  # no hemisphere: not the whole answer
        ("23.4° N", "-23.4°", Outcome.WRONG),
        ("23.4° N", "23°26′ N", Outcome.TYPO),  # 23.4333°, which rounds to 23.4°
        ("23.4° N", "23°26' S", Outcome.WRONG),
        ("66.6° N", "66.6 degrees north", Outcome.EXACT),
        ("51°30′ N, 0°7′ W", "51.5° N, 0.1167° W", Outcome.EXACT),
        ("51°30′ N, 0°7′ W", "51.5 N 0.1167 E", Outcome.WRONG),
        ("100 °C", "100 °F", Outcome.WRONG),  # a temperature's scale is no hemisphere
        ("100 W", "100 watts", Outcome.EXACT),
        ("45°", "45", Outcome.EXACT),
    ],
)
def test_a_coordinate_and_its_hemisphere(answer: str, typed: str, outcome: Outcome) -> None:
    assert judge(answer, typed).outcome is outcome


def test_a_decade_is_no_coordinate_in_the_south() -> None:
    # "1920" for "the 1920s" was told "'south' is missing": "1920s" read as 1920° S.
    answer = Answer(AnswerType.TEXT, "the 1920s")
    verdict = grade(answer, "1920", policy=Policy(), question="In which decade was the Jazz Age?")
    assert "south" not in verdict.rule
    assert "south" not in grade(Answer(AnswerType.TEXT, "the 90s"), "90", policy=Policy()).rule
    # A letter against a number of degrees is still its hemisphere.
    assert grade(Answer(AnswerType.TEXT, "51N"), "51S", policy=Policy()).outcome is Outcome.WRONG

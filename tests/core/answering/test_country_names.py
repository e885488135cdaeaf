"""Tests for trainer.core.answering.country_names: a country's names are one answer."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.country_names import other_country_names
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def outcome(answer: str, typed: str) -> Outcome:
    verdict = grade(
        Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Which country?"
    )
    return verdict.outcome


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("The United States of America", "United States", Outcome.EXACT),
        ("The United States of America", "the United States", Outcome.EXACT),
        ("The People's Republic of China", "China", Outcome.EXACT),
        ("China", "the People's Republic of China", Outcome.EXACT),
        ("Burma", "Myanmar", Outcome.EXACT),
        ("Côte d'Ivoire", "Ivory Coast", Outcome.EXACT),
        # A state's former name, as Burma's.
        ("Sri Lanka", "Ceylon", Outcome.EXACT),
        ("Iran", "Persia", Outcome.EXACT),
        ("Thailand", "Siam", Outcome.EXACT),
        ("Ghana", "the Gold Coast", Outcome.EXACT),
        # Other states, however near their names.
        ("North Korea", "South Korea", Outcome.WRONG),
        ("the Soviet Union", "Russia", Outcome.WRONG),
        ("China", "Taiwan", Outcome.WRONG),
        ("the United Kingdom", "Britain", Outcome.WRONG),
    ],
)
def test_a_countrys_names_are_one_answer(answer: str, typed: str, expected: Outcome) -> None:
    assert outcome(answer, typed) is expected


def test_only_listed_countries_have_other_names() -> None:
    assert other_country_names("the United States of America") == ("united states",)
    assert other_country_names("North America") == ()
    assert other_country_names("Germany") == ()


def test_the_name_the_question_gives_is_no_other_name_of_the_answer() -> None:
    renamed = "What did the military government rename Burma in 1989?"
    assert graded("Myanmar", "Burma", renamed) is Outcome.WRONG
    assert graded("Myanmar", "Burma", "Which country did Aung San Suu Kyi lead?") is Outcome.EXACT

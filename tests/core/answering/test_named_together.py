"""Tests of one of the names an answer joins with "and": close, told who is missing."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "typed", "missing"),
    [
        # "Scheele" was wrong, "'priestley' is missing", as if he knew nothing of it.
        ("Scheele and Priestley", "Scheele", "'Priestley' is missing"),
        ("Scheele and Priestley", "Sheele", "'Priestley' is missing"),
        ("London and Paris", "London", "'Paris' is missing"),
        ("Britain, France and Russia", "France", "'Britain' and 'Russia' are missing"),
        ("the US and Canada", "Canada", "'the US' is missing"),
    ],
)
def test_one_of_the_names_joined_is_close(answer: str, typed: str, missing: str) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Who?")
    assert verdict.outcome is Outcome.CLOSE
    assert verdict.rule == f"one of those named: {missing}"


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Scheele and Priestley", "Lavoisier"),
        ("Scheele and Priestley", "Scheele and Lavoisier"),  # another named beside it
        ("salt and pepper", "salt"),  # one thing, no names
        ("Valdivia, Chile", "Chile"),  # a comma alone says where, it lists nothing
        # One body's name that holds "and", as generation reads values (`value_split`).
        ("the Food and Agriculture Organization", "Food"),
    ],
)
def test_another_name_or_no_list_of_names_is_not(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who?") is Outcome.WRONG


def test_every_name_joined_is_still_the_answer() -> None:
    assert graded("Scheele and Priestley", "Priestley and Scheele", "Who?") is Outcome.EXACT

"""Tests for trainer.core.answering.older_names: older romanisations and names since changed."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.older_names import names_as_the_answer_writes
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Beijing", "Peking"),
        ("Peking", "Beijing"),
        ("Mao Zedong", "Mao Tse-tung"),
        ("Mao Tse-tung", "Mao Zedong"),
        ("the Treaty of Nanking", "the Treaty of Nanjing"),
        ("Chiang Kai-shek", "Jiang Jieshi"),
        ("the Kuomintang", "the Guomindang"),
        ("Bombay", "Mumbai"),
        # The war its own time called the Great War.
        ("the First World War", "the Great War"),
        ("the Great War", "World War I"),
        ("the Great War", "WWI"),
    ],
)
def test_another_form_of_the_answers_name_is_the_answer(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Beijing", "Nanking"),
        ("Mao Zedong", "Zhou Enlai"),
        ("Bombay", "Madras"),
        ("the Great War", "World War II"),
        ("the First World War", "the Great Northern War"),
    ],
)
def test_another_name_in_either_form_is_not(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") is Outcome.WRONG


def test_a_name_is_rewritten_only_into_the_answers_own_form() -> None:
    assert names_as_the_answer_writes("Beijing", "Peking") == "beijing"
    # The answer writes no form of it: the typed text stays as it was typed.
    assert names_as_the_answer_writes("Shanghai", "Peking") == "Peking"
    assert names_as_the_answer_writes("Beijing", "the capital") == "the capital"

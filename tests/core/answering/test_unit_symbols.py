"""A unit named by its symbol, or a symbol by its unit's name, when that is all the answer is."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.unit_symbols import unit_by_symbol
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("N", "the newton"),
        ("N", "newtons"),
        ("Pa", "pascal"),
        ("Ω", "ohms"),
        ("mol", "the mole"),
        ("Hz", "hertz"),
        ("S", "siemens"),
        ("newton", "N"),
        ("Amps", "A"),
    ],
)
def test_a_symbol_and_its_unit_s_name_are_one_answer(typed: str, accepted: str) -> None:
    assert unit_by_symbol(typed, accepted)


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("n", "the newton"),  # a symbol's case is its meaning
        ("pa", "pascal"),
        ("H", "hertz"),  # the henry's
        ("N", "nitrogen"),
        ("N", "the newton metre"),  # the answer is more than the unit
        ("J", "newton"),
    ],
)
def test_another_symbol_or_case_is_not(typed: str, accepted: str) -> None:
    assert not unit_by_symbol(typed, accepted)


def outcome(answer: str, typed: str, question: str) -> Outcome:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    return verdict.outcome


def test_the_symbol_answers_a_question_about_the_unit() -> None:
    assert outcome("the newton", "N", "What is the SI unit of force?") is Outcome.EXACT


def test_the_name_does_not_answer_a_question_that_gives_it() -> None:
    asked = "What is the symbol of the newton?"
    assert outcome("N", "newton", asked) is not Outcome.EXACT
    assert outcome("N", "N", asked) is Outcome.EXACT


@pytest.mark.parametrize(("typed", "right"), [("amp", True), ("amps", True), ("volts", False)])
def test_a_unit_by_another_of_its_names(typed: str, right: bool) -> None:
    # "amp" was wrong for "the ampere": another word, not the symbol.
    question = "What is the SI unit of electric current?"
    assert (graded("the ampere", typed, question) is Outcome.EXACT) is right

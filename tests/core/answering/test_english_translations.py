"""Tests for trainer.core.answering.english_translations: one form of the English word."""

from __future__ import annotations

import pytest

from trainer.core.answering.english_translations import asks_for_english_translation
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("Translate into English: la voiture", True),
        ("Translate 'les pommes' to English.", True),
        ("What is the English for 'el perro'?", True),
        ("Give the English word for 'Hund'.", True),
        # Not a translation into English.
        ("Translate into French: the car", False),
        ("Which novel was translated into English in 1928?", False),
        ("Who was the first English king?", False),
        ("", False),
    ],
)
def test_questions_asking_for_an_english_translation(prompt: str, asks: bool) -> None:
    assert asks_for_english_translation(prompt) is asks


def outcome(expected: str, typed: str, question: str) -> Outcome:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("the apple", "the apples", "Translate into English: la pomme"),
        ("the horses", "the horse", "Translate into English: les chevaux"),
        ("the dog", "dogs", "What is the English for 'el perro'?"),
        ("to love", "loves", "What is the English for 'aimer'?"),
    ],
)
def test_another_form_of_the_english_word_is_no_slip(
    expected: str, typed: str, question: str
) -> None:
    assert outcome(expected, typed, question) is Outcome.CLOSE


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("the apple", "apple", "Translate into English: la pomme"),
        ("the apple", "The Apple", "Translate into English: la pomme"),
        ("the horses", "horses", "Translate into English: les chevaux"),
        ("to love", "love", "What is the English for 'aimer'?"),
    ],
)
def test_the_english_word_itself_is_right(expected: str, typed: str, question: str) -> None:
    assert outcome(expected, typed, question) is Outcome.EXACT


def test_a_typo_in_the_english_word_is_still_a_slip() -> None:
    assert outcome("the horses", "the hroses", "Translate into English: les chevaux") is (
        Outcome.TYPO
    )


def test_elsewhere_a_plural_for_a_singular_is_still_a_slip() -> None:
    assert outcome("the apple", "the apples", "What fell on Newton's head?") is Outcome.TYPO

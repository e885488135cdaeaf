"""Tests for trainer.core.answering.asked_articles: a question may ask for one kind of article."""

from __future__ import annotations

import pytest

from trainer.core.answering.asked_articles import (
    DEFINITE,
    INDEFINITE,
    asked_kind,
    swapped_against_the_question,
)
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Translate into French, with the definite article: the house", DEFINITE),
        ("Give the Italian noun with its indefinite article: a dog", INDEFINITE),
        ("Translate into Spanish: the window", DEFINITE),
        ("What is the French for 'the tree'?", DEFINITE),
        ("What is the Spanish for an apple?", INDEFINITE),
        ("Translate 'the cat' into Italian.", DEFINITE),
        ("Translate 'a key' into French.", INDEFINITE),
        # No article asked: "the French" names the language, not the phrase.
        ("What is the French for 'tree'?", None),
        ("Translate into Spanish: window", None),
        ("What is the plural of 'le journal'?", None),
        ("", None),
    ],
)
def test_the_kind_of_article_a_question_asks_for(question: str, kind: str | None) -> None:
    assert asked_kind(answer_words(question)) == kind


def test_only_the_other_kind_of_article_goes_against_the_question() -> None:
    definite = answer_words("Translate into French: the key")
    assert swapped_against_the_question("la", "une", definite) is not None
    assert swapped_against_the_question("la", "la", definite) is None
    assert swapped_against_the_question("la", None, definite) is None
    # An indefinite answer to a question asking for the definite one: the card says so.
    assert swapped_against_the_question("une", "la", definite) is None
    assert swapped_against_the_question("la", "une", answer_words("French for key?")) is None


def outcome(expected: str, typed: str, question: str) -> Outcome:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("la fenêtre", "une fenêtre", "Translate into French: the window"),
        ("le chêne", "un chêne", "What is the French for 'the oak'?"),
        ("el gato", "un gato", "Translate into Spanish, with the definite article: the cat"),
        ("una llave", "la llave", "What is the Spanish for a key?"),
        ("il libro", "un libro", "Translate 'the book' into Italian."),
    ],
)
def test_the_other_kind_of_article_is_no_slip(expected: str, typed: str, question: str) -> None:
    # Another phrase ("a window" for "the window"): close at best, as any other article.
    assert outcome(expected, typed, question) is Outcome.CLOSE


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("la fenêtre", "une fenêtre", "What is the French for 'window'?"),
        ("el gato", "un gato", "Give the Spanish noun for cat, with its article."),
        ("les chats", "des chats", ""),
    ],
)
def test_unasked_the_article_of_the_same_gender_is_a_slip(
    expected: str, typed: str, question: str
) -> None:
    assert outcome(expected, typed, question) is Outcome.TYPO


def test_the_asked_article_itself_is_right() -> None:
    assert outcome("la fenêtre", "la fenetre", "Translate into French: the window") in (
        Outcome.EXACT,
        Outcome.TYPO,
    )
    assert outcome("la fenêtre", "la fenêtre", "Translate into French: the window") is Outcome.EXACT

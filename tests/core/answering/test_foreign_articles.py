"""Tests for trainer.core.answering.foreign_articles: a vocabulary answer's article counts."""

from __future__ import annotations

import pytest

from trainer.core.answering.foreign_articles import article_problem, without_article
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("le chat", "le chat", Outcome.EXACT),
        ("le chat", "Le Chat", Outcome.EXACT),
        ("l'école", "l ecole", Outcome.EXACT),
        ("der Hund", "der hund", Outcome.EXACT),
        # The article gives the gender: left out or another, the answer is only close.
        ("le chat", "chat", Outcome.CLOSE),
        ("la maison", "le maison", Outcome.CLOSE),
        ("l'école", "ecole", Outcome.CLOSE),
        ("die Katze", "der Katze", Outcome.CLOSE),
        ("el perro", "la perro", Outcome.CLOSE),
        # The indefinite article of the same gender and number gives it too: a slip.
        ("le café", "un café", Outcome.TYPO),
        ("une pomme", "la pomme", Outcome.TYPO),
        ("les chats", "des chats", Outcome.TYPO),
        ("la casa", "una casa", Outcome.TYPO),
        ("die Kinder", "eine Kinder", Outcome.CLOSE),  # "die" is plural as well
        ("le café", "une café", Outcome.CLOSE),  # the other gender
        ("der Hund", "ein Hund", Outcome.CLOSE),  # masculine or neuter: tells neither
        ("l'école", "une école", Outcome.CLOSE),  # the elided article tells no gender
        # Another noun is wrong, whatever its article.
        ("le chat", "le chien", Outcome.WRONG),
        ("le chat", "la chien", Outcome.WRONG),
        # No typo but a doubled letter: a letter changed is most often another word.
        ("la maison", "la raison", Outcome.CLOSE),
        ("le pain", "le bain", Outcome.CLOSE),
        ("la maison", "la maisson", Outcome.TYPO),
        ("la maison", "la maisón", Outcome.EXACT),
        # A word added makes another word.
        ("la pomme", "la pomme de terre", Outcome.WRONG),
        # A capitalised article opens a name and is a word of it, as "St" of "St Helena".
        # An English answer has none of these.
        ("La Paz", "Paz", Outcome.WRONG),
        ("La Paz", "la paz", Outcome.EXACT),
        ("the cat", "cat", Outcome.EXACT),
        ("they die out", "they die out", Outcome.EXACT),
    ],
)
def test_a_foreign_article_is_part_of_the_answer(answer: str, typed: str, outcome: Outcome) -> None:
    got = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy()).outcome
    assert got is outcome, (answer, typed, got)


def test_only_a_lower_case_article_or_a_german_one_before_a_noun_counts() -> None:
    assert article_problem("le chat", "chat") is not None
    assert article_problem("La Paz", "Paz") is None
    assert article_problem("die out", "out") is None  # no capitalised noun after it
    assert article_problem("die Katze", "Katze") is not None
    assert without_article("l’école") == "école"
    assert without_article("Le Chat") == "Chat"
    assert without_article("chat") == "chat"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # The audit's cases: an article beside the answer's was read as a function word.
        ("le", "le ou la"),
        ("le", "le or la"),
        ("le", "le, la"),
        ("el", "el la"),
        ("der", "der die"),
    ],
)
def test_another_article_beside_an_article_asked_is_wrong(expected: str, typed: str) -> None:
    question = "Which definite article goes with the noun?"
    verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy(), question=question)
    assert verdict.outcome is Outcome.WRONG


def test_a_word_after_an_article_asked_is_still_its_noun() -> None:
    question = "Which definite article goes with the French noun livre?"
    verdict = grade(Answer(AnswerType.TEXT, "le"), "le livre", policy=Policy(), question=question)
    assert verdict.outcome is Outcome.EXACT

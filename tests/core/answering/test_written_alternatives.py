"""An answer written two ways at once takes either: "bookshop / bookstore", "to be"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.written_alternatives import asks_for_a_meaning, written_alternatives
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("accepted", "alternatives"),
    [
        ("bookshop / bookstore", ["bookshop", "bookstore"]),
        ("acteur / actrice", ["acteur", "actrice"]),
        ("to be", ["be"]),
        ("to speak / to talk", ["to speak", "to talk", "speak", "talk"]),
        # One term, a formula, a fraction, a title: no alternatives.
        ("TCP/IP", []),
        ("input/output", []),
        ("V / R", []),
        ("1 / 2", []),
        ("concentration = moles / volume", []),
        ("To Kill a Mockingbird", []),
        ("Lipetsk", []),
    ],
)
def test_written_alternatives(accepted: str, alternatives: list[str]) -> None:
    assert written_alternatives(accepted, frozenset({"what", "does", "it", "mean"})) == alternatives


def test_to_is_an_infinitive_s_only_where_a_meaning_is_asked() -> None:
    assert written_alternatives("to the lungs", frozenset({"where", "blood"})) == []
    assert written_alternatives("to be", frozenset({"what", "does", "etre", "mean"})) == ["be"]


def test_a_question_that_asks_for_several_joins_the_sides() -> None:
    assert written_alternatives("Hitler / Stalin", frozenset({"which", "two", "leaders"})) == []


def outcome(answer: str, typed: str, question: str = "") -> Outcome:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    return verdict.outcome


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("bookshop / bookstore", "bookstore", Outcome.EXACT),
        ("acteur / actrice", "un acteur", Outcome.EXACT),
        ("to be", "to be", Outcome.EXACT),
        ("bookshop / bookstore", "library", Outcome.WRONG),
    ],
)
def test_either_side_is_graded_as_the_answer(answer: str, typed: str, expected: Outcome) -> None:
    assert outcome(answer, typed) is expected


def test_an_infinitive_without_to_is_its_meaning() -> None:
    assert outcome("to be", "be", "What does 'être' mean?") is Outcome.EXACT


def test_one_of_two_asked_for_is_not_enough() -> None:
    assert outcome("Hitler / Stalin", "Hitler", "Which two leaders signed?") is not Outcome.EXACT


@given(st.text(max_size=40), st.booleans())
def test_every_alternative_is_part_of_the_answer(accepted: str, meaning: bool) -> None:
    asked = frozenset({"what", "does", "it", "mean"}) if meaning else frozenset()
    for alternative in written_alternatives(accepted, asked):
        assert alternative and alternative in accepted


MEANING = frozenset({"what", "does", "it", "mean"})


@pytest.mark.parametrize(
    ("accepted", "alternatives"),
    [
        ("bookshop; bookstore", ["bookshop", "bookstore"]),
        ("to eat, to have a meal", ["to eat", "to have a meal", "eat", "have a meal"]),
        ("big, large, great", ["big", "large", "great"]),
        ("lawyer or avocado", ["lawyer", "avocado"]),
        # Not meanings listed alike: one description, one meaning of two verbs.
        ("a long, low chair", []),
        ("to eat or drink", ["eat or drink"]),
    ],
)
def test_a_meaning_lists_its_senses(accepted: str, alternatives: list[str]) -> None:
    assert written_alternatives(accepted, MEANING) == alternatives


def test_lists_are_meanings_only_where_a_meaning_is_asked() -> None:
    assert written_alternatives("bookshop; bookstore", frozenset({"where", "did"})) == []
    assert written_alternatives("Lipetsk or Kazan", frozenset({"where", "was"})) == []


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("lawyer or avocado", "avocado", Outcome.EXACT),
        ("to eat, to have a meal", "eat", Outcome.EXACT),
        ("bookshop; bookstore", "library", Outcome.WRONG),
        ("a long, low chair", "a long", Outcome.WRONG),
    ],
)
def test_each_sense_answers_what_a_word_means(answer: str, typed: str, expected: Outcome) -> None:
    assert outcome(answer, typed, "What does the word mean?") is expected


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("What does 'avocat' mean?", True),
        ("Translate 'la librairie'.", True),
        ("Define photosynthesis.", True),
        # A flashcard's front that is only the term (Quizlet, Anki).
        ("l'avocat", True),
        ("la librairie", True),
        ("Who signed the Treaty of Rapallo?", False),
        ("The treaty was signed at [...] in 1922.", False),
        ("Capital of France: ___", False),
    ],
)
def test_which_prompts_ask_for_a_meaning(prompt: str, asks: bool) -> None:
    assert asks_for_a_meaning(prompt) is asks


def test_a_bare_term_takes_each_sense_listed() -> None:
    assert outcome("lawyer or avocado", "avocado", "l'avocat") is Outcome.EXACT
    assert outcome("to eat, to have a meal", "eat", "manger") is Outcome.EXACT


@pytest.mark.parametrize("typed", ["a lawyer", "lawyer", "an avocado", "avocado"])
def test_senses_opening_with_a_and_an_are_listed_alike(typed: str) -> None:
    question = "What does the French 'avocat' mean?"
    assert graded("a lawyer or an avocado", typed, question).value == "exact"

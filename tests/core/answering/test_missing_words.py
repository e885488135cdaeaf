"""Tests for trainer.core.answering.missing_words: what stands in a missing word's place."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.missing_words import another_name, epithets
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def test_epithets_follow_the_after_a_name_both_capitalised() -> None:
    assert epithets(["pliny", "the", "elder"], {"pliny", "elder"}) == {"elder"}
    assert epithets(["rise", "of", "the", "nazis"], {"nazis"}) == frozenset()


def test_another_epithet_is_another_person() -> None:
    assert another_name("elder", "younger", "Pliny the Elder")
    assert another_name("terrible", "great", "Ivan the Terrible")


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("Pliny the Elder", "Pliny the Younger", Outcome.WRONG),
        ("Tarquin the Proud", "Tarquin the Elder", Outcome.WRONG),
        ("Pliny the Elder", "Pliny the Eldr", Outcome.TYPO),
        ("Pliny the Elder", "Pliny the Elder", Outcome.EXACT),
    ],
)
def test_epithets_graded(expected: str, typed: str, wanted: Outcome) -> None:
    assert graded(expected, typed) is wanted


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # "did not use" is "used" reversed: the "do" carries the tense.
        ("he did not use true fresco", "he used true fresco"),
        ("it does not dissolve in water", "it dissolves in water"),
        ("they did not vote", "they voted"),
    ],
)
def test_a_negation_left_out_with_its_do_says_the_reverse(expected: str, typed: str) -> None:
    verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy())
    assert verdict.outcome is Outcome.WRONG
    assert verdict.rule.endswith("it says the reverse")


@pytest.mark.parametrize(
    ("expected", "typed", "rule"),
    [
        # Told "'and' is another word, not a typo of 'land'", as if "and" were a try at it.
        ("peace, bread and land", "peace and bread", "'land' is missing"),
        ("the land of the free", "the and of the free", "'land' is missing"),
        ("Old Man and the Sea", "Old Man and the See", "'see' instead of 'sea'"),
    ],
)
def test_a_joining_word_near_a_missing_word_is_no_try_at_it(
    expected: str, typed: str, rule: str
) -> None:
    answer = Answer(AnswerType.TEXT, expected)
    assert grade(answer, typed, policy=Policy(), question="What?").rule == rule


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # Far in letters from the answer's given name, a word is another person's, known
        # as a given name or not: "Lance Armstrong" was close to Neil Armstrong.
        ("Neil Armstrong", "Lance Armstrong"),
        ("Charles Darwin", "Erasmus Darwin"),
        ("Pablo Picasso", "Paloma Picasso"),
    ],
)
def test_another_given_name_before_the_surname_is_another_person(expected: str, typed: str) -> None:
    assert graded(expected, typed, "Who was it?") is Outcome.WRONG
    given, other = expected.split()[0].lower(), typed.split()[0].lower()
    assert another_name(given, other, expected)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("Neil Armstrong", "Niel Armstrong"),  # a slip of the given name
        ("Marie Curie", "Madame Curie"),  # a title she is known by
        ("Miguel Hidalgo", "Father Hidalgo"),
    ],
)
def test_a_slip_or_a_title_for_the_given_name_is_no_other_person(expected: str, typed: str) -> None:
    assert graded(expected, typed, "Who was it?") is not Outcome.WRONG

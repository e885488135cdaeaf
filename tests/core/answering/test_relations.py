"""Tests for trainer.core.answering.relations: sides of a relation, and which is which."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.relations import relates_at, sides
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(answer: str, typed: str) -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Which?").outcome


def test_a_case_sets_its_parties_on_two_sides() -> None:
    words = ["marbury", "v", "madison"]
    assert relates_at(words, 1)
    assert sides(words) == [None, None, "versus"]
    # "v", "vs" and "versus" are one relation.
    assert (
        sides(["roe", "vs", "wade"])
        == sides(["roe", "versus", "wade"])
        == sides(["roe", "v", "wade"])
    )
    # A Roman five that ends a name relates nothing.
    assert not relates_at(["henry", "v"], 1)


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("Marbury v. Madison", "Madison v. Marbury", Outcome.WRONG),
        ("Roe v. Wade", "Wade vs Roe", Outcome.WRONG),
        ("Roe v. Wade", "Roe vs Wade", Outcome.EXACT),
        ("Roe v. Wade", "Roe versus Wade", Outcome.EXACT),
        ("Marbury v. Madison", "Marbury v Madison", Outcome.EXACT),
        ("Henry V", "Henry V", Outcome.EXACT),
    ],
)
def test_a_case_named_with_its_parties_swapped_is_another_case(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert _outcome(answer, typed) is outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A verb's present tense relates its doer to what it is done to, as a past does.
        ("the plaintiff sues the defendant", "the defendant sues the plaintiff"),
        ("the employer pays the employee", "the employee pays the employer"),
        ("the Moon orbits the Earth", "the Earth orbits the Moon"),
        ("the enzyme breaks down the substrate", "the substrate breaks down the enzyme"),
        # "X to Y" says "from X": beside "from the lungs to the heart", the reverse.
        ("from the lungs to the heart", "heart to lungs"),
        ("heart to lungs", "from the lungs to the heart"),
        ("from Paris to Berlin", "Berlin to Paris"),
    ],
)
def test_sides_of_a_present_verb_or_an_implied_from_swapped_are_the_reverse(
    answer: str, typed: str
) -> None:
    assert _outcome(answer, typed) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the plaintiff sues the defendant", "the plaintiff sues the defendant"),
        ("from the lungs to the heart", "lungs to heart"),
        ("from Paris to Berlin", "Paris to Berlin"),
        # Each side does it to the other, or the "-s" is a plural's.
        ("France borders Germany", "Germany borders France"),
        ("the cells divide", "the cells divide"),
        ("Britain and France", "France and Britain"),
    ],
)
def test_the_same_sides_or_a_relation_both_ways_stay_right(answer: str, typed: str) -> None:
    assert _outcome(answer, typed) is Outcome.EXACT


def test_a_present_verb_relates_only_between_a_word_and_an_article() -> None:
    words = ("the", "moon", "orbits", "the", "earth")
    assert relates_at(words, 2)
    assert not relates_at(("the", "lungs", "to", "the", "heart"), 1)
    assert not relates_at(("france", "borders", "the", "saar"), 1)


def test_a_cause_and_consequence_of_one_word_each_swapped_is_the_reverse() -> None:
    # "am" is a function word, so only "think" was matched: word order was ignored.
    question = "What does 'cogito, ergo sum' mean?"
    assert graded("I think, therefore I am", "I am, therefore I think", question) is (Outcome.WRONG)
    assert graded("I think, therefore I am", "I think therefore I am", question) is Outcome.EXACT

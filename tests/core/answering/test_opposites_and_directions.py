"""Directions reversed, degree words that tell answers apart, and opposites by prefix or list."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.asked_question import Question
from trainer.core.answering.degree_words import another_answer_by_degree, differs_only_by_degree
from trainer.core.answering.grading import Outcome
from trainer.core.answering.opposite_prefixes import opposite_prefixes
from trainer.core.answering.text_match import match_text
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.words import answer_words


def _match(
    answer: str, typed: str, question: str = "", confusables: tuple[str, ...] = ()
) -> TextMatch:
    return match_text(
        answer,
        typed,
        question=Question.of(question, cloze=False),
        confusables=confusables,
        typo_tolerance=0.15,
    )


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("To the heart", "from the heart"),
        ("To the heart", "from the heart to the lungs"),
        ("Away from the central nervous system", "towards the central nervous system"),
        ("into the cell", "out of the cell"),
        ("out of the cell", "into the cell"),
        ("towards the equator", "away from the equator"),
    ],
)
def test_a_direction_reversed_is_decisively_wrong(answer: str, typed: str) -> None:
    found = _match(answer, typed, "Where does it go?")
    assert not found.accepted and found.decisive


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("To the heart", "to the heart", "Where does blood flow?"),
        ("To the heart", "towards the heart", "Where does blood flow?"),
        ("To the heart", "from the lungs to the heart", "Where does blood flow?"),
        ("Away from the central nervous system", "from the central nervous system", "Where?"),
        ("To the heart", "the heart", "Where does blood flow to?"),
        ("To make a profit", "make a profit", "Why do firms trade?"),
        ("from the lungs to the heart", "from the lungs to the heart", "Where?"),
    ],
)
def test_the_same_direction_stays_right(answer: str, typed: str, question: str) -> None:
    assert _match(answer, typed, question).accepted


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("To the heart", "the heart", "According to Harvey, where?"),
        ("To Elba", "Elba", "Where was Napoleon exiled?"),
    ],
)
def test_leaving_out_a_direction_is_not_reversing_it(
    answer: str, typed: str, question: str
) -> None:
    """Only the opposite direction is wrong: the place alone still names it."""
    assert _match(answer, typed, question).accepted


@pytest.mark.parametrize(
    ("answer", "typed", "others"),
    [
        ("very fast", "fast", ("fast",)),
        ("fast", "very fast", ("very fast",)),
        ("slowly", "extremely slowly", ("very slowly",)),
        ("a slightly acidic solution", "an acidic solution", ("an acidic solution",)),
    ],
)
def test_a_degree_word_that_tells_two_answers_apart_counts(
    answer: str, typed: str, others: tuple[str, ...]
) -> None:
    found = _match(answer, typed, confusables=others)
    assert not found.accepted and found.decisive


def test_a_degree_word_no_other_answer_differs_by_is_passed_over() -> None:
    assert _match("fast", "very fast", confusables=("slowly",)).accepted
    want, got = answer_words("fast"), answer_words("very fast")
    assert another_answer_by_degree(want, got, [("slow", ("slow",))]) is None
    assert differs_only_by_degree(answer_words("loud"), answer_words("very loud"))
    assert not differs_only_by_degree(answer_words("loud"), answer_words("soft"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("afferent", "efferent"),
        ("bicuspid", "tricuspid"),
        ("biceps", "triceps"),
        ("emigrate", "immigrate"),
        ("ascending", "descending"),
        ("influx", "efflux"),
        ("accelerate", "decelerate"),
    ],
)
def test_opposing_prefixes_of_dictionary_words(first: str, second: str) -> None:
    assert opposite_prefixes(first, second) and opposite_prefixes(second, first)
    found = _match(first, second)
    assert not found.accepted and found.decisive


@pytest.mark.parametrize(("first", "second"), [("bite", "trite"), ("invent", "exvent")])
def test_no_opposing_prefixes_without_a_stem_or_a_word(first: str, second: str) -> None:
    assert not opposite_prefixes(first, second)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("pulmonary artery", "pulmonary vein"),
        ("they leave the stage", "they enter the stage"),
        ("the buyer", "the seller"),
        ("a budget surplus", "a budget deficit"),
        ("Afferent", "efferent"),
        ("an old pawnbroker", "a young pawnbroker"),
        ("he was acquitted", "he was convicted"),
        ("spend more", "save more"),
        ("in an arithmetic progression", "in a geometric progression"),
        ("New Delhi", "Old Delhi"),
        ("big-endian", "little-endian"),
        ("they are lost", "they are kept"),
        ("a static method", "a dynamic method"),
    ],
)
def test_listed_opposites_are_decisive(answer: str, typed: str) -> None:
    found = _match(answer, typed, "Are sensory neurons afferent or efferent?")
    assert not found.accepted and found.decisive


def test_sides_swapped_around_a_past_form_that_describes_are_the_reverse() -> None:
    # "concentrated" after "to" describes; it is no verb relating the words around it.
    assert graded("from dilute to concentrated", "from concentrated to dilute", "Which way?") is (
        Outcome.WRONG
    )
    assert graded("from dilute to concentrated", "from dilute to concentrated", "Which way?") is (
        Outcome.EXACT
    )


def test_a_direction_turned_round_is_caught_through_a_shorter_accepted_form() -> None:
    # "from the lungs" holds the accepted "the lungs", but turns "to the lungs" round.
    question = "Where does the right ventricle send blood?"
    assert graded("to the lungs", "from the lungs", question, "the lungs") is Outcome.WRONG
    assert graded("to the lungs", "the lungs", question, "the lungs") is Outcome.EXACT

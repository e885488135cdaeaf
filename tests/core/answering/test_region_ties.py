"""A region typed after a place, checked against the region the question names."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome
from trainer.core.answering.region_ties import region_against_question, regions_named, tied
from trainer.core.answering.words import answer_words

RIGHT = (Outcome.EXACT, Outcome.TYPO)


def test_regions_tie_by_name_and_by_lying_inside() -> None:
    assert tied("usa", "united states")
    assert tied("illinois", "america")
    assert tied("russia", "soviet union")
    assert tied("scotland", "britain")
    assert not tied("illinois", "canada")
    assert not tied("pakistan", "india")


def test_the_question_names_regions_but_no_continents_in_them() -> None:
    assert regions_named(answer_words("Which city of North America is in the United States?")) == [
        "united states"
    ]
    assert regions_named(answer_words("Where was the flying school?")) == []
    # Named otherwise than as where a thing lies, a region need not hold the answer.
    assert regions_named(answer_words("Where did Napoleon go after leaving France?")) == []
    assert graded("Elba", "Elba, Italy", "Where did Napoleon go after leaving France?") in RIGHT
    assert not tied("north korea", "south korea") and tied("south korea", "korea")


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Ottawa", "Ottawa, Illinois", "What is the capital of Canada?"),
        ("Warsaw", "Warsaw, Indiana", "What is the capital of Poland?"),
        ("New Delhi", "New Delhi, Pakistan", "What is the capital of India?"),
    ],
)
def test_another_region_than_the_questions_is_another_place(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Ottawa", "Ottawa, Canada", "What is the capital of Canada?"),
        ("Springfield", "Springfield, Illinois", "What is the capital of Illinois?"),
        ("Springfield", "Springfield, USA", "What is the capital of Illinois?"),
        ("Lipetsk", "Lipetsk, Russia", "Where in the Soviet Union was the flying school?"),
        ("Lipetsk", "Lipetsk, Russia", "Where was the flying school?"),  # no region asked
        ("Buenos Aires", "Buenos Aires, South America", "What is the capital of Argentina?"),
    ],
)
def test_the_questions_region_or_one_tied_to_it_is_harmless(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) in RIGHT


def test_a_continent_or_no_region_asked_leaves_nothing_to_check() -> None:
    def against(typed: str, question: str) -> str | None:
        # The answer is the first typed word; every word after it is extra.
        got = answer_words(typed)
        extras = range(1, len(got))
        return region_against_question(got, extras, {0}, answer_words(question))

    assert against("Warsaw Europe", "What is the capital of Poland?") is None
    assert against("Springfield Illinois", "Where is it?") is None
    assert against("Warsaw Indiana", "What is the capital of Poland?") is not None


def test_a_region_after_the_answer_is_checked_with_a_comma_or_without() -> None:
    # Punctuation never changes a verdict: "Ottawa Illinois" is "Ottawa, Illinois".
    assert graded("Ottawa", "Ottawa Illinois", "What is the capital of Canada?") is Outcome.WRONG
    assert graded("Ottawa", "Ottawa Canada", "What is the capital of Canada?") in RIGHT


def test_a_region_in_brackets_after_the_answer_is_read_as_after_a_comma() -> None:
    assert graded("Paris", "Paris (France)", "Where did Marie Curie work?") in RIGHT
    assert graded("Lipetsk", "Lipetsk (USSR)", "Where was the aviation school?") in RIGHT
    question = "Which city in France was Marie Curie's home?"
    assert graded("Paris", "Paris (Texas)", question) is Outcome.WRONG

"""Tests of the words that frame a typed answer as a sentence and claim nothing beside it."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.sentence_frames import says_an_opinion
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words

RIGHT = (Outcome.EXACT, Outcome.TYPO)
WHERE = "Where did Marie Curie work?"


@pytest.mark.parametrize(
    "typed",
    [
        # Before the answer, as after it ("Paris, I think" was right already).
        "I think Paris",
        "I think it's Paris",
        "I believe it was Paris",
        "I'd say Paris",
        "I would say Paris",
        "we reckon Paris",
        "Paris, I think",
    ],
)
def test_the_learners_doubt_before_the_answer_claims_nothing(typed: str) -> None:
    assert graded("Paris", typed, WHERE) in RIGHT


@pytest.mark.parametrize(
    "typed",
    [
        "I think London",
        "I think not Paris",
        # Another's opinion is a claim about what they think, and no first person's.
        "they think Paris",
        "think Paris",
        "I think Paris or London",
    ],
)
def test_doubt_never_makes_another_answer_right(typed: str) -> None:
    assert graded("Paris", typed, WHERE) not in RIGHT


def test_an_opinion_needs_its_first_person() -> None:
    assert says_an_opinion(answer_words("I think Paris"), 1)
    assert says_an_opinion(answer_words("I'd say Paris"), 2)
    assert not says_an_opinion(answer_words("she thinks Paris"), 1)
    assert not says_an_opinion(answer_words("I think"), 2)  # past the end


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        # "A." is the initial of a given name, not an article.
        ("Alexander Fleming", "A. Fleming", Outcome.EXACT),
        ("Anne Boleyn", "A. Boleyn", Outcome.EXACT),
        ("Isaac Newton", "I. Newton", Outcome.EXACT),
        ("Alexander Fleming", "B. Fleming", Outcome.WRONG),
        ("an aviation school", "a school", Outcome.WRONG),
    ],
)
def test_an_initial_that_spells_an_article_is_an_initial(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert graded(answer, typed, "Who discovered it?") is outcome


@pytest.mark.parametrize(
    "typed",
    # A middle name's initial after a given name, whatever the middle name.
    ["A. B. Paterson", "Andrew B. Paterson"],
)
def test_a_middle_names_initial_after_a_given_name_is_its_initial(typed: str) -> None:
    assert graded("Andrew Barton Paterson", typed, "Who wrote it?") is Outcome.EXACT


def test_doubt_stands_in_for_no_word_of_a_fuller_accepted_answer() -> None:
    # "to build an aviation school" is accepted too: 'think' was read in the place of
    # 'build', and the short form's right verdict taken back.
    question = "What was agreed at Lipetsk in 1926?"
    typed = "I think an aviation school"
    assert graded("an aviation school", typed, question, "to build an aviation school") in RIGHT

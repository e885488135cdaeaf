"""Tests of a verb's tense in a translation (`verb_tenses`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verb_tenses import other_tense
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Each was exact: an auxiliary is a function word, left out of the comparison.
        ("it is raining", "it was raining", "What does 'il pleut' mean?"),
        ("he will come", "he would come", "What does 'il viendra' mean?"),
        ("he has eaten", "he had eaten", "What does 'il a mangé' mean?"),
        ("they have two cats", "they had two cats", "What does 'ils ont deux chats' mean?"),
        # Another form of the same verb after the auxiliary, or its past with none:
        # each was accepted as a slip of the verb's form.
        ("it is raining", "it will rain", "What does 'il pleut' mean?"),
        ("it is raining", "it will be raining", "What does 'il pleut' mean?"),
        ("it is raining", "it rained", "What does 'il pleut' mean?"),
        ("the die is cast", "the die will be cast", "What does 'alea iacta est' mean?"),
        # A future's or a conditional's auxiliary left out: was exact, or a slip.
        ("they will go", "they go", "What does 'ils iront' mean?"),
        ("they will go", "they went", "What does 'ils iront' mean?"),
        ("he would come", "he comes", "What does 'il viendrait' mean?"),
        # No auxiliary either side: a past for a present, or a present for a past.
        ("I love", "I loved", "What does 'amo' mean?"),
        ("the dog bites the man", "the dog bit the man", "What does 'le chien mord l'homme' mean?"),
        (
            "I came, I saw, I conquered",
            "I come, I see, I conquer",
            "What does 'veni, vidi, vici' mean?",
        ),
        # A linking verb with nothing after it.
        (
            "I think, therefore I am",
            "I thought, therefore I was",
            "What does 'cogito, ergo sum' mean?",
        ),
        ("we are", "we were", "What does 'nous sommes' mean?"),
    ],
)
def test_another_tense_in_a_translation_is_another_answer(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG


def test_the_past_and_the_perfect_and_a_future_with_going_to_are_one_tense() -> None:
    assert other_tense(("he", "has", "eaten"), ("he", "did", "eat")) is None
    assert other_tense(("it", "will", "rain"), ("it", "is", "going", "to", "rain")) is None
    assert other_tense(("it", "is", "raining"), ("it", "was", "raining")) is not None
    assert other_tense(("it", "is", "cast"), ("it", "has", "been", "cast")) is None
    # The imperfect and the simple past render one French tense.
    assert other_tense(("they", "were", "playing"), ("they", "played")) is None


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("the treaty was signed", "the treaty is signed", "What happened?"),
        # An English word defined may be said in any tense.
        ("it does not react", "it will not react", "What does 'inert' mean?"),
        (
            "water cannot pass through",
            "water will not pass through",
            "What does 'impermeable' mean?",
        ),
        # Another turn of phrase, not another tense of one verb.
        ("the die is cast", "the die has been cast", "What does 'alea iacta est' mean?"),
        ("he is tired", "he's tired", "What does 'il est fatigué' mean?"),
        ("they will go", "they'll go", "What does 'ils iront' mean?"),
        # A modal is left to the words: one Latin phrase, two renderings.
        ("you may have the body", "you should have the body", "What does 'habeas corpus' mean?"),
    ],
)
def test_outside_a_translation_or_for_another_verb_the_tense_is_left_alone(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # French's present is English's simple and progressive present alike.
        ("it is raining", "it rains"),
        ("I love", "I am loving"),
    ],
)
def test_a_present_for_a_present_stays_a_slip_at_most(expected: str, typed: str) -> None:
    assert graded(expected, typed, "What does 'il pleut' mean?") is Outcome.TYPO

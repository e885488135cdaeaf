"""Tests of contractions read in full (`contractions`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("she's happy", ("she", "is", "happy")),
        ("they're", ("they", "are")),
        ("I'm tired", ("i", "am", "tired")),
        ("we'll go", ("we", "will", "go")),
        ("you've won", ("you", "have", "won")),
        ("he's gone", ("he", "has", "gone")),  # before a past participle: has
        ("I'd go", ("i", "would", "go")),
        ("I'd eaten", ("i", "had", "eaten")),
        ("he's tired", ("he", "is", "tired")),  # a word in "-ed" after it is what he is
        ("it’s raining", ("it", "is", "raining")),
        ("didn't", ("did", "not")),
        # A possessive, and initials without an apostrophe, are no contraction.
        ("Darwin's finches", ("darwin", "finches")),
        ("I. M. Pei", ("i", "m", "pei")),
    ],
)
def test_a_contraction_is_read_as_its_words(text: str, words: tuple[str, ...]) -> None:
    assert answer_words(text) == words


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Each was wrong or close: "'she happy' turns 'she is happy' round".
        ("she is happy", "she's happy", "What does 'elle est heureuse' mean?"),
        ("it is raining", "it's raining", "What does 'il pleut' mean?"),
        ("they are", "they're", "What does 'ils sont' mean?"),
        ("we will go", "we'll go", "What does 'nous irons' mean?"),
        # "I don't know" was a blank, though it is the answer's own words.
        ("I do not know", "I don't know", "What does 'je ne sais pas' mean?"),
    ],
)
def test_a_contraction_of_the_answer_is_right(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


def test_i_don_t_know_is_still_a_blank_for_any_other_answer() -> None:
    assert graded("Paris", "I don't know", "Where?") is Outcome.BLANK
    assert graded("I do not know", "idk", "What does 'je ne sais pas' mean?") is Outcome.BLANK

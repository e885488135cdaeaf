"""Tests for trainer.core.answering.yes_no: a yes-or-no answer said again in full."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.yes_no import yes_no_match

ASKED = "Do the noble gases react readily?"


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        ("No", "No, they do not", Outcome.EXACT),
        ("No", "no they don't", Outcome.EXACT),
        ("No", "No, they are inert", Outcome.EXACT),
        ("No.", "no", Outcome.EXACT),
        ("Yes", "Yes, it does", Outcome.EXACT),
        ("Yes", "yes", Outcome.EXACT),
        ("No", "Yes, they do", Outcome.WRONG),
        ("Yes", "no", Outcome.WRONG),
        ("No", "no, yes", Outcome.WRONG),
        # A restatement that says the contrary of its first word says both.
        ("Yes", "yes, they do not react", Outcome.WRONG),
        ("Yes", "yes they do not react readily", Outcome.WRONG),
        ("No", "no, they do react", Outcome.WRONG),
        ("Yes", "yes, they are not inert", Outcome.EXACT),  # no word of the question denied
    ],
)
def test_a_yes_or_no_is_judged_by_its_first_word(
    expected: str, typed: str, outcome: Outcome
) -> None:
    assert graded(expected, typed, ASKED) is outcome


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        # A short reply says yes or no without the word: its verb, and a negation or none.
        ("No", "they do not", Outcome.EXACT),
        ("No", "they don't", Outcome.EXACT),
        ("No", "never", Outcome.EXACT),
        ("No", "not any more", Outcome.EXACT),
        ("No", "nope", Outcome.EXACT),
        ("No", "they do not react readily", Outcome.EXACT),  # the question's own words
        ("No", "they do", Outcome.WRONG),
        ("No", "they do react", Outcome.WRONG),
        ("Yes", "they do", Outcome.EXACT),
        ("Yes", "of course", Outcome.EXACT),
        ("Yes", "certainly not", Outcome.WRONG),
        ("Yes", "they never do", Outcome.WRONG),
    ],
)
def test_a_short_reply_says_yes_or_no(expected: str, typed: str, outcome: Outcome) -> None:
    assert graded(expected, typed, ASKED) is outcome


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        ("Yes", "it is unstable", Outcome.WRONG),
        ("No", "it is unstable", Outcome.EXACT),
        ("Yes", "yes, it is unstable", Outcome.WRONG),
        ("Yes", "yes it is not stable", Outcome.WRONG),
        ("Yes", "yes, it is stable", Outcome.EXACT),
    ],
)
def test_a_word_of_the_question_with_a_negating_prefix_says_no(
    expected: str, typed: str, outcome: Outcome
) -> None:
    assert graded(expected, typed, "Is merge sort a stable sort?") is outcome


def test_other_answers_are_left_to_the_word_grader() -> None:
    assert yes_no_match("No man's land", "no man's land") is None
    # A reply with words of its own is judged by them, not read as yes or no.
    assert yes_no_match("No", "they are inert") is None
    assert yes_no_match("No", "not them") is None

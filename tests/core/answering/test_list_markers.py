"""Tests of the numbers a learner writes before the items of a list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.list_markers import without_list_numbers
from trainer.core.answering.verdict import Outcome

ESTATES = "the clergy, the nobility and the commoners"
QUESTION = "What were the three estates?"


@pytest.mark.parametrize(
    "typed",
    [
        "1. clergy 2. nobility 3. commoners",
        "1) clergy, 2) nobility, 3) commoners",
        "(1) clergy (2) nobility (3) commoners",
        "a) clergy b) nobility c) commoners",
    ],
)
def test_a_numbered_list_is_the_list(typed: str) -> None:
    assert without_list_numbers([ESTATES], typed) == "clergy, nobility, commoners"
    assert graded(ESTATES, typed, QUESTION) is Outcome.EXACT


@pytest.mark.parametrize(
    "typed",
    [
        "1. clergy 3. nobility",  # not counting up
        "2. clergy 3. nobility 4. commoners",  # not from one
        "1. Paris",  # one marker: no list
        "a) b) c)",  # markers and nothing else
        "A. B. Paterson",  # initials, no list
    ],
)
def test_other_numbers_are_kept(typed: str) -> None:
    assert without_list_numbers([ESTATES], typed) == typed


def test_an_answer_that_numbers_its_items_keeps_the_numbers() -> None:
    moves = "1. e4 e5 2. Nf3"
    assert without_list_numbers([moves], "1. e4 e5 2. Nf3") == "1. e4 e5 2. Nf3"


@given(st.lists(st.sampled_from(["clergy", "nobility", "commoners", "king"]), max_size=4))
def test_numbering_any_items_never_changes_the_verdict(items: list[str]) -> None:
    plain = ", ".join(items) or "nothing"
    numbered = " ".join(f"{i}. {item}" for i, item in enumerate(items, start=1)) or "nothing"
    assert graded(ESTATES, numbered, QUESTION) is graded(ESTATES, plain, QUESTION)


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        # "and" before the last item of a list the answer writes with commas alone.
        ("liberty, equality and fraternity", Outcome.EXACT),
        ("liberty, equality, and fraternity", Outcome.EXACT),
        # Anywhere else it is a word inside the answer.
        ("liberty and equality, fraternity", Outcome.CLOSE),
    ],
)
def test_and_before_a_lists_last_item_is_the_list(typed: str, outcome: Outcome) -> None:
    answer = "liberty, equality, fraternity"
    assert graded(answer, typed, "What was the motto of the Revolution?") is outcome


def test_two_words_joined_by_and_are_no_list() -> None:
    assert graded("Rolls-Royce", "Rolls and Royce", "Which firm?") is Outcome.CLOSE

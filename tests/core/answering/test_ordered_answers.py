"""Tests for trainer.core.answering.ordered_answers: answers whose order is their meaning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.ordered_answers import order_problem
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("2,8,1", "2,1,8", Outcome.WRONG),
        ("2,8,1", "1, 8, 2", Outcome.WRONG),
        ("2,8,1", "2, 8, 1", Outcome.EXACT),
        ("2,8,1", "2.8.1", Outcome.EXACT),
        ("2H2 + O2 → 2H2O", "2H2O → 2H2 + O2", Outcome.WRONG),
        ("2H2 + O2 → 2H2O", "O2 + 2H2 → 2H2O", Outcome.EXACT),
        ("2H2 + O2 → 2H2O", "2H2 + O2 -> 2H2O", Outcome.EXACT),
        ("H+ + OH− → H2O", "H2O → H+ + OH−", Outcome.WRONG),
        # Two numbers joined by "and" are a pair, in any order.
        ("3 and 5", "5 and 3", Outcome.EXACT),
    ],
)
def test_order_graded(expected: str, typed: str, wanted: Outcome) -> None:
    assert graded(expected, typed, "Write it down.") is wanted


@given(st.lists(st.integers(0, 99), min_size=3, max_size=6))
def test_a_sequence_in_another_order_is_never_right(numbers: list[int]) -> None:
    expected = ",".join(map(str, numbers))
    shuffled = ",".join(map(str, reversed(numbers)))
    problem = order_problem(expected, shuffled)
    assert (problem is None) == (numbers == numbers[::-1])


@pytest.mark.parametrize(
    ("expected", "typed", "question", "wanted"),
    [
        # Numbers each after its own label: the labels swapped are another work.
        ("Op. 27 No. 2", "Op. 2 No. 27", "What is its catalogue number?", Outcome.WRONG),
        ("Op. 27 No. 2", "opus 27 number 2", "What is its catalogue number?", Outcome.EXACT),
        (
            "1,000 men and 500 horses",
            "500 horses and 1,000 men",
            "What did he lose?",
            Outcome.EXACT,
        ),
        ("Article 5 and Article 6", "Article 6 and Article 5", "Which articles?", Outcome.EXACT),
        # A question that asks for an order wants it.
        (
            "exposition, development and recapitulation",
            "recapitulation, development and exposition",
            "What are the three sections of sonata form, in order?",
            Outcome.WRONG,
        ),
        (
            "exposition, development and recapitulation",
            "the exposition, then the development, then the recapitulation",
            "What are the three sections of sonata form, in order?",
            Outcome.EXACT,
        ),
        (
            "exposition, development and recapitulation",
            "recapitulation, development and exposition",
            "What are the three sections of sonata form?",
            Outcome.EXACT,
        ),
        # "In order to" is a purpose, and an order may be a thing asked for.
        (
            "light and water",
            "water and light",
            "What do plants need in order to grow?",
            Outcome.EXACT,
        ),
        (
            "the Order of Friars Minor",
            "Friars Minor Order",
            "Which order did Francis found?",
            Outcome.EXACT,
        ),
        (
            "Mercury, Venus and Earth",
            "Earth, Venus and Mercury",
            "Name the inner planets in order from the Sun.",
            Outcome.WRONG,
        ),
        ("Chapter 3, verse 16", "Chapter 16, verse 3", "Where is it written?", Outcome.WRONG),
    ],
)
def test_labelled_numbers_and_an_asked_order_keep_their_order(
    expected: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, question) is wanted


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("3:1", "3 : 1", Outcome.EXACT),
        ("3:1", "three to one", Outcome.EXACT),
        ("3 to 1", "3:1", Outcome.EXACT),
        ("1 in 4", "one in four", Outcome.EXACT),
        # A ratio or odds reversed says the reverse.
        ("3:1", "1:3", Outcome.WRONG),
        ("3:1", "one to three", Outcome.WRONG),
        ("9:3:3:1", "1:3:3:9", Outcome.WRONG),
        ("16:9", "9:16", Outcome.WRONG),
        ("1 in 4", "4 in 1", Outcome.WRONG),
    ],
)
def test_a_ratio_keeps_its_order(expected: str, typed: str, wanted: Outcome) -> None:
    assert graded(expected, typed, "What is the ratio?") is wanted

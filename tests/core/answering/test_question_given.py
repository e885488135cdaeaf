"""Tests of the words of an answer its question gives, which a typed answer may leave out."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome

_COSTS = "What is inflation caused by rising costs called?"


@pytest.mark.parametrize(
    ("answer", "typed", "question", "wanted"),
    [
        # A hyphened modifier names the kind of thing on its own.
        ("cost-push inflation", "cost-push", _COSTS, Outcome.EXACT),
        (
            "demand-pull inflation",
            "demand pull",
            "What is inflation driven by demand called?",
            Outcome.EXACT,
        ),
        # A plain modifier does not, nor half of the hyphened one.
        ("atomic number", "atomic", "What is the number of protons called?", Outcome.WRONG),
        ("cost-push inflation", "push", _COSTS, Outcome.WRONG),
        # The head noun the question does not name stays required.
        (
            "cost-push inflation",
            "cost-push",
            "What is it called when costs push up prices?",
            Outcome.WRONG,
        ),
    ],
)
def test_the_head_noun_a_question_names_after_a_hyphened_modifier_may_be_left_out(
    answer: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(answer, typed, question) is wanted


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # "B major" was exact: "'flat' left out, given by the question".
        ("B flat major", "B major", "Which key has two flats?"),
        ("F sharp minor", "F minor", "Which minor key has three sharps?"),
    ],
)
def test_a_note_s_accidental_is_never_given_by_the_question(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG
    assert graded(expected, expected.replace(" flat", "b"), question) is Outcome.EXACT

"""Tests of a gloss typed in brackets after an answer (`typed_glosses`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.typed_glosses import without_gloss
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # Each was wrong: "extra word 'guilty'".
        ("mens rea", "mens rea (guilty mind)"),
        ("Charles Darwin", "Charles Darwin (naturalist)"),
        ("the mitochondria", "the mitochondria (powerhouse of the cell)"),
    ],
)
def test_a_gloss_in_brackets_after_the_answer_is_left_out(expected: str, typed: str) -> None:
    assert graded(expected, typed, "What is it?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("Canberra", "Canberra (Sydney)"),  # a name beside it: another answer
        ("Canberra", "Canberra (or sydney)"),  # a hedge
        ("Canberra", "Sydney (capital)"),  # the answer outside is wrong
    ],
)
def test_a_name_a_hedge_or_a_wrong_answer_is_no_gloss(expected: str, typed: str) -> None:
    assert graded(expected, typed, "What is the capital?") is Outcome.WRONG


def test_only_words_in_small_letters_at_the_end_are_a_gloss() -> None:
    assert without_gloss("mens rea (guilty mind)") == "mens rea"
    assert without_gloss("Canberra (Sydney)") is None
    assert without_gloss("(only a gloss)") is None
    assert without_gloss("H (hydrogen) 1") is None

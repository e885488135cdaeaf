"""Tests of a multiplier typed another way than the answer writes it (`multipliers`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.multipliers import multiplier_as_written
from trainer.core.answering.verdict import Outcome

_THICKER = "How much thicker is the left ventricle's wall than the right's?"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # "3x" was wrong ("'3x' instead of '3'"), as "10x" for "10 times" was not.
        ("about three times", "3x"),
        ("about three times", "3×"),
        ("about three times", "x3"),
        ("about three times", "threefold"),
        ("six times", "6x"),
        ("twice as fast", "2x as fast"),
        ("twice as fast", "2 times as fast"),
        ("a hundredfold", "100x"),
        ("tenfold", "10 times"),
        ("tenfold", "ten-fold"),
        ("three times a day", "3x a day"),
        # A hundred with its "one" or "a" (both were exact before, and wrong for a while).
        ("one hundred times", "100 times"),
        ("a hundred times", "100x"),
        ("one thousand times", "1000x"),
    ],
)
def test_the_same_factor_written_another_way_is_right(expected: str, typed: str) -> None:
    assert graded(expected, typed, _THICKER) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("about three times", "4x"),
        ("twice as fast", "3x as fast"),
        ("tenfold", "100 times"),
        # The answer's own "2x" is algebra, and "3x + 1" no multiplier.
        ("2x", "2 times"),
        ("3x + 1", "3 times + 1"),
    ],
)
def test_another_factor_or_algebra_is_not(expected: str, typed: str) -> None:
    assert graded(expected, typed, _THICKER) is Outcome.WRONG


_FACTORS = st.sampled_from(["3", "three", "10", "ten", "2", "twice", "thrice"])
_WRITTEN = st.sampled_from(["{} times", "{}x", "{}×", "{}-fold", "{}fold"])


@given(_FACTORS, _WRITTEN, _FACTORS, _WRITTEN, st.sampled_from(["", "about ", "as fast"]))
def test_a_rewrite_writes_the_answer_s_own_multiplier_once(
    want: str, want_form: str, got: str, got_form: str, around: str
) -> None:
    expected = f"{around}{want_form.format(want)}"
    typed = f"{around}{got_form.format(got)}"
    rewritten = multiplier_as_written(expected, typed)
    assert rewritten in (typed, expected)  # the answer's phrase, or nothing changed
    assert multiplier_as_written(expected, rewritten) == rewritten

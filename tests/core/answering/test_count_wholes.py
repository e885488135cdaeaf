"""Tests for trainer.core.answering.count_wholes: a count typed with the whole it is out of."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.count_wholes import without_the_whole
from trainer.core.answering.verdict import Outcome
from trainer.core.model import AnswerType

RETURNED = "How many men of Magellan's expedition returned?"


@pytest.mark.parametrize(
    ("expected", "typed", "answer_type", "wanted"),
    [
        ("18", "only 18 out of 270", AnswerType.NUMBER, Outcome.EXACT),  # was "not a number"
        ("18", "18 of the 270", AnswerType.NUMBER, Outcome.EXACT),
        ("18", "18 out of some 270 men", AnswerType.NUMBER, Outcome.EXACT),
        ("18", "18 out of 270", AnswerType.TEXT, Outcome.EXACT),  # was "270 typed"
        ("18 men", "18 out of 270 men", AnswerType.TEXT, Outcome.EXACT),
        # The count is the answer, not the whole; a count more than its whole is none.
        ("270", "18 out of 270", AnswerType.NUMBER, Outcome.WRONG),
        ("18", "270 out of 18", AnswerType.NUMBER, Outcome.WRONG),
        # Another count is wrong, as it is alone (exact_counts).
        ("18", "17 out of 270", AnswerType.NUMBER, Outcome.WRONG),
        # A share answered with another joiner is the same share; another is not.
        ("18 of 270", "18 out of 270", AnswerType.TEXT, Outcome.EXACT),  # was close
        ("one in five", "1 out of 5", AnswerType.TEXT, Outcome.EXACT),  # was wrong
        ("one in five", "2 out of 5", AnswerType.TEXT, Outcome.WRONG),
        ("18 of 270", "18", AnswerType.TEXT, Outcome.WRONG),
    ],
)
def test_a_count_is_graded_without_its_whole(
    expected: str, typed: str, answer_type: AnswerType, wanted: Outcome
) -> None:
    assert graded(expected, typed, RETURNED, answer_type=answer_type) is wanted


def test_the_whole_is_left_out_and_the_rest_kept() -> None:
    assert without_the_whole(["18"], "only 18 out of 270 men") == "only 18 men"
    assert without_the_whole(["18"], "270 out of 18") == "270 out of 18"
    assert without_the_whole(["one in five"], "1 out of 5") == "1 in 5"


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_a_count_below_its_whole_is_right_and_any_other_count_wrong(count: int, extra: int) -> None:
    whole = count + extra
    typed = f"{count:,} out of {whole:,}"
    assert graded(str(count), typed, "How many?", answer_type=AnswerType.NUMBER) is Outcome.EXACT
    as_the_whole = graded(str(whole), typed, "How many?", answer_type=AnswerType.NUMBER)
    assert as_the_whole not in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("expected", "typed", "answer_type", "wanted"),
    [
        ("18", "eighteen out of two hundred and seventy", AnswerType.NUMBER, Outcome.EXACT),
        ("270", "eighteen out of two hundred and seventy", AnswerType.NUMBER, Outcome.WRONG),
        ("one in five", "one out of five", AnswerType.TEXT, Outcome.EXACT),  # was wrong
    ],
)
def test_numbers_in_words_are_read_as_digits_for_a_count_or_a_share(
    expected: str, typed: str, answer_type: AnswerType, wanted: Outcome
) -> None:
    assert graded(expected, typed, RETURNED, answer_type=answer_type) is wanted

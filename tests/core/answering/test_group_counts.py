"""Tests for trainer.core.answering.group_counts: "a dozen eggs" is 12 eggs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.group_counts import groups_counted
from trainer.core.answering.verdict import Outcome


def _never_asked(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("expected", "typed", "question", "wanted"),
    [
        ("12 eggs", "a dozen eggs", "How many eggs did she buy?", Outcome.EXACT),
        ("6 eggs", "half a dozen eggs", "What did she buy?", Outcome.EXACT),
        ("24 loaves", "two dozen loaves", "What did he bake?", Outcome.EXACT),
        ("two dozen", "24", "How many were there?", Outcome.EXACT),
        ("46 chromosomes", "23 pairs of chromosomes", "What does the cell hold?", Outcome.EXACT),
        ("12 eggs", "two dozen eggs", "How many eggs did she buy?", Outcome.WRONG),
        ("12 eggs", "dozens of eggs", "How many eggs did she buy?", Outcome.WRONG),
        # The question counts the groups: a pair is one.
        ("23 pairs", "46", "How many pairs of chromosomes are there?", Outcome.WRONG),
    ],
)
def test_a_count_in_groups_is_the_number_it_holds(
    expected: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, question) is wanted


def test_groups_are_read_only_beside_digits_and_only_where_counted() -> None:
    assert groups_counted(["12", "eggs"], ["a", "dozen", "eggs"], _never_asked) == (
        ["12", "eggs"],
        ["12", "eggs"],
    )
    # Both sides in groups, or no digits beside them: left as they are.
    words = ["a", "dozen", "eggs"]
    assert groups_counted(words, ["2", "dozen"], _never_asked) == (words, ["2", "dozen"])
    assert groups_counted(words, ["some", "eggs"], _never_asked) == (words, ["some", "eggs"])
    assert groups_counted(["12"], ["dozens", "of", "eggs"], _never_asked)[1] == [
        "dozens",
        "of",
        "eggs",
    ]


@given(st.integers(1, 40), st.sampled_from([("dozen", 12), ("pairs", 2)]))
def test_any_count_of_groups_is_right_for_what_it_holds_and_wrong_for_another(
    groups: int, group: tuple[str, int]
) -> None:
    word, size = group
    word = "pair" if groups == 1 and word == "pairs" else word
    question = "What was delivered?"
    assert graded(f"{groups * size} boxes", f"{groups} {word} of boxes", question) is Outcome.EXACT
    assert (
        graded(f"{groups * size + 1} boxes", f"{groups} {word} of boxes", question) is Outcome.WRONG
    )

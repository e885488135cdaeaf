"""Tests for trainer.core.answering.steady_states: "stays the same" and "does not change"."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.steady_states import STEADY, join_steady_phrases
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words

_ACCEPTED = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("It stays the same", "it does not change"),
        ("It stays the same", "it doesn't change"),
        ("It stays the same", "it never changes"),
        ("It does not change", "it stays the same"),
        ("It does not change", "it remains constant"),
        ("It does not change", "there is no change"),
        ("It remains constant", "unchanged"),
        ("It remains constant", "it is unchanged"),
        ("Its volume is unchanged", "its volume stays the same"),
        ("The total mass stays the same", "the total mass does not vary"),
        ("It does not change colour", "it stays the same colour"),
    ],
)
def test_each_way_of_saying_no_change_is_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What happens to it?") in _ACCEPTED


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A change, or no change taken back, is the reverse.
        ("It does not change", "it changes"),
        ("It stays the same", "it is not constant"),
        ("It stays the same", "it does not stay the same"),
        ("It remains constant", "it increases"),
        ("It does not change colour", "it changes colour"),
        # "stable" after "is" may say that a thing does not react, not that it keeps.
        ("It does not change", "it is stable"),
        ("It is stable", "it does not change"),
        # "constant" is a noun too.
        ("Planck's constant", "Planck's unchanged"),
    ],
)
def test_a_change_or_a_negated_no_change_stays_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What happens to it?") is Outcome.WRONG


def test_phrases_join_only_where_both_sides_say_no_change() -> None:
    negated, kept = answer_words("it does not change"), answer_words("it stays the same")
    assert join_steady_phrases(negated, kept) == (["it", STEADY], ["it", STEADY])
    # Beside an answer that says no such thing, the "not" stays, to be judged.
    alone = join_steady_phrases(answer_words("it does not change"), answer_words("it changes"))
    assert alone == (["it", "does", "not", "change"], ["it", "changes"])

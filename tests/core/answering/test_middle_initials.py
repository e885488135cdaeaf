"""Tests of initials beyond the answer's given names: they stand for middle names."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.middle_initials import middle_initials_dropped
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Edsger Dijkstra", "E. W. Dijkstra"),
        ("Edsger Dijkstra", "E.W. Dijkstra"),
        ("Vladimir Lenin", "V. I. Lenin"),
        ("John Kennedy", "J. F. Kennedy"),
        ("Donald Knuth", "Donald E. Knuth"),  # a middle initial after a given name
        ("Vladimir Ilyich Lenin", "V. I. Lenin"),  # every given name has its initial
    ],
)
def test_initials_of_the_given_names_then_middle_ones_are_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was it?") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Donald Knuth", "A. E. Knuth"),  # the first initial is another given name's
        ("Tony Hoare", "C. A. R. Hoare"),  # no initial of the answer's given name
    ],
)
def test_initials_of_other_given_names_are_not_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was it?") not in RIGHT


def test_only_dotted_letters_are_initials() -> None:
    # "ew" typed as a word is no run of initials.
    assert middle_initials_dropped(["edsger", "dijkstra"], ["ew", "dijkstra"], "ew Dijkstra") == [
        "ew",
        "dijkstra",
    ]
    assert middle_initials_dropped(
        ["edsger", "dijkstra"], ["ew", "dijkstra"], "E. W. Dijkstra"
    ) == ["e", "dijkstra"]

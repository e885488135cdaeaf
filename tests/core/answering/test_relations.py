"""Tests for trainer.core.answering.relations: sides of a relation, and which is which."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.relations import relates_at, sides
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(answer: str, typed: str) -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Which?").outcome


def test_a_case_sets_its_parties_on_two_sides() -> None:
    words = ["marbury", "v", "madison"]
    assert relates_at(words, 1)
    assert sides(words) == [None, None, "versus"]
    # "v", "vs" and "versus" are one relation.
    assert (
        sides(["roe", "vs", "wade"])
        == sides(["roe", "versus", "wade"])
        == sides(["roe", "v", "wade"])
    )
    # A Roman five that ends a name relates nothing.
    assert not relates_at(["henry", "v"], 1)


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("Marbury v. Madison", "Madison v. Marbury", Outcome.WRONG),
        ("Roe v. Wade", "Wade vs Roe", Outcome.WRONG),
        ("Roe v. Wade", "Roe vs Wade", Outcome.EXACT),
        ("Roe v. Wade", "Roe versus Wade", Outcome.EXACT),
        ("Marbury v. Madison", "Marbury v Madison", Outcome.EXACT),
        ("Henry V", "Henry V", Outcome.EXACT),
    ],
)
def test_a_case_named_with_its_parties_swapped_is_another_case(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert _outcome(answer, typed) is outcome

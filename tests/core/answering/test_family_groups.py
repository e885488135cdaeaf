"""A family named by its surname in the plural: "the Wrights" for "the Wright brothers"."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.family_groups import family_by_plural
from trainer.core.answering.grading import Outcome


@pytest.mark.parametrize(
    ("answer", "plural"),
    [
        ("the Wright brothers", "the Wrights"),
        ("The Brontë sisters", "the Brontës"),
        ("the Medici family", "the Medicis"),
        ("Jonas brothers", "the Jonases"),
        ("the big family", None),  # no surname
        ("the Wright brothers' plane", None),
        ("Orville Wright", None),
    ],
)
def test_kin_named_by_surname_are_named_by_it_in_the_plural(
    answer: str, plural: str | None
) -> None:
    assert family_by_plural(answer) == plural


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("the Wrights", Outcome.EXACT),
        ("Wrights", Outcome.EXACT),
        ("the Wright brothers", Outcome.EXACT),
        ("the Montgolfiers", Outcome.WRONG),
    ],
)
def test_the_plural_surname_answers_for_the_kin(typed: str, wanted: Outcome) -> None:
    assert graded("the Wright brothers", typed, "Who made the first powered flight?") is wanted

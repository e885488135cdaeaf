"""A list typed with more items than the answer holds, or the question asks for, is wrong."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def outcome(question: str, expected: str, typed: str) -> Outcome:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=question).outcome


SISTERS = ("Which three Brontë sisters published novels?", "Charlotte, Emily and Anne")
RIVERS = ("Which two rivers meet at Khartoum?", "the White Nile and the Blue Nile")
MESOPOTAMIA = ("Between which two rivers does Mesopotamia lie?", "the Tigris and the Euphrates")
PARTNERS = ("Who described the double helix?", "Watson and Crick")


@pytest.mark.parametrize(
    ("card", "typed"),
    [
        # The audit's cases: a rare extra item was read as more of the last name.
        (SISTERS, "Charlotte, Emily, Anne and Branwell"),
        (SISTERS, "Charlotte, Emily, Anne, Branwell"),
        (RIVERS, "Blue Nile, White Nile and Atbara"),
        (RIVERS, "the Blue Nile, the White Nile & the Sobat"),
        (MESOPOTAMIA, "Tigris, Euphrates and Karun"),
        # No count asked: the answer's own two names are the limit.
        (PARTNERS, "Watson, Crick and Wilkins"),
    ],
)
def test_an_extra_item_is_wrong(card: tuple[str, str], typed: str) -> None:
    assert outcome(*card, typed) is Outcome.WRONG


@pytest.mark.parametrize(
    ("card", "typed"),
    [
        (SISTERS, "Charlotte, Emily and Anne Brontë"),
        (SISTERS, "Charlotte, Emily and Anne, the Brontë sisters"),
        (SISTERS, "Anne, Charlotte and Emily"),
        (RIVERS, "Blue Nile and White Nile"),
        (MESOPOTAMIA, "the Tigris and the Euphrates, in Iraq"),
        (RIVERS, "Blue Nile and White Nile, Sudan"),
        (("Which two French cities hosted it?", "Paris and Lyon"), "Paris and Lyon, France"),
        (PARTNERS, "James Watson and Francis Crick"),
        # One answer: a comma says more of it, never another item.
        (("Who wrote On the Origin of Species?", "Charles Darwin"), "Darwin, Charles"),
        (("Who wrote Don Quixote?", "Miguel de Cervantes"), "Miguel de Cervantes Saavedra"),
    ],
)
def test_the_answers_items_said_another_way_stay_right(card: tuple[str, str], typed: str) -> None:
    assert outcome(*card, typed) in (Outcome.EXACT, Outcome.TYPO)

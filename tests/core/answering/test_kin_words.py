"""Tests of kin named beside a person's name: the name alone is graded."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.kin_words import kin_of_the_name
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Zeus", "her father Zeus", "From whose head did Athena spring?"),
        ("Ariadne", "Minos's daughter Ariadne", "Who gave Theseus the thread?"),
        ("Apollo", "her twin brother Apollo", "Who was Artemis's twin brother?"),
        ("Achilles", "his son Achilles", "Who killed Hector?"),
        ("Bertha", "his wife Bertha", "Who is hidden in the attic?"),
        # Kin before a name of several words, whose owner is a given name: it was
        # "extra word 'son' inside the name".
        ("Alexander the Great", "Philip's son Alexander the Great", "Who conquered Persia?"),
        ("Perseus", "Perseus, son of Zeus", "Who beheaded Medusa?"),
    ],
)
def test_kin_before_or_after_the_name_says_who_the_person_was(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # Another person: whose father Achilles' father was is not Achilles.
        ("Achilles", "Achilles' father", "Who killed Hector?"),
        ("Zeus", "Zeus's daughter Athena", "From whose head did Athena spring?"),
        ("Perseus", "her son Theseus", "Who beheaded Medusa?"),
        # No one's kin: a common word before the kin.
        ("Achilles", "the brother Achilles", "Who killed Hector?"),
    ],
)
def test_kin_of_no_one_or_another_person_is_not_the_answer(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is not Outcome.EXACT


def test_only_the_owner_and_the_kin_right_before_the_name_are_kin() -> None:
    words = ["minos", "daughter", "ariadne"]
    assert [kin_of_the_name(words, i, {2}) for i in (0, 1)] == [True, True]
    words = ["her", "brother", "and", "ariadne"]
    assert kin_of_the_name(words, 1, {3}) is False

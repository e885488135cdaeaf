"""Tests of words of one closed kind typed for each other: another nation, element, service."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.kind_rivals import rival_of_its_kind
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("wanted", "typed"),
    [
        ("soviet", "polish"),
        ("french", "german"),
        ("oxygen", "hydrogen"),
        ("nitrogen", "carbon"),
        ("army", "navy"),
        ("navy", "luftwaffe"),
    ],
)
def test_members_of_one_kind_are_rivals(wanted: str, typed: str) -> None:
    assert rival_of_its_kind(wanted, typed)


@pytest.mark.parametrize(
    ("wanted", "typed"),
    [
        ("soviet", "russian"),  # one land at two times
        ("english", "british"),  # a part and its whole
        ("dutch", "holland"),  # one nation's two words
        ("aluminium", "aluminum"),  # one element's two spellings
        ("oxygen", "fuel"),  # no element
        ("army", "troops"),  # no service
        ("soviet", "soviet"),
    ],
)
def test_words_of_one_thing_or_of_no_kind_are_no_rivals(wanted: str, typed: str) -> None:
    assert not rival_of_its_kind(wanted, typed)


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        (
            "train its army on Soviet soil",
            "train its army on Polish soil",
            "What could Germany do?",
        ),
        (
            "train its army on Soviet soil",
            "train its navy on Soviet soil",
            "What could Germany do?",
        ),
        ("an oxygen tank exploded", "a hydrogen tank exploded", "Why was Apollo 13 aborted?"),
        ("the French army mutinied", "the British army mutinied", "What happened in 1917?"),
        (
            "it releases carbon dioxide",
            "it releases nitrogen dioxide",
            "What does burning coal do?",
        ),
    ],
)
def test_a_rival_in_a_clause_is_wrong_not_close(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        (
            "train its army on Soviet soil",
            "train its army on Russian soil",
            "What could Germany do?",
        ),
        (
            "train its army on Soviet soil",
            "train its troops on Soviet soil",
            "What could Germany do?",
        ),
    ],
)
def test_the_same_land_or_another_word_stays_near(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is not Outcome.WRONG

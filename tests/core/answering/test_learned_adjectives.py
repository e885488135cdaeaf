"""Tests of learned adjectives typed for the thing they are of, and of kinds of substance."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.learned_adjectives import of_the_same_thing
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)
HOW = "How does metformin mainly lower blood glucose?"


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        (
            "by reducing glucose production in the liver",
            "it reduces hepatic glucose production",
            HOW,
        ),
        ("kidney failure", "renal failure", "What does untreated hypertension cause?"),
        ("cardiac muscle", "heart muscle", "Which muscle never tires?"),
        ("a solar eclipse", "an eclipse of the sun", "What was seen in 1919?"),
        ("An aviation school", "a flight school", "What was agreed at Lipetsk in 1926?"),
        ("the papal court", "the pope's court", "Where was the case heard?"),
        ("naval bases", "navy bases", "What did Britain keep?"),
        ("the ecclesiastical courts", "the church courts", "Which courts tried heresy?"),
    ],
)
def test_the_adjective_or_the_thing_says_the_same(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # Another organ's adjective is another organ.
        ("by reducing glucose production in the liver", "by reducing renal glucose production"),
        ("heart muscle", "skeletal muscle"),
        ("An aviation school", "a tank school"),
        ("naval bases", "army bases"),
    ],
)
def test_another_things_adjective_is_wrong(answer: str, typed: str) -> None:
    assert graded(answer, typed, HOW) not in RIGHT


def test_pairs_work_both_ways_and_only_as_listed() -> None:
    assert of_the_same_thing("liver", "hepatic") and of_the_same_thing("hepatic", "liver")
    assert of_the_same_thing("teeth", "dental")
    assert not of_the_same_thing("kidney", "hepatic")
    assert not of_the_same_thing("dog", "canine")  # a tooth too: not listed


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("penicillin", "the antibiotic penicillin"),
        ("amylase", "the enzyme amylase"),
        ("insulin", "the hormone insulin"),
        ("quartz", "the mineral quartz"),
        # And a gallery's or museum's kind after its name.
        ("the Uffizi", "the Uffizi Gallery"),
        ("the Louvre", "the Louvre museum"),
    ],
)
def test_the_kind_of_substance_before_its_name_adds_nothing(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What was it?") is Outcome.EXACT


def test_one_kind_of_substance_is_no_other() -> None:
    assert graded("a digestive enzyme", "a digestive protein", "What is amylase?") is Outcome.WRONG

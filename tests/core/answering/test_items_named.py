"""A count typed with the things it counts named in brackets after it is the count."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.items_named import without_the_items_counted
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

QUESTION = "How many Japanese carriers were sunk at Midway?"


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("four", "four (Akagi, Kaga, Soryu and Hiryu)"),
        ("four", "4 (Akagi, Kaga, Soryu, Hiryu)"),
        ("four carriers", "4 carriers (Akagi, Kaga, Soryu & Hiryu)."),
        ("2", "2 (Gaius and Tiberius)"),
        ("four", "4 (a, b, c and d)"),  # a letter, even "c", is a thing counted
    ],
)
def test_the_count_with_as_many_things_named_is_the_count(answer: str, typed: str) -> None:
    for answer_type in (AnswerType.TEXT, AnswerType.NUMBER):
        verdict = grade(Answer(answer_type, answer), typed, policy=Policy(), question=QUESTION)
        assert verdict.outcome is Outcome.EXACT, verdict.rule


@pytest.mark.parametrize(
    "typed",
    [
        "4 (or 5)",  # a doubt, not things counted
        "4 (maybe 5, 6)",
        "4 (Akagi, Kaga, Soryu)",  # as many things as another count
        "4 (about 5, or 6)",
    ],
)
def test_a_doubt_or_another_number_of_things_is_no_count_of_them(typed: str) -> None:
    assert without_the_items_counted(["four"], typed) == typed
    verdict = grade(Answer(AnswerType.TEXT, "four"), typed, policy=Policy(), question=QUESTION)
    assert verdict.outcome is Outcome.WRONG


def test_an_answer_with_brackets_of_its_own_is_judged_as_typed() -> None:
    typed = "2 (Watson and Crick)"
    assert without_the_items_counted(["2 (Watson and Crick)"], typed) == typed


def test_another_count_with_its_things_named_is_that_count() -> None:
    typed = "three (Akagi, Kaga, Soryu)"
    assert without_the_items_counted(["four"], typed) == "three"
    verdict = grade(Answer(AnswerType.TEXT, "four"), typed, policy=Policy(), question=QUESTION)
    assert verdict.outcome is Outcome.WRONG

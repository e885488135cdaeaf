"""Tests of Roman numerals in answers: a ruler's number, and when a letter is one."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.answering.roman_numerals import regnal_numbers, roman_value
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def test_a_rulers_number_after_a_name() -> None:
    assert regnal_numbers("Napoleon III and Henry V") == [("napoleon", "3"), ("henry", "5")]
    assert regnal_numbers("the third Napoleon") == []
    assert regnal_numbers("Vitamin D") == []


@pytest.mark.parametrize(
    ("words", "index", "value"),
    [
        (["henry", "viii"], 1, 8),
        (["world", "war", "i"], 2, 1),
        (["charles", "v", "of", "spain"], 1, 5),  # before a ruler's realm
        (["so", "i", "of", "course"], 1, None),  # a pronoun before "of"
        (["mix"], 0, None),  # a word
        (["charles", "x"], 1, 10),
        # A variable after a function or an operator: "log x" is no "log 10".
        (["log", "x"], 1, None),
        (["ln", "x"], 1, None),
        (["sin", "x"], 1, None),
        (["2", "times", "x"], 2, None),
    ],
)
def test_when_letters_are_a_roman_numeral(words: list[str], index: int, value: int | None) -> None:
    assert roman_value(words, index) == value


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # "LV" was "numbers differ: 55 typed, none expected": the initials of the answer.
        ("the left ventricle", "LV", True),
        ("the left ventricle", "XL", False),
        # Where the answer holds a number, a numeral is one.
        ("Louis XIV", "Louis 14", True),
        ("Super Bowl LV", "Super Bowl 55", True),
        ("Super Bowl LV", "Super Bowl LIV", False),
    ],
)
def test_a_whole_answer_in_capitals_that_spells_a_numeral_may_be_initials(
    answer: str, typed: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.correct is right, verdict.rule

"""Scales written as letters against a number: "17k", "3bn", and "16m" for millions."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.answering.scale_letters import millions_by_letter, scale_letters_as_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("17k", "17 thousand"),
        ("3bn", "3 billion"),
        ("132 bn gold marks", "132 billion gold marks"),
        ("273K", "273K"),  # kelvin
        ("5m", "5m"),  # metres as often as millions
        ("the bank", "the bank"),
    ],
)
def test_scales_written_as_letters_read_as_words(written: str, read: str) -> None:
    assert scale_letters_as_words(written) == read


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("16 million", "16m", True),
        ("16 million shares", "16M shares", True),
        ("50 million gold marks", "50mn gold marks", True),
        ("2.5 million", "2.5m", True),
        ("16 million", "17m", False),
        ("20 metres", "20m", True),  # metres where the answer counts no millions
        ("16 million", "16 mm", False),
    ],
)
def test_m_against_a_number_is_a_million_where_the_answer_counts_millions(
    answer: str, typed: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.NUMBER, answer), typed, policy=Policy(), question="How many?")
    assert verdict.correct is right, verdict
    assert millions_by_letter("20 metres", "20m") == "20m"


def test_a_text_answer_reads_a_scale_written_as_letters() -> None:
    answer = Answer(AnswerType.TEXT, "132 billion gold marks")
    assert grade(answer, "132bn gold marks", policy=Policy()).correct
    assert not grade(answer, "132k gold marks", policy=Policy()).correct

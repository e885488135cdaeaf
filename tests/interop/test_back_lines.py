"""A card's back over several lines: its first line answers where the rest says more."""

from __future__ import annotations

import pytest

from trainer.interop.back_lines import answer_and_explanation


@pytest.mark.parametrize(
    ("back", "answer", "explained"),
    [
        (
            "Vitamin K\nalso: prothrombin complex concentrate",
            "Vitamin K",
            "also: prothrombin complex concentrate",
        ),
        ("Paris\n(since 508)", "Paris", "(since 508)"),
        ("Paris\ne.g. the Louvre", "Paris", "e.g. the Louvre"),
        ("Paris\nNB: not Lyon", "Paris", "NB: not Lyon"),
        ("N-acetylcysteine\nGiven IV over 21 hours", "N-acetylcysteine", "Given IV over 21 hours"),
        ("Paris\nThe capital since 508.", "Paris", "The capital since 508."),
    ],
)
def test_lines_that_say_more_explain_the_first(back: str, answer: str, explained: str) -> None:
    assert answer_and_explanation(back) == (answer, explained)


@pytest.mark.parametrize(
    "back",
    [
        "one line",
        "Legislative\nExecutive\nJudicial",  # the parts of one answer
        "Symptoms:\n- fever\n- rash",  # a list
        "1. first\n2. second",
        "Irreversible inhibition of COX-1\nand COX-2",  # a line broken mid-phrase
        "Mitochondria,\nmitochondrion in the singular",
        "Legislative: Congress\nExecutive: the President",  # labelled parts
        "3 cm\n30 mm",
    ],
)
def test_lines_that_are_one_answer_stay_the_answer(back: str) -> None:
    assert answer_and_explanation(back) == (back, "")

"""The rest of an asked answer stands beside a blank: only spaces between, commas too
between the items of a list, and function words aside, one more at most before a word."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_beside import written_beside
from trainer.core.generate.option_rules import quick_fold


def _beside(text: str, blanked: str, answer: str) -> bool:
    start = text.index(blanked)
    end = start + len(blanked)
    words = tuple(quick_fold(answer).split())
    at = words.index(quick_fold(blanked).split()[0])
    size = len(quick_fold(blanked).split())
    return written_beside(text, start, end, words[:at], words[at + size :])


@pytest.mark.parametrize(
    ("text", "blanked", "answer", "beside"),
    [
        ("made by the pineal gland in the dark", "pineal", "pineal gland", True),
        ("a lack of thiamine (vitamin B1) causes beriberi", "B1", "vitamin B1", True),
        ("made by the pineal. Gland cells vary", "pineal", "pineal gland", False),
        # The items of a list answer stand apart by commas, on either side of the blank.
        (
            "the Magi Caspar, Melchior and Balthasar came",
            "Caspar",
            "Caspar, Melchior and Balthasar",
            True,
        ),
        (
            "the Magi Caspar, Melchior and Balthasar came",
            "Melchior",
            "Caspar, Melchior and Balthasar",
            True,
        ),
        (
            "the Magi Caspar, Melchior, and Balthasar came",
            "Balthasar",
            "Caspar, Melchior and Balthasar",
            True,
        ),
        (
            "the Magi Caspar. Melchior and Balthasar came",
            "Caspar",
            "Caspar, Melchior and Balthasar",
            False,
        ),
        # Only a list's items: a comma after the pineal starts another clause.
        ("without the pineal, gland cells vary", "pineal", "pineal gland", False),
        # An extra function word before a word of the answer, or one of the answer's left
        # out, is the same answer.
        ("charged with theft and with arson", "theft", "theft and arson", True),
        ("charged with theft and with arson", "arson", "theft and arson", True),
        ("the bread and wine were blessed", "bread", "bread and the wine", True),
        ("the Lake of the Woods lies", "Lake", "Lake of the Woods", True),
        # Two are another clause: "the pineal is a gland".
        ("the pineal is a gland", "pineal", "pineal gland", False),
        # Another word between is another answer.
        ("charged with theft and later arson", "theft", "theft and arson", False),
    ],
)
def test_the_rest_of_an_answer_is_written_beside_the_blank(
    text: str, blanked: str, answer: str, beside: bool
) -> None:
    assert _beside(text, blanked, answer) is beside

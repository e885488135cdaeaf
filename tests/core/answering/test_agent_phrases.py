"""Who did it, said after how it was done: left out of an answer to "How …?"."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.agent_phrases import asks_how_done
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words

RIGHT = (Outcome.EXACT, Outcome.TYPO)
CLUBBED = "he was clubbed to death by senators"


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        (CLUBBED, "clubbed to death"),
        (CLUBBED, "he was clubbed to death"),
        ("he was shot by an assassin", "he was shot"),
    ],
)
def test_by_whom_may_be_left_out_of_how(answer: str, typed: str) -> None:
    assert graded(answer, typed, "How did he die?") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        (CLUBBED, "clubbed to death", "Who killed Tiberius Gracchus?"),  # not asked how
        (CLUBBED, "clubbed to death by soldiers", "How did he die?"),  # another agent
        (CLUBBED, "by senators", "How did he die?"),
        ("killed by a falling tree", "killed", "How did he die?"),  # the tree is how
        ("by an act of Parliament", "an act", "How was slavery abolished?"),
        ("it was abolished by Parliament", "abolished", "How was slavery abolished?"),
    ],
)
def test_by_whom_stays_where_it_is_what_is_asked(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) not in RIGHT


def test_how_asks_how_done_unless_it_asks_an_amount() -> None:
    assert asks_how_done(answer_words("How did Tiberius Gracchus die?"))
    assert not asks_how_done(answer_words("How many senators were there?"))
    assert not asks_how_done(answer_words("Why did he die?"))

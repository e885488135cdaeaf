"""Grading's inner marks never take the place of an answer that spells one."""

from __future__ import annotations

import pytest

from trainer.core.answering.charges import ION_MARK, MINUS_MARK, PLUS_MARK
from trainer.core.answering.fraction_words import OVER_MARK
from trainer.core.answering.inner_marks import MARK_OPENING
from trainer.core.answering.words import answer_words
from trainer.core.answering.written_numbers import DECIMAL_MARK


@pytest.mark.parametrize("mark", [ION_MARK, PLUS_MARK, MINUS_MARK, OVER_MARK, DECIMAL_MARK])
def test_a_word_spelled_as_an_inner_mark_stays_that_word(mark: str) -> None:
    """Grading carries ".", "/" and a charge's signs through folding as words of letters;
    an answer that holds such a word is read as written, never as the sign."""
    assert mark.startswith(MARK_OPENING)  # what the shield covers
    assert answer_words(mark) == (mark,)
    assert answer_words(f"{mark.upper()} and 3/4") == (mark, "and", "0.75")
    assert answer_words(f"x{mark}y 5.1") == (f"x{mark}y", "5.1")

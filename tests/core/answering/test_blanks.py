"""Tests for trainer.core.answering.blanks: what counts as no answer."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.blanks import is_blank
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize("typed", ["", "  ", "?", "idk", "I don't know", "dunno", "No idea!"])
def test_nothing_or_not_knowing_is_blank(typed: str) -> None:
    assert is_blank(typed)


@pytest.mark.parametrize("typed", ["¥", "$", "€", "£", "₹"])
def test_a_currency_sign_alone_is_an_answer(typed: str) -> None:
    # Folding leaves a sign nothing; it still names a currency.
    assert not is_blank(typed)


def test_a_sign_is_graded_as_an_answer() -> None:
    assert graded("the yen", "¥", "What is the currency of Japan?") is Outcome.EXACT
    assert graded("the yen", "€", "What is the currency of Japan?") is Outcome.WRONG
    assert graded("the yen", "?", "What is the currency of Japan?") is Outcome.BLANK

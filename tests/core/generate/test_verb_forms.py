"""Tests for trainer.core.generate.verb_forms: a value's opening verb and its form."""

from __future__ import annotations

import pytest

from trainer.core.generate.verb_forms import is_past, is_plain_verb, verb_of


@pytest.mark.parametrize(
    ("value", "verb"),
    [
        ("first won the Prix de Rome", "won"),
        ("later showed that light bends", "showed"),
        ("quickly published", "published"),
        ("Joseph Lister", ""),
        ("the ABO blood groups", "the"),
        ("", ""),
    ],
)
def test_the_verb_of_a_value_comes_after_any_adverb(value: str, verb: str) -> None:
    assert verb_of(value) == verb


@pytest.mark.parametrize(
    ("word", "past", "plain"),
    [
        ("published", True, False),
        ("won", True, False),
        ("found", False, False),
        ("filter", False, True),
        ("set", False, False),
        ("needed", True, False),
        ("pumps", False, False),
    ],
)
def test_a_verb_is_past_plain_or_neither(word: str, past: bool, plain: bool) -> None:
    assert is_past(word) is past
    assert is_plain_verb(word) is plain


def test_a_word_in_ed_that_is_no_past_is_read_as_none() -> None:
    assert not is_past("speed")
    assert not is_past("hundred")

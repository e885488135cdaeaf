"""Tests for trainer.core.generate.swap_shortfalls: why a fact makes no true/false card."""

from __future__ import annotations

import dataclasses

from trainer.core.generate.option_rules import ValueClass
from trainer.core.generate.swap_shortfalls import LeftOut, no_swap_message

NONE = LeftOut(False, False, False, False, False, False, False)


def _message(**why: bool) -> str:
    left_out = dataclasses.replace(NONE, **why)
    return no_swap_message("satan", "character", "tf", "Satan", ValueClass.TEXT, left_out)


def test_each_reason_is_named_and_the_first_that_holds_wins() -> None:
    assert "known to be a person of the sex" in _message(unsexed=True, nested=True)
    assert "shows to be true" in _message(shown_true=True, unsexed=True)
    assert "a person, an animal or a thing" in _message(other_kind=True, nested=True)
    assert "may be true as well" in _message(nested=True)
    assert "disagree in number" in _message(disagrees=True)
    assert "as precise as its own" in _message(vague=True)
    assert "within a factor of five" in _message(far_off=True)
    assert _message().startswith("fact 'satan' has no sibling value of 'character'")
    assert _message().endswith("so template 'tf' makes no true/false card from it")

"""Tests for trainer.core.generate.state_parts: a country and the state that holds it."""

from __future__ import annotations

import pytest

from trainer.core.generate.nested_values import may_be_true_too, may_hold
from trainer.core.generate.state_parts import held_by_state


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Scotland", "Britain"),
        ("Wales", "the United Kingdom"),
        ("Ukraine", "the USSR"),
        ("Prussia", "Germany"),
        ("Slovakia", "Czechoslovakia"),
        # Speech names the one by the other, either way round.
        ("the Soviet Union", "Russia"),
        ("Russia", "the Soviet Union"),
    ],
)
def test_a_state_that_holds_or_names_the_country_may_hold_it(answer: str, value: str) -> None:
    assert held_by_state(answer, value)
    assert may_hold(answer, value)
    assert may_be_true_too(answer, value)  # "Macbeth is set in Britain" is true


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Britain", "Scotland"),  # a nation never holds the state
        ("Scotland", "France"),
        ("Poland", "the Soviet Union"),  # never one of its republics
        ("Ukraine", "Russia"),
    ],
)
def test_other_countries_stay_fair_rivals(answer: str, value: str) -> None:
    assert not held_by_state(answer, value)

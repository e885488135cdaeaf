"""Tests of the sizes of amounts written with their units or scales (`amounts`)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.amounts import amount_size, measure_of
from trainer.core.generate.option_rules import ValueClass
from trainer.core.model import CardKind


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("6,650 km", 6_650_000),  # in metres, the measure's base
        ("8,849 m", 8_849),
        ("about 68 million", 68_000_000),
        ("1.4 billion", 1_400_000_000),
        ("42", 42),
    ],
)
def test_an_amount_is_read_in_its_measures_base(value: str, amount: float) -> None:
    size = amount_size(value)
    assert size is not None and math.isclose(math.expm1(size), amount, rel_tol=1e-9)


@pytest.mark.parametrize("value", ["Between 500 and 600 miles", "Apollo 11", "the Nile", ""])
def test_a_value_that_is_no_single_amount_has_no_size(value: str) -> None:
    assert amount_size(value) is None


@given(st.integers(1, 10**9), st.integers(1, 10**9))
def test_lengths_are_ordered_as_their_metres_whatever_the_unit(metres: int, km: int) -> None:
    in_metres = measure_of(f"{metres:,} m", ValueClass.TEXT)
    in_km = measure_of(f"{km:,} km", ValueClass.TEXT)
    assert in_metres is not None and in_km is not None
    assert (in_metres < in_km) is (metres < km * 1000)


HEIGHTS = [
    ("everest", "8,849 m"),
    ("aconcagua", "6,961 m"),
    ("denali", "6,190 m"),
    ("kilimanjaro", "5,895 m"),
    ("elbrus", "5,642 m"),
    ("vinson", "4,892 m"),
    ("kosciuszko", "2,228 m"),
    ("ben-nevis", "1,345 m"),
    ("snowdon", "1,085 m"),
]


def test_options_for_an_amount_with_a_unit_are_the_nearest(make: type[Make]) -> None:
    # "How high is Mount Kosciuszko?" offered only amounts near its 2,228 m, not three
    # drawn at random among heights thrice its own.
    facts = tuple(
        make.fact(name, peak=name.title(), height=height, line=20 + i)
        for i, (name, height) in enumerate(HEIGHTS)
    )
    template = make.template(
        "height", kind=TemplateKind.CHOICE, prompt="How high is {peak}?", answer="height"
    )
    text = " ".join(f"{name.title()} rises {height}." for name, height in HEIGHTS)
    deck = make.deck(make.excerpt("peaks", text, facts=facts), templates=(template,))
    cards = {card.answer.text: card for card in make.cards(deck) if card.kind is CardKind.CHOICE}
    assert set(cards["1,345 m"].choices) <= {"1,345 m", "1,085 m", "2,228 m", "4,892 m"}
    assert set(cards["5,895 m"].choices) <= {"5,895 m", "5,642 m", "6,190 m", "4,892 m", "6,961 m"}

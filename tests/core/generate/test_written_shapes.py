"""Options written as the answer is come first: none stands out by its shape alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.reference_options import reference_shape
from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.generate.written_shapes import written_shape


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the owl", "the silver bow"),
        ("Cerberus", "HMS Endeavour"),
        ("the Nemean lion", "The Hydra"),
    ],
)
def test_values_written_alike_have_one_shape(one: str, other: str) -> None:
    assert written_shape(one) == written_shape(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the owl", "Cerberus"),
        ("the owl", "the Nemean lion"),
        ("owl", "the owl"),
        ("a dove", "Dove"),
    ],
)
def test_an_article_or_a_capital_makes_another_shape(one: str, other: str) -> None:
    assert written_shape(one) != written_shape(other)


DECK = """
id: myth
title: Myth
templates:
  - id: symbol
    kind: choice
    prompt: "Which symbol belongs to {name}?"
    answer: symbol
excerpts:
  - id: gods
    page: 1
    text: >
      Zeus hurled the thunderbolt, Poseidon carried the trident and Hades kept the dog
      Cerberus. Athena's bird was the owl, Aphrodite's the dove, and Artemis carried the
      silver bow.
    facts:
      - {id: zeus, name: Zeus, symbol: the thunderbolt}
      - {id: poseidon, name: Poseidon, symbol: the trident}
      - {id: hades, name: Hades, symbol: Cerberus}
      - {id: athena, name: Athena, symbol: the owl}
      - {id: aphrodite, name: Aphrodite, symbol: the dove}
      - {id: artemis, name: Artemis, symbol: the silver bow}
"""


def test_a_value_written_another_way_is_offered_last() -> None:
    # "Cerberus" was offered beside "the thunderbolt", "the trident" and "the owl": the
    # one option without "the", as a learner who knows no myth could see.
    cards = compile_loaded(load_deck_bytes("myth.yaml", DECK.encode())).cards
    others = [card for card in cards if card.answer.text != "Cerberus"]
    assert len(others) == 5
    assert all("Cerberus" not in card.choices for card in others)
    (hades,) = [card for card in cards if card.answer.text == "Cerberus"]
    assert len(hades.choices) == 4  # its own card still has its options


_PIECES = ["the", "a", "An", " ", "\t", "Owl", "owl", "É", "é", "1"]


@given(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join))
def test_the_shape_is_the_slow_readings(value: str) -> None:
    assert written_shape(value) == reference_shape(value)

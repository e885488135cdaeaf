"""Tests of the deck index generation works from (`context`): how a field's type is read."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.context import DeckIndex
from trainer.core.model import AnswerType, CardKind

RIVERS = [("Nile", "6650"), ("Amazon", "6400"), ("Yangtze", "6300"), ("Thames", "346")]


def test_an_undeclared_field_of_numbers_with_one_no_year_is_of_numbers(make: type[Make]) -> None:
    facts = tuple(
        make.fact(name.lower(), river=name, km=km, line=20 + i)
        for i, (name, km) in enumerate(RIVERS)
    )
    years = tuple(make.fact(f"y{i}", event=f"e{i}", when=str(1900 + i)) for i in range(3))
    index = DeckIndex.of(make.deck(make.excerpt(facts=(*facts, *years))))
    # "6650" beside "346" is a length, not the year 6650; four-digit numbers alone are years.
    assert index.field_type("km") is AnswerType.NUMBER
    assert index.field_type("when") is AnswerType.TEXT
    assert index.field_type("river") is AnswerType.TEXT


def test_lengths_in_an_undeclared_field_are_offered_as_numbers(make: type[Make]) -> None:
    facts = tuple(
        make.fact(name.lower(), river=name, km=km, line=20 + i)
        for i, (name, km) in enumerate(RIVERS)
    )
    template = make.template(
        "length", kind=TemplateKind.CHOICE, prompt="How long is the {river}, in km?", answer="km"
    )
    deck = make.deck(make.excerpt(facts=facts), templates=(template,))
    assert not make.errors(deck)
    cards = [card for card in make.cards(deck) if card.kind is CardKind.CHOICE]
    assert len(cards) == len(RIVERS)
    nile = next(card for card in cards if "Nile" in card.prompt)
    assert set(nile.choices) == {"6650", "6400", "6300", "346"}

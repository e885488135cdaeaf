"""Tests of a deck's stock phrases, which automatic cloze never blanks (`cloze_stock`)."""

from __future__ import annotations

import dataclasses

from tests.core.generate.conftest import Make
from trainer.core.authored import Excerpt
from trainer.core.generate.cloze_stock import common_word_names, phrase_key, stock_phrases
from trainer.core.generate.cloze_words import tokens
from trainer.core.model import CardKind, DeckDefaults

SILVER = (
    "Spanish ships carried some 16,000 tonnes of silver from the New World to Seville.",
    "Hernán Cortés brought the first horses seen in the New World since the Ice Age.",
    "Potosí, found by Diego Huallpa in 1545, was the richest mine in the New World.",
    "Maize and potatoes crossed from the New World to Castile and Andalusia.",
    "Bartolomé de las Casas wrote in 1542 against the Encomienda.",
)


def _deck(make: type[Make], texts: tuple[str, ...], *excerpts: Excerpt) -> list[str]:
    deck = make.deck(
        *(make.excerpt(f"e{i}", text) for i, text in enumerate(texts)),
        *excerpts,
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=8),
    )
    deck = dataclasses.replace(deck, title="Spain and its empire")
    return [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]


def test_a_phrase_of_common_words_in_many_excerpts_is_never_blanked(make: type[Make]) -> None:
    answers = _deck(make, SILVER)
    assert "New World" not in answers
    # The names that say something are asked.
    assert {"Hernán Cortés", "Diego Huallpa", "Seville", "Castile"} <= set(answers)


def test_too_few_excerpts_make_no_stock_phrase(make: type[Make]) -> None:
    # In two excerpts of five, or three of sixteen, it is a name like any other.
    assert "New World" in _deck(make, SILVER[:2] + SILVER[4:])
    others = tuple(f"Galleon {n} reached Cadiz in {1600 + n}." for n in range(13))
    assert "New World" in _deck(make, SILVER[:3] + others)


def test_a_phrase_the_deck_asks_about_is_blanked(make: type[Make]) -> None:
    asked = make.excerpt(
        "asked",
        "Columbus sailed for the Indies and reached the New World.",
        facts=(make.fact("landfall", sailor="Columbus", land="the New World"),),
    )
    deck = make.deck(*(make.excerpt(f"e{i}", t) for i, t in enumerate(SILVER)), asked)
    assert "new world" not in stock_phrases(deck)
    assert "New World" in _deck(make, SILVER, asked)


def test_a_name_with_a_rare_word_is_a_fact_however_often_it_comes(make: type[Make]) -> None:
    texts = tuple(
        f"In {1901 + n} the Nobel Prize went to chemist number {n + 10}, from Uppsala."
        for n in range(4)
    )
    deck = make.deck(*(make.excerpt(f"e{i}", t) for i, t in enumerate(texts)))
    assert stock_phrases(deck) == frozenset()


def test_common_word_names_are_runs_of_capitalised_common_words() -> None:
    text = "The Cold War and the Middle East. Edwin Hubble's Red Shift; Of Mice and Men."
    found = list(common_word_names(tokens(text)))
    assert found == ["cold war", "middle east", "red shift"]  # a rare word names one thing
    assert phrase_key("the  New World") == "new world"

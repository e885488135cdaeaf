"""Automatic cloze on whole decks: a test deck on the space race, and the bundled decks."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.compile import compile_deck
from trainer.core.generate.cloze_kinds import CandidateKind, blank_of
from trainer.core.model import AnswerType, CardKind, CompiledDeck

REPO = Path(__file__).parents[3]
SPACE_RACE_DECK = Path(__file__).parent / "data" / "space-race.yaml"
BUNDLED = [REPO / "decks" / "germany-and-the-soviet-union.yaml", REPO / "decks" / "tutorial.yaml"]

# Judged by hand, card by card, in /work/notes/judging/autocloze-after.md.
SPACE_RACE = [
    "tsiolkovsky:auto-1903",
    "tsiolkovsky:auto-konstantin-tsiolkovsky",
    "sputnik-1:auto-1957",
    "sputnik-1:auto-soviet-union",
    "sputnik-1:auto-sputnik-1",
    "sputnik-1:auto-baikonur-cosmodrome",
    "sputnik-1:auto-83.6-kilograms",
    "laika:auto-1957",
    "laika:auto-sputnik-2",
    "laika:auto-laika",
    "explorer-1:auto-1958",
    "explorer-1:auto-united-states",
    "explorer-1:auto-juno-i",
    "explorer-1:auto-explorer-1",
    "explorer-1:auto-james-van-allen",
    "nasa:auto-1958",
    "luna:auto-1959",
    "luna:auto-soviet",
    "gagarin:auto-1961",
    "gagarin:auto-yuri-gagarin",
    "gagarin:auto-vostok-1",
    "gagarin:auto-108-minutes",
    "shepard:auto-1961",
    "shepard:auto-alan-shepard",
    "shepard:auto-freedom-7",
    "shepard:auto-15-minutes",
    "shepard:auto-suborbital",
    "kennedy:auto-1961",
    "kennedy:auto-president-john-f.-kennedy",
    "kennedy:auto-congress",
    "kennedy:auto-united-states",
    "glenn:auto-1962",
    "glenn:auto-john-glenn",
    "glenn:auto-friendship-7",
    "tereshkova:auto-1963",
    "tereshkova:auto-valentina-tereshkova",
    "tereshkova:auto-vostok-6",
    "leonov:auto-1965",
    "leonov:auto-alexei-leonov",
    "leonov:auto-voskhod-2",
    "leonov:auto-12-minutes",
    "apollo-1:auto-1967",
    "apollo-1:auto-apollo-1",
    "apollo-1:auto-gus-grissom",
    "apollo-1:auto-ed-white",
    "apollo-1:auto-roger-chaffee",
    "apollo-8:auto-1968",
    "apollo-8:auto-apollo-8",
    "apollo-8:auto-frank-borman",
    "apollo-8:auto-jim-lovell",
    "apollo-8:auto-william-anders",
    "apollo-11:auto-1969",
    "apollo-11:auto-neil-armstrong",
    "apollo-11:auto-buzz-aldrin",
    "apollo-11:auto-eagle",
    "apollo-11:auto-michael-collins",
    "korolev:auto-1966",
    "korolev:auto-soviet",
    "korolev:auto-sergei-korolev",
    "korolev:auto-r-7",
    "korolev:auto-sputnik-1",
]


@pytest.fixture(scope="module")
def space_race() -> CompiledDeck:
    return compile_deck(SPACE_RACE_DECK)


def _auto(compiled: CompiledDeck) -> list:  # type: ignore[type-arg]
    return [card for card in compiled.cards if card.kind is CardKind.AUTO_CLOZE]


def test_the_space_race_deck_makes_exactly_these_cards(space_race: CompiledDeck) -> None:
    assert space_race.warnings == ()
    slots = [card.id.removeprefix("space-race:") for card in _auto(space_race)]
    assert slots == SPACE_RACE


def test_names_with_numbers_are_whole_and_typed_as_text(space_race: CompiledDeck) -> None:
    answers = {card.answer.text: card for card in _auto(space_race)}
    for name in ["Sputnik 1", "Sputnik 2", "Vostok 1", "Vostok 6", "Friendship 7", "Apollo 8"]:
        assert answers[name].answer.type is AnswerType.TEXT
        assert name.split()[0] not in answers[name].prompt
    assert "Sputnik" not in answers and "Apollo" not in answers and "Luna 2" not in answers


def test_no_card_blanks_a_day_a_common_word_or_a_title(space_race: CompiledDeck) -> None:
    for card in _auto(space_race):
        assert card.answer.text not in {"Earth", "Moon", "4", "12", "20", "NASA"}
        assert "“The Exploration of Cosmic Space by Means of Reaction Devices”" in card.prompt or (
            card.excerpt_id != "tsiolkovsky"
        )
        for blank in {blank_of(kind) for kind in CandidateKind}:
            assert f"{blank} October" not in card.prompt and f"{blank} July" not in card.prompt


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.name)
def test_bundled_auto_cloze_cards_blank_whole_units(path: Path) -> None:
    for card in _auto(compile_deck(path)):
        words = card.answer.text.split()
        assert card.answer.text not in {"Russians", "German", "Soviet Russia", "JSON Schema"}
        assert all(word[0].isupper() or word[0].isdigit() for word in words[:1])
        assert not any(word in {"of", "the"} for word in words[-1:])

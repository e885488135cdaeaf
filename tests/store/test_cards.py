"""Tests for trainer.store.cards: card JSON, lookups and suspending."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.store.card_strategies import CardValues, cards_of, every_field
from tests.store.conftest import Kit
from trainer.core.model import Answer, AnswerType, Card, CardKind
from trainer.store import (
    CardStatus,
    CollectionCorruptError,
    CollectionError,
    UnknownCardError,
    apply_import,
    get_card,
    set_status,
)
from trainer.store.cards import card_from_json, card_to_json, encode_card, get_cards

SMALL_VALUES = CardValues(
    texts=st.text(max_size=40),
    integers=st.integers(0, 8),
    floats=st.floats(0, 1000, allow_nan=False),
)
cards = cards_of(SMALL_VALUES)


@given(cards)
def test_a_card_survives_its_json_round_trip(card: Card) -> None:
    back = card_from_json(card_to_json(card))
    assert back == card
    assert type(back.kind) is CardKind
    assert type(back.answer.type) is AnswerType
    assert isinstance(back.tags, tuple)


@given(cards)
def test_the_direct_and_the_general_decoder_agree(card: Card) -> None:
    data = json.loads(card_to_json(card))
    newer = {**data, "written_by_a_newer_trainer": 1}  # forces the general decoder
    assert card_from_json(json.dumps(newer)) == card_from_json(json.dumps(data)) == card


def test_every_field_of_card_and_answer_is_generated_with_a_value_of_its_own() -> None:
    # A field left to its default would hide a decoder that drops it.
    assert set(every_field(Card, SMALL_VALUES)) == {f.name for f in dataclasses.fields(Card)}
    assert set(every_field(Answer, SMALL_VALUES)) == {f.name for f in dataclasses.fields(Answer)}


@given(cards)
def test_the_json_names_every_field_of_card_and_answer(card: Card) -> None:
    data = json.loads(card_to_json(card))
    assert list(data) == [f.name for f in dataclasses.fields(Card)]
    assert list(data["answer"]) == [f.name for f in dataclasses.fields(Answer)]


@given(cards)
def test_the_same_card_always_gives_the_same_hash(card: Card) -> None:
    copy = dataclasses.replace(card)
    assert encode_card(card).content_hash == encode_card(copy).content_hash


def test_a_change_of_wording_changes_the_hash(kit: Kit) -> None:
    card = kit.make_card("d", "e:q1")
    reworded = dataclasses.replace(card, prompt=card.prompt + " (reworded)")
    assert encode_card(card).content_hash != encode_card(reworded).content_hash


def test_fields_missing_from_old_json_take_their_defaults(kit: Kit) -> None:
    data = json.loads(card_to_json(kit.make_card("d", "e:q1")))
    del data["explanation"], data["cites"]
    card = card_from_json(json.dumps(data))
    assert card.explanation == "" and card.cites == ()


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"id": "x"}'])
def test_unreadable_card_json_is_reported_as_damage(text: str) -> None:
    with pytest.raises(CollectionCorruptError, match="stored card cannot be read"):
        card_from_json(text)


def test_get_card_returns_content_status_state_and_position(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    deck = kit.make_deck(slot_paths=["a:q1", "a:q2"], tags={"a:q2": ["war", "1926"]})
    apply_import(conn, deck, "deck.yaml", kit.moment(kit.day0))
    entry = get_card(conn, "deck:a:q2")
    assert entry.card == deck.cards[1]
    assert entry.status is CardStatus.ACTIVE
    assert entry.schedule.is_new
    assert entry.position == 1


def test_get_card_of_an_unknown_id_names_it(conn: sqlite3.Connection) -> None:
    with pytest.raises(UnknownCardError, match="no card 'nope:a:q1'"):
        get_card(conn, "nope:a:q1")


def test_get_cards_finds_many_and_skips_unknown_ids(conn: sqlite3.Connection, kit: Kit) -> None:
    paths = [f"e{i}:q1" for i in range(1200)]
    apply_import(conn, kit.make_deck(slot_paths=paths), "deck.yaml", kit.moment(kit.day0))
    wanted = [f"deck:e{i}:q1" for i in range(0, 1200, 2)] + ["deck:missing:q1"]
    found = get_cards(conn, wanted)
    assert set(found) == set(wanted) - {"deck:missing:q1"}
    assert found["deck:e600:q1"].position == 600


def test_suspend_and_unsuspend(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    set_status(conn, "deck:a:q1", CardStatus.SUSPENDED)
    assert get_card(conn, "deck:a:q1").status is CardStatus.SUSPENDED
    set_status(conn, "deck:a:q1", "active")
    assert get_card(conn, "deck:a:q1").status is CardStatus.ACTIVE


def test_set_status_refuses_retiring_unknown_and_retired_cards(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    apply_import(conn, kit.make_deck(slot_paths=["a:q1"]), "deck.yaml", kit.moment(kit.day0))
    with pytest.raises(ValueError, match="re-importing"):
        set_status(conn, "deck:a:q1", CardStatus.RETIRED)
    with pytest.raises(UnknownCardError):
        set_status(conn, "deck:zz:q1", CardStatus.SUSPENDED)
    with pytest.raises(CollectionError, match="retired"):
        set_status(conn, "deck:a:q2", CardStatus.SUSPENDED)
    with pytest.raises(ValueError):
        set_status(conn, "deck:a:q1", "frozen")

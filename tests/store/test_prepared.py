"""Tests for trainer.store.prepared: a prepared deck imports exactly as its compiled deck."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import Kit
from trainer.core.model import Card
from trainer.store import (
    ImportConflictError,
    apply_import,
    get_card,
    plan_import,
    prepare_cards,
    prepare_deck,
)
from trainer.store.cards import card_to_json, encode_card


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(tuple(row) for row in conn.execute(f"SELECT * FROM {table}"))
        for table in ("decks", "excerpts", "cards", "card_content")
    }


def test_rows_hold_each_card_as_encoded_for_the_collection(kit: Kit) -> None:
    compiled = kit.make_deck(tags={"a:q1": ["war", "economy"]})
    prepared = prepare_deck(compiled)
    assert prepared.deck_id == "deck" and prepared.content_hash == "hash-1"
    assert len(prepared.cards) == len(compiled.cards)
    for card, row in zip(compiled.cards, prepared.cards, strict=True):
        encoded = encode_card(card)
        assert row == (
            card.id,
            card.excerpt_id,
            card.kind.value,
            card_to_json(card).encode("utf-8"),
            encoded.content_hash,
            card.prompt,
            encoded.answer_text,
            encoded.tags,
        )
    assert [row[0] for row in prepared.excerpts] == ["a", "b"]


def test_importing_prepared_and_compiled_decks_writes_the_same(
    kit: Kit, tmp_path: Path, conn: sqlite3.Connection
) -> None:
    from trainer.store import close_collection, open_collection

    first = kit.make_deck()
    changed = kit.make_deck(slot_paths=["a:q1", "b:q1", "c:q1"], wording={"a:q1": " now"})
    other = open_collection(tmp_path / "other.sqlite")
    try:
        for deck in (first, changed):
            now = kit.moment(kit.day0)
            assert plan_import(conn, deck) == plan_import(other, prepare_deck(deck))
            assert apply_import(conn, deck, "deck.yaml", now) == apply_import(
                other, prepare_deck(deck), "deck.yaml", now
            )
            assert dump(conn) == dump(other)
        assert get_card(other, "deck:a:q1").card == changed.cards[0]
    finally:
        close_collection(other)


def test_card_ids_are_checked_when_preparing(kit: Kit) -> None:
    deck = kit.make_deck()
    stray = dataclasses.replace(deck.cards[0], id="elsewhere:a:q1")
    with pytest.raises(ImportConflictError, match="do not belong"):
        prepare_deck(dataclasses.replace(deck, cards=(*deck.cards, stray)))
    with pytest.raises(ImportConflictError, match="duplicate card ids"):
        prepare_deck(dataclasses.replace(deck, cards=(*deck.cards, deck.cards[0])))


def test_excerpts_are_stored_as_the_learner_reads_them() -> None:
    from trainer.core.compile import compile_deck
    from trainer.store import prepare_deck

    deck = Path(__file__).resolve().parents[2] / "decks" / "germany-and-the-soviet-union.yaml"
    excerpts = {row[0]: row[2] for row in prepare_deck(compile_deck(deck)).excerpts}
    assert "{{" not in "".join(excerpts.values())
    assert "Mensheviks travelled with him" in excerpts["lenin-passage"]


def test_cards_handed_over_are_taken_out_as_they_are_encoded(kit: Kit) -> None:
    compiled = kit.make_deck()
    cards: list[Card | None] = list(compiled.cards)
    shell = dataclasses.replace(compiled, cards=())
    prepared = prepare_cards(shell, cards, {})
    assert cards == [None] * len(compiled.cards)
    assert prepared == prepare_deck(compiled)

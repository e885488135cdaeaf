"""Reading ahead: several cards and their excerpts read at once are the ones read one by
one, and another connection's commit (not this one's) changes the data version."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tests.store.conftest import Kit
from trainer.store import apply_import, close_collection, get_card, get_excerpt, open_collection
from trainer.store.read_ahead import MAX_READ_AHEAD, data_version, read_ahead

NOW = datetime(2025, 3, 1, 9, tzinfo=UTC)


def test_cards_read_ahead_are_the_cards_read_one_by_one(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck("one", ["a:q1", "a:q2", "b:q1"]), "one.yaml", NOW)
    apply_import(conn, kit.make_deck("two", ["a:q1", "c:q1"]), "two.yaml", NOW)
    kit.answer(conn, "one:a:q1", 4, kit.day0)
    wanted = ["two:c:q1", "one:a:q1", "nowhere:a:q1", "one:b:q1", "two:c:q1"]
    read = read_ahead(conn, wanted)
    assert set(read.entries) == {"two:c:q1", "one:a:q1", "one:b:q1"}  # unknown ids left out
    for card_id, entry in read.entries.items():
        assert entry == get_card(conn, card_id)
    assert set(read.excerpts) == {("two", "c"), ("one", "a"), ("one", "b")}
    for (deck_id, excerpt_id), excerpt in read.excerpts.items():
        assert excerpt == get_excerpt(conn, deck_id, excerpt_id)


def test_excerpts_already_known_are_not_read_again(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck("one", ["a:q1", "a:q2", "b:q1"]), "one.yaml", NOW)
    read = read_ahead(conn, ["one:a:q1", "one:b:q1"], {("one", "a")})
    assert set(read.entries) == {"one:a:q1", "one:b:q1"}
    assert set(read.excerpts) == {("one", "b")}


def test_nothing_asked_nothing_read(conn: sqlite3.Connection) -> None:
    read = read_ahead(conn, [])
    assert read.entries == {} and read.excerpts == {}


def test_at_most_the_limit_is_read_at_once(conn: sqlite3.Connection, kit: Kit) -> None:
    slots = [f"e{n}:q" for n in range(MAX_READ_AHEAD + 20)]
    apply_import(conn, kit.make_deck("big", slots), "big.yaml", NOW)
    read = read_ahead(conn, [f"big:{slot}" for slot in slots])
    assert len(read.entries) == MAX_READ_AHEAD


def test_only_another_connections_commit_changes_the_data_version(
    conn: sqlite3.Connection, db_path: Path, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck("one", ["a:q1", "a:q2"]), "one.yaml", NOW)
    before = data_version(conn)
    kit.answer(conn, "one:a:q1", 4, kit.day0)  # this connection's own commit
    assert data_version(conn) == before
    other = open_collection(db_path)
    try:
        kit.answer(other, "one:a:q2", 4, kit.day0)
    finally:
        close_collection(other)
    assert data_version(conn) != before


def test_a_damaged_card_is_left_out_and_the_others_are_read(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck("one", ["a:q1", "a:q2", "b:q1"]), "one.yaml", NOW)
    conn.execute("UPDATE card_content SET content = '{' WHERE card_id = 'one:a:q2'")
    conn.commit()
    read = read_ahead(conn, ["one:a:q1", "one:a:q2", "one:b:q1"])
    assert set(read.entries) == {"one:a:q1", "one:b:q1"}

"""Tests for trainer.store.decks: deck records, exam dates and per-deck counts."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from tests.store.conftest import Kit
from trainer.core.model import DeckDefaults
from trainer.store import (
    UnknownDeckError,
    apply_import,
    deck_summaries,
    list_decks,
    set_exam_date,
)
from trainer.store.decks import DeckSummary, get_deck
from trainer.store.errors import CollectionBusyError, CollectionCorruptError
from trainer.store.siblings import chronology_cites

# The days of the `history` fixture in conftest.
D0, D2 = date(2025, 3, 1), date(2025, 3, 3)


def test_deck_summaries_give_raw_counts_per_deck(history: sqlite3.Connection) -> None:
    set_exam_date(history, "t", date(2025, 6, 30))
    assert deck_summaries(history, D2) == [
        DeckSummary(
            "s", "A deck", due=1, new=1, learned=5, suspended=1, retired=1, total=7, exam_date=None
        ),
        DeckSummary(
            "t",
            "A deck",
            due=1,
            new=0,
            learned=1,
            suspended=0,
            retired=0,
            total=1,
            exam_date=date(2025, 6, 30),
        ),
    ]


def test_due_counts_depend_on_the_day(history: sqlite3.Connection) -> None:
    by_deck = {s.deck_id: s.due for s in deck_summaries(history, D0)}
    assert by_deck == {"s": 1, "t": 0}


def test_decks_are_listed_by_title(conn: sqlite3.Connection, kit: Kit) -> None:
    now = kit.moment(kit.day0)
    apply_import(conn, kit.make_deck("b", title="Zoology"), "b.yaml", now)
    apply_import(conn, kit.make_deck("a", title="Anatomy"), "a.yaml", now)
    assert [d.id for d in list_decks(conn)] == ["a", "b"]
    assert [s.deck_id for s in deck_summaries(conn, kit.day0)] == ["a", "b"]
    assert deck_summaries(conn, kit.day0)[0].new == 3


def test_get_deck_returns_what_was_imported(conn: sqlite3.Connection, kit: Kit) -> None:
    deck = kit.make_deck(defaults=DeckDefaults(new_per_day=8, auto_cloze=True, typo_tolerance=0.2))
    apply_import(conn, deck, "/courses/deck.yaml", kit.moment(kit.day0))
    record = get_deck(conn, "deck")
    assert record.title == "A deck"
    assert record.defaults == DeckDefaults(new_per_day=8, auto_cloze=True, typo_tolerance=0.2)
    assert record.source_path == "/courses/deck.yaml"
    assert record.exam_date is None


def test_set_and_clear_the_exam_date(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    set_exam_date(conn, "deck", date(2025, 5, 20))
    assert get_deck(conn, "deck").exam_date == date(2025, 5, 20)
    set_exam_date(conn, "deck", None)
    assert get_deck(conn, "deck").exam_date is None


def test_unknown_decks_are_named_in_errors(conn: sqlite3.Connection) -> None:
    with pytest.raises(UnknownDeckError, match="no deck 'ghost'"):
        get_deck(conn, "ghost")
    with pytest.raises(UnknownDeckError):
        set_exam_date(conn, "ghost", date(2025, 1, 1))


def test_damaged_rows_are_reported_as_a_corrupt_collection(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    # Someone edited the file, or it is damaged: an error the app and the command line
    # report, never an AttributeError or SQLite's "malformed JSON" as a crash.
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    with conn:
        conn.execute("UPDATE decks SET info = '[1, 2]'")
    with pytest.raises(CollectionCorruptError, match="metadata is not an object"):
        get_deck(conn, "deck")
    with conn:
        conn.execute("UPDATE card_content SET content = 'not json'")
        conn.execute("UPDATE cards SET kind = 'chronology'")
    (card_id,) = conn.execute("SELECT id FROM cards LIMIT 1").fetchone()
    with pytest.raises(CollectionCorruptError, match="a stored card cannot be read"):
        chronology_cites(conn, [card_id])


class _BusyOnJson:
    """A connection whose reads of card content fail as a locked file fails."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, parameters: object = ()) -> sqlite3.Cursor:
        if "json_extract" in sql:
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = 5  # SQLITE_BUSY
            raise error
        return self._conn.execute(sql, parameters)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def test_a_busy_collection_is_not_called_corrupt(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    (card_id,) = conn.execute("SELECT id FROM cards LIMIT 1").fetchone()
    busy = _BusyOnJson(conn)
    with pytest.raises(CollectionBusyError):
        chronology_cites(busy, [card_id])  # type: ignore[arg-type]


def test_a_deck_title_that_is_not_utf8_is_reported_as_a_corrupt_collection(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    # SQLite fails as it fetches such text: review --plain crashed on it, listing decks.
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    with conn:
        conn.execute("UPDATE decks SET title = CAST(X'41FF1B5D30' AS TEXT)")
    with pytest.raises(CollectionCorruptError, match="not UTF-8"):
        list_decks(conn)
    with pytest.raises(CollectionCorruptError, match="not UTF-8"):
        get_deck(conn, "deck")

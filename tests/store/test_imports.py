"""Tests for trainer.store.imports: first import, re-import rules, atomicity."""

from __future__ import annotations

import dataclasses
import gc
import random
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import Kit
from tests.support.card_queries import new_cards
from trainer.core.compile import compile_deck
from trainer.core.model import CompiledDeck, DeckDefaults
from trainer.store import (
    CardStatus,
    DeckIdConflictError,
    ImportConflictError,
    apply_import,
    card_details,
    close_collection,
    deck_summaries,
    get_card,
    imports,
    open_collection,
    plan_import,
    set_exam_date,
    set_status,
)
from trainer.store.cards import card_to_json
from trainer.store.decks import get_deck, stored_deck_hash
from trainer.store.log import card_log
from trainer.store.prepared import CardRow


def count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_first_import_adds_every_card_in_deck_order(conn: sqlite3.Connection, kit: Kit) -> None:
    deck = kit.make_deck(slot_paths=["b:q1", "a:q1", "a:q2"])
    plan = apply_import(conn, deck, "/decks/deck.yaml", kit.moment(kit.day0))
    assert plan.new_deck and not plan.is_noop
    assert plan.added == ("deck:b:q1", "deck:a:q1", "deck:a:q2")
    assert plan.kept == plan.changed == plan.retired == plan.revived == ()
    assert [e.card.id for e in new_cards(conn, limit=10)] == list(plan.added)
    assert count(conn, "excerpts") == 2
    record = get_deck(conn, "deck")
    assert record.source_path == "/decks/deck.yaml"
    assert record.content_hash == "hash-1"
    assert record.imported_at == kit.moment(kit.day0)
    assert stored_deck_hash(conn, "deck") == "hash-1"
    assert stored_deck_hash(conn, "other") is None


def stored_prompts(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT card_id, prompt FROM card_content").fetchall())


@pytest.mark.parametrize(
    "wording",
    [' "quoted" \\ back\\slash', "\n\ttab and\u2028line", " caf\u00e9 \u2014 \U0001f600 \x07", ""],
)
def test_the_stored_prompt_is_each_cards_own_on_insert_and_on_update(
    conn: sqlite3.Connection, kit: Kit, wording: str
) -> None:
    # The prompt column, kept for search, is written and rewritten with the card's content.
    first = kit.make_deck(wording={"a:q1": wording})
    apply_import(conn, first, "deck.yaml", kit.moment(kit.day0))
    assert stored_prompts(conn) == {card.id: card.prompt for card in first.cards}
    changed = kit.make_deck(wording={"a:q2": wording + " now"}, content_hash="hash-2")
    plan = apply_import(conn, changed, "deck.yaml", kit.moment(kit.day0))
    assert "deck:a:q2" in plan.changed
    assert stored_prompts(conn) == {card.id: card.prompt for card in changed.cards}


def test_planning_writes_nothing(conn: sqlite3.Connection, kit: Kit) -> None:
    plan = plan_import(conn, kit.make_deck())
    assert plan.added == ("deck:a:q1", "deck:a:q2", "deck:b:q1")
    assert count(conn, "cards") == count(conn, "decks") == 0


def test_the_plan_matches_what_apply_does(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    changed = kit.make_deck(slot_paths=["a:q1", "b:q1", "c:q1"], wording={"b:q1": " now"})
    planned = plan_import(conn, changed)
    assert apply_import(conn, changed, "deck.yaml", kit.moment(kit.day0)) == planned


def test_an_unchanged_reimport_is_a_noop_that_keeps_progress(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    deck = kit.make_deck()
    apply_import(conn, deck, "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    before = get_card(conn, "deck:a:q1")
    plan = apply_import(conn, deck, "deck.yaml", kit.moment(kit.day0 + timedelta(days=1)))
    assert plan.is_noop
    assert plan.kept == ("deck:a:q1", "deck:a:q2", "deck:b:q1")
    assert plan.previous_hash == "hash-1"
    assert get_card(conn, "deck:a:q1") == before


def test_new_wording_is_stored_and_state_and_history_kept(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 5, kit.day0)
    state = get_card(conn, "deck:a:q1").schedule
    reworded = kit.make_deck(wording={"a:q1": " (clearer)"}, content_hash="hash-2")
    plan = apply_import(conn, reworded, "deck.yaml", kit.moment(kit.day0))
    assert plan.changed == ("deck:a:q1",)
    assert plan.kept == ("deck:a:q2", "deck:b:q1")
    entry = get_card(conn, "deck:a:q1")
    assert entry.card.prompt == "Question q1 about a (clearer)?"
    assert entry.schedule == state
    assert len(card_log(conn, "deck:a:q1")) == 1
    assert stored_deck_hash(conn, "deck") == "hash-2"


def test_removed_cards_retire_with_their_history(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q2", 3, kit.day0)
    later = kit.moment(kit.day0 + timedelta(days=3))
    plan = apply_import(conn, kit.make_deck(slot_paths=["a:q1", "b:q1"]), "deck.yaml", later)
    assert plan.retired == ("deck:a:q2",)
    details = card_details(conn, "deck:a:q2")
    assert details.entry.status is CardStatus.RETIRED
    assert details.retired_at == later
    assert len(details.history) == 1
    assert details.excerpt is not None and details.excerpt.id == "a"
    summary = deck_summaries(conn, kit.day0)[0]
    assert (summary.retired, summary.total) == (1, 2)


def test_a_retired_card_that_returns_is_revived_with_its_old_state(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:b:q1", 4, kit.day0)
    state = get_card(conn, "deck:b:q1").schedule
    apply_import(conn, kit.make_deck(slot_paths=["a:q1"]), "deck.yaml", kit.moment(kit.day0))
    back = kit.make_deck(slot_paths=["a:q1", "b:q1"], wording={"b:q1": " v2"})
    plan = apply_import(conn, back, "deck.yaml", kit.moment(kit.day0))
    assert plan.revived == ("deck:b:q1",)
    assert plan.changed == () and plan.added == ()
    entry = get_card(conn, "deck:b:q1")
    assert entry.status is CardStatus.ACTIVE
    assert entry.schedule == state
    assert entry.card.prompt.endswith(" v2?")
    assert card_details(conn, "deck:b:q1").retired_at is None
    # a:q2 is still retired: it did not come back.
    assert get_card(conn, "deck:a:q2").status is CardStatus.RETIRED


def test_suspended_cards_stay_suspended(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    set_status(conn, "deck:a:q2", CardStatus.SUSPENDED)
    reworded = kit.make_deck(slot_paths=["a:q2", "a:q1", "b:q1"], wording={"a:q2": "!"})
    apply_import(conn, reworded, "deck.yaml", kit.moment(kit.day0))
    entry = get_card(conn, "deck:a:q2")
    assert entry.status is CardStatus.SUSPENDED
    assert entry.position == 0


def test_reordering_moves_positions(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    plan = apply_import(
        conn, kit.make_deck(slot_paths=["b:q1", "a:q1", "a:q2"]), "deck.yaml", kit.moment(kit.day0)
    )
    assert plan.reordered == 3 and not plan.is_noop
    assert plan.kept == ("deck:b:q1", "deck:a:q1", "deck:a:q2")
    assert [e.card.id for e in new_cards(conn, limit=5)] == list(plan.kept)


def test_excerpt_edits_are_stored(conn: sqlite3.Connection, kit: Kit) -> None:
    deck = kit.make_deck()
    apply_import(conn, deck, "deck.yaml", kit.moment(kit.day0))
    edited = dataclasses.replace(deck.deck.excerpts[0], text="New")
    new_deck = dataclasses.replace(deck.deck, excerpts=(edited, *deck.deck.excerpts[1:]))
    apply_import(conn, CompiledDeck(new_deck, deck.cards), "deck.yaml", kit.moment(kit.day0))
    excerpt = card_details(conn, "deck:a:q1").excerpt
    assert excerpt is not None and excerpt.text == "New"


def test_reimport_keeps_the_exam_date_and_updates_metadata(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    set_exam_date(conn, "deck", date(2025, 6, 1))
    renamed = kit.make_deck(title="Renamed", defaults=DeckDefaults(new_per_day=5))
    apply_import(conn, renamed, "moved/deck.yaml", kit.moment(kit.day0), move=True)
    record = get_deck(conn, "deck")
    assert (record.title, record.source_path) == ("Renamed", "moved/deck.yaml")
    assert record.defaults == DeckDefaults(new_per_day=5)
    assert record.exam_date == date(2025, 6, 1)


def test_duplicate_card_ids_are_refused_and_nothing_written(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    deck = kit.make_deck(slot_paths=["a:q1", "a:q1"])
    with pytest.raises(ImportConflictError, match="duplicate card ids: 'deck:a:q1'"):
        apply_import(conn, deck, "deck.yaml", kit.moment(kit.day0))
    assert count(conn, "decks") == 0


def test_cards_of_another_deck_are_refused(conn: sqlite3.Connection, kit: Kit) -> None:
    deck = kit.make_deck()
    stray = kit.make_card("other", "x:q1")
    with pytest.raises(ImportConflictError, match="do not belong to it: 'other:x:q1'"):
        apply_import(conn, CompiledDeck(deck.deck, (*deck.cards, stray)), "d", kit.moment(kit.day0))


def test_a_failure_mid_import_writes_nothing(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    conn.execute(
        """CREATE TEMP TRIGGER fail_content BEFORE INSERT ON main.card_content
           BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"""
    )
    bigger = kit.make_deck(slot_paths=["a:q1", "c:q1"], content_hash="hash-2", title="New")
    with pytest.raises(sqlite3.DatabaseError, match="disk trouble"):
        apply_import(conn, bigger, "deck.yaml", kit.moment(kit.day0))
    assert not conn.in_transaction
    assert get_deck(conn, "deck").title == "A deck"
    assert stored_deck_hash(conn, "deck") == "hash-1"
    assert count(conn, "cards") == 3
    assert get_card(conn, "deck:a:q2").status is CardStatus.ACTIVE


def test_a_deck_id_from_another_file_is_refused_naming_both_files(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    apply_import(conn, kit.make_deck(), "course/deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    # Another file reusing the id, with other cards: importing it would retire all three.
    other = kit.make_deck(slot_paths=["z:q1"], title="Someone else's deck", content_hash="h2")
    with pytest.raises(DeckIdConflictError) as caught:
        apply_import(conn, other, "downloads/other.yaml", kit.moment(kit.day0))
    message = str(caught.value)
    assert "downloads/other.yaml" in message and "course/deck.yaml" in message
    assert "trainer import downloads/other.yaml --move" in message
    assert "\n" not in message
    assert (caught.value.previous_source, caught.value.new_source) == (
        "course/deck.yaml",
        "downloads/other.yaml",
    )
    assert get_deck(conn, "deck").title == "A deck"
    assert get_deck(conn, "deck").source_path == "course/deck.yaml"
    assert {get_card(conn, f"deck:{p}").status for p in ("a:q1", "a:q2", "b:q1")} == {
        CardStatus.ACTIVE
    }
    assert count(conn, "cards") == 3
    assert get_card(conn, "deck:a:q1").schedule.reviews == 1


def test_a_move_keeps_progress_and_records_the_new_file(conn: sqlite3.Connection, kit: Kit) -> None:
    apply_import(conn, kit.make_deck(), "old/deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    plan = apply_import(conn, kit.make_deck(), "new/deck.yaml", kit.moment(kit.day0), move=True)
    assert plan.moved_from == plan.previous_source == "old/deck.yaml" and plan.retired == ()
    assert not plan.is_noop  # the deck's file changed, if none of its cards did
    assert get_deck(conn, "deck").source_path == "new/deck.yaml"
    assert get_card(conn, "deck:a:q1").schedule.reviews == 1
    # From now on the new file is the deck's, and the old one is refused in its turn.
    apply_import(conn, kit.make_deck(), "new/deck.yaml", kit.moment(kit.day0))
    with pytest.raises(DeckIdConflictError):
        apply_import(conn, kit.make_deck(), "old/deck.yaml", kit.moment(kit.day0))


def test_two_spellings_of_one_file_are_the_same_deck(
    conn: sqlite3.Connection, kit: Kit, tmp_path: Path
) -> None:
    real = tmp_path / "decks" / "deck.yaml"
    real.parent.mkdir()
    real.write_text("id: deck\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    apply_import(conn, kit.make_deck(), real, kit.moment(kit.day0))
    apply_import(
        conn,
        kit.make_deck(),
        tmp_path / "decks" / ".." / "decks" / "deck.yaml",
        kit.moment(kit.day0),
    )
    apply_import(conn, kit.make_deck(), link, kit.moment(kit.day0))


SLOTS = [f"e{i}:q{j}" for i in range(6) for j in range(3)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.lists(st.sampled_from(SLOTS), min_size=1, unique=True),
    second=st.lists(st.sampled_from(SLOTS), min_size=1, unique=True),
    qualities=st.lists(st.integers(0, 5), min_size=1, max_size=18),
)
def test_reimport_keeps_the_state_of_every_kept_id(
    kit: Kit, first: list[str], second: list[str], qualities: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        conn = open_collection(Path(folder) / "c.sqlite")
        now = kit.moment(kit.day0)
        apply_import(conn, kit.make_deck(slot_paths=first), "d", now)
        for path, quality in zip(first, qualities, strict=False):
            kit.answer(conn, f"deck:{path}", quality, kit.day0)
        states = {f"deck:{p}": get_card(conn, f"deck:{p}").schedule for p in first}

        plan = apply_import(conn, kit.make_deck(slot_paths=second), "d", now)

        first_ids = {f"deck:{p}" for p in first}
        second_ids = {f"deck:{p}" for p in second}
        assert set(plan.added) == second_ids - first_ids
        assert set(plan.kept) == second_ids & first_ids
        assert set(plan.retired) == first_ids - second_ids
        for card_id, state in states.items():
            entry = get_card(conn, card_id)
            assert entry.schedule == state
            wanted = CardStatus.ACTIVE if card_id in second_ids else CardStatus.RETIRED
            assert entry.status is wanted
        for position, path in enumerate(second):
            assert get_card(conn, f"deck:{path}").position == position
        close_collection(conn)


DECKS = Path(__file__).resolve().parents[2] / "decks"


@pytest.mark.parametrize("name", ["germany-and-the-soviet-union.yaml", "tutorial.yaml"])
def test_a_shipped_deck_imports_and_reads_back_unchanged(
    conn: sqlite3.Connection, kit: Kit, name: str
) -> None:
    compiled = compile_deck(DECKS / name)
    plan = apply_import(conn, compiled, DECKS / name, kit.moment(kit.day0))
    assert len(plan.added) == len(compiled.cards) > 0
    stored = [entry.card for entry in new_cards(conn, limit=len(compiled.cards) + 1)]
    assert stored == list(compiled.cards)
    for card in compiled.cards:
        excerpt = card_details(conn, card.id).excerpt
        assert excerpt is not None and excerpt.id == card.excerpt_id
    assert stored_deck_hash(conn, compiled.deck.id) == compiled.deck.content_hash
    assert apply_import(conn, compiled, DECKS / name, kit.moment(kit.day0)).is_noop


def test_card_json_is_stored_as_text_when_added_and_when_rewritten(
    conn: sqlite3.Connection, kit: Kit
) -> None:
    # Rows carry the JSON as UTF-8 bytes: bound as they are, SQLite would keep blobs,
    # which json_extract refuses and a reader would get back as bytes.
    path = DECKS / "germany-and-the-soviet-union.yaml"
    compiled = compile_deck(path)
    apply_import(conn, compiled, path, kit.moment(kit.day0))
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    reworded = kit.make_deck(wording={"a:q1": " – clearer"}, content_hash="hash-2")
    assert apply_import(conn, reworded, "deck.yaml", kit.moment(kit.day0)).changed
    kinds = {str(kind) for (kind,) in conn.execute("SELECT typeof(content) FROM card_content")}
    assert kinds == {"text"}
    stored = dict(conn.execute("SELECT card_id, content FROM card_content").fetchall())
    for card in (*compiled.cards, *reworded.cards):
        assert stored[card.id] == card_to_json(card)
    assert any("–" in stored[card.id] for card in compiled.cards)
    assert "– clearer" in stored["deck:a:q1"]


# Excerpt ids of any text but lone surrogates (which neither path stores): a NUL, quotes,
# backslashes, escapes spelled out, letters beyond the basic plane.
_ODD_IDS = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=8).filter(
    lambda text: ":" not in text
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    excerpts=st.lists(_ODD_IDS, min_size=1, max_size=5, unique=True),
    shuffled=st.randoms(),
    batch=st.integers(1, 12),
)
def test_added_cards_unpacked_by_sqlite_are_stored_as_bound_row_by_row(
    kit: Kit, excerpts: list[str], shuffled: random.Random, batch: int
) -> None:
    """The added cards' fast path (JSON arrays of `batch` cards unpacked by SQLite) stores
    exactly what binding each row stores, on a first import and on a re-import that adds
    cards."""
    first = [f"{excerpt}:q1" for excerpt in excerpts]
    second = [*first, *(f"{excerpt}:q2" for excerpt in excerpts)]
    shuffled.shuffle(second)

    def stored(fast: bool) -> list[tuple[object, ...]]:
        with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as folder:
            patch.setattr(imports, "_CARDS_AN_ARRAY", batch)
            if not fast:
                patch.setattr(imports, "_cards_json", lambda added: None)
            conn = open_collection(Path(folder) / "c.sqlite")
            now = kit.moment(kit.day0)
            apply_import(conn, kit.make_deck(slot_paths=first), "d", now)
            apply_import(conn, kit.make_deck(slot_paths=second), "d", now)
            rows = [tuple(row) for row in conn.execute("SELECT * FROM cards ORDER BY rowid")]
            close_collection(conn)
        return rows

    fast = stored(fast=True)
    assert len(fast) == len(second)
    assert {row[0] for row in fast} == {f"deck:{path}" for path in second}
    assert fast == stored(fast=False)


def test_ids_json_would_not_carry_exactly_are_bound_row_by_row() -> None:
    assert imports._cards_json([(0, _row("deck:a:q1"))]) is not None
    assert imports._cards_json([(0, _row("deck:a\x00b:q1"))]) is None
    assert imports._cards_json([(0, _row("deck:a\ud800:q1"))]) is None


def _row(card_id: str) -> CardRow:
    return (card_id, "a", "qa", b"{}", "0" * 32, "prompt", "answer", "")


def test_an_import_pauses_the_cyclic_collector_and_restores_it(
    conn: sqlite3.Connection, kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It makes a tuple per card and no cycles: the collector would only walk the caller's
    heap again and again. Left as it was found, on or off."""
    seen: list[bool] = []
    write_cards = imports._write_cards

    def watched(*args: object, **kwargs: object) -> None:
        seen.append(gc.isenabled())
        write_cards(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(imports, "_write_cards", watched)
    assert gc.isenabled()
    apply_import(conn, kit.make_deck(slot_paths=["e1:q1"]), "d", kit.moment(kit.day0))
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        apply_import(conn, kit.make_deck(slot_paths=["e1:q1", "e2:q1"]), "d", kit.moment(kit.day0))
        assert not gc.isenabled()
    finally:
        gc.enable()

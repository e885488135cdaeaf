"""Schema v3 on a real v2 collection: every card and log row comes through exactly.

The fixture was written by the last trainer to write version 2 (see
fixtures/make_v2_collection.py): 60 days of study over three decks, with lapses, drills,
undos, a clock moved back, a suspended and a retired card and exam-moved due days.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from trainer.core.scheduling.registry import scheduler_named
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER, sm2_memory
from trainer.core.scheduling.state import Quality
from trainer.store import (
    CollectionCorruptError,
    close_collection,
    get_card,
    iter_log,
    open_collection,
    record_answer,
)
from trainer.store.accepted import accepted_answers, add_accepted_answer
from trainer.store.codec import day_from_number, moment_from_text
from trainer.store.collection_info import learner_id
from trainer.store.connection import integrity_problems
from trainer.store.log import card_log, replay_answers
from trainer.store.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    migrate,
    schema_version,
)

FIXTURE = Path(__file__).parent / "fixtures" / "v2_history.sqlite"
# Columns every version keeps as they were.
CARD_COLUMNS = (
    "id, deck_id, excerpt_id, kind, position, status, content_hash, added_at, retired_at, "
    "interval, due, last_review, drill, lapses, reviews"
)
LOG_COLUMNS = (
    "id, card_id, deck_id, kind, undoes, reviewed_at, day, mode, quality, suggested, typed, "
    "response_ms, drill, interval_before, interval_after, due_before, due_after, "
    "last_review_before, last_review_after, needs_drill_before, needs_drill_after, "
    "lapses_before, lapses_after, reviews_before, reviews_after"
)
OTHER_TABLES = ("decks", "excerpts", "card_content")


def rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in conn.execute(sql)]


@pytest.fixture
def v2_path(tmp_path: Path) -> Path:
    path = tmp_path / "collection.sqlite"
    shutil.copyfile(FIXTURE, path)
    return path


# Table name -> its rows, as the v2 file holds them.
V2Contents = dict[str, list[tuple[object, ...]]]


@pytest.fixture
def v2(v2_path: Path) -> V2Contents:
    """Everything the v2 file holds, read before it is migrated."""
    conn = sqlite3.connect(v2_path)
    try:
        assert schema_version(conn) == 2
        found = {
            "cards": rows(conn, f"SELECT {CARD_COLUMNS} FROM cards ORDER BY id"),
            "sm2": rows(conn, "SELECT id, ef, repetitions FROM cards ORDER BY id"),
            "log": rows(conn, f"SELECT {LOG_COLUMNS} FROM reviews ORDER BY id"),
            "log_sm2": rows(
                conn,
                "SELECT id, ef_before, repetitions_before, ef_after, repetitions_after "
                "FROM reviews ORDER BY id",
            ),
        }
        for table in OTHER_TABLES:
            found[table] = rows(conn, f"SELECT * FROM {table} ORDER BY 1, 2")
    finally:
        conn.close()
    return found


def test_the_fixture_holds_the_history_the_tests_rely_on(v2: V2Contents) -> None:
    statuses = {row[5] for row in v2["cards"]}
    assert statuses == {"active", "suspended", "retired"}
    log = v2["log"]
    answers = [row for row in log if row[3] == "answer"]
    assert sum(row[3] == "undo" for row in log) >= 10
    assert sum(integer(row[12]) for row in answers) >= 50  # drills
    assert sum(integer(row[22]) > integer(row[21]) for row in answers) >= 10  # lapses
    assert len({row[6] for row in log}) >= 50  # days
    assert {row[7] for row in answers} == {"review", "quiz"}
    # Exam mode brought due days forward: counted answers whose due is not day + interval.
    assert (
        sum(row[12] == 0 and integer(row[16]) - integer(row[6]) != row[14] for row in answers) >= 3
    )
    # The clock moved back: an answer on a day before the card's last review.
    assert any(row[17] is not None and integer(row[6]) < integer(row[17]) for row in answers)


def integer(value: object) -> int:
    """A value of one of the log's INTEGER columns (day numbers, counts, flags)."""
    assert isinstance(value, int)
    return value


def optional_integer(value: object) -> int | None:
    return None if value is None else integer(value)


def test_every_card_and_log_row_comes_through_exactly(v2_path: Path, v2: V2Contents) -> None:
    conn = open_collection(v2_path)
    try:
        assert schema_version(conn) == SCHEMA_VERSION
        assert rows(conn, f"SELECT {CARD_COLUMNS} FROM cards ORDER BY id") == v2["cards"]
        assert rows(conn, f"SELECT {LOG_COLUMNS} FROM reviews ORDER BY id") == v2["log"]
        for table in OTHER_TABLES:
            assert rows(conn, f"SELECT * FROM {table} ORDER BY 1, 2") == v2[table]

        # E-Factors and repetitions now live in each card's memory, as SM-2 writes it.
        for card_id, ef, repetitions in v2["sm2"]:
            schedule = get_card(conn, str(card_id)).schedule
            assert schedule.scheduler == "sm2"
            assert (sm2_memory(schedule).ef, sm2_memory(schedule).repetitions) == (
                ef,
                repetitions,
            )
        text = rows(conn, "SELECT memory FROM cards WHERE id = 'hist:e1:q1'")[0][0]
        assert re.fullmatch(r'\{"ef":\d\.\d+,"repetitions":\d+\}', str(text))

        # And in each log row's memory before and after.
        entries = {entry.id: entry for entry in iter_log(conn)}
        assert len(entries) == len(v2["log"])
        for review_id, ef_before, reps_before, ef_after, reps_after in v2["log_sm2"]:
            entry = entries[integer(review_id)]
            assert entry.scheduler == "sm2"
            before, after = sm2_memory(entry.before), sm2_memory(entry.after)
            assert (before.ef, before.repetitions) == (ef_before, reps_before)
            assert (after.ef, after.repetitions) == (ef_after, reps_after)
            assert (entry.overridden, entry.choice, entry.verdict) == (False, None, None)
        for row in v2["log"]:
            entry = entries[integer(row[0])]
            assert entry.reviewed_at == moment_from_text(str(row[5]))
            assert (entry.before.due, entry.after.due) == (
                day_from_number(optional_integer(row[15])),
                day_from_number(optional_integer(row[16])),
            )
            assert (entry.typed, entry.suggested, entry.mode) == (
                row[10],
                None if row[9] is None else Quality(integer(row[9])),
                row[7],
            )
        assert integrity_problems(conn) == []
    finally:
        close_collection(conn)


def test_replaying_each_cards_log_gives_its_stored_schedule(v2_path: Path, v2: V2Contents) -> None:
    conn = open_collection(v2_path)
    try:
        for card_id, *_ in v2["sm2"]:
            stored = get_card(conn, str(card_id)).schedule
            replayed = SM2_SCHEDULER.replay(replay_answers(card_log(conn, str(card_id))))
            assert replayed == stored, card_id
    finally:
        close_collection(conn)


def test_hardness_and_stage_are_derived_for_every_card(v2_path: Path) -> None:
    conn = open_collection(v2_path)
    try:
        found = rows(conn, "SELECT id, hardness, learning FROM cards")
        for card_id, hardness, learning in found:
            schedule = get_card(conn, str(card_id)).schedule
            scheduler = scheduler_named(schedule.scheduler)
            assert (hardness, learning) == (
                scheduler.hardness(schedule),
                int(scheduler.is_learning(schedule)),
            )
        assert {row[2] for row in found} == {0, 1}
    finally:
        close_collection(conn)


def test_the_migrated_schema_has_its_indexes_triggers_and_foreign_keys(v2_path: Path) -> None:
    conn = open_collection(v2_path)
    try:
        names = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {
            "cards_by_deck",
            "cards_new",
            "cards_drill",
            "cards_hardest",
            "reviews_by_card",
            "reviews_by_day",
            "reviews_by_deck_day",
            "reviews_no_update",
            "reviews_no_delete",
            "collection_info",
            "accepted_answers",
        } <= names
        assert not names & {"cards_v3", "reviews_v3", "cards_by_due"}
        columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(cards)")}
        assert not columns & {"ef", "repetitions"}
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE reviews SET quality = 5")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM reviews")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("DELETE FROM cards WHERE id = 'hist:e1:q1'")
        # The schema a new collection gets is the one a migrated collection has.
        fresh = open_collection(v2_path.with_name("fresh.sqlite"))
        schema = (
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
        )
        assert rows(fresh, schema) == rows(conn, schema)
        close_collection(fresh)
    finally:
        close_collection(conn)


def test_a_migrated_collection_studies_on(v2_path: Path) -> None:
    conn = open_collection(v2_path)
    try:
        card = "exam:x1:q1"
        before = get_card(conn, card).schedule
        assert before.last_review is not None
        day = before.last_review.fromordinal(before.last_review.toordinal() + 40)
        at = moment_from_text(f"{day.isoformat()}T10:00:00+01:00")
        _, record = SM2_SCHEDULER.review(before, Quality.PERFECT, day, at=at)
        record_answer(conn, card, record, reviewed_at=at, verdict="right")
        assert get_card(conn, card).schedule == record.after
        log = card_log(conn, card)
        assert SM2_SCHEDULER.replay(replay_answers(log)) == record.after
        assert log[-1].verdict == "right"
    finally:
        close_collection(conn)


def test_the_learner_gets_a_random_id_once(v2_path: Path, tmp_path: Path) -> None:
    conn = open_collection(v2_path)
    learner = learner_id(conn)
    close_collection(conn)
    assert re.fullmatch(r"[0-9a-f]{32}", learner)
    again = open_collection(v2_path)
    assert learner_id(again) == learner
    close_collection(again)
    other = open_collection(tmp_path / "new.sqlite")
    assert re.fullmatch(r"[0-9a-f]{32}", learner_id(other)) and learner_id(other) != learner
    close_collection(other)


def test_a_failure_after_the_rebuild_leaves_the_v2_file_as_it_was(
    v2_path: Path, v2: V2Contents
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        raise RuntimeError("the next step failed")

    conn = sqlite3.connect(v2_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(RuntimeError, match="next step failed"):
        migrate(conn, (*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "broken", broken)))
    assert schema_version(conn) == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert rows(conn, "SELECT id, ef, repetitions FROM cards ORDER BY id") == v2["sm2"]
    assert rows(conn, f"SELECT {LOG_COLUMNS} FROM reviews ORDER BY id") == v2["log"]
    conn.close()


def test_a_v2_file_with_broken_foreign_keys_is_not_upgraded(v2_path: Path) -> None:
    conn = sqlite3.connect(v2_path, isolation_level=None)
    conn.execute("UPDATE card_content SET card_id = 'ghost' WHERE card_id = 'hist:e1:q1'")
    conn.close()
    with pytest.raises(CollectionCorruptError, match="rows point at nothing"):
        open_collection(v2_path)
    conn = sqlite3.connect(v2_path)
    assert schema_version(conn) == 2
    conn.close()


def test_accepted_answers_are_kept_per_card(v2_path: Path) -> None:
    conn = open_collection(v2_path)
    try:
        card = "hist:e1:q1"
        [first, *_] = card_log(conn, card)
        at = moment_from_text("2026-03-10T10:00:00+01:00")
        assert accepted_answers(conn, card) == []
        assert add_accepted_answer(conn, card, "Lipeck", first.id, at)
        assert not add_accepted_answer(conn, card, "Lipeck", None, at)  # already accepted
        assert add_accepted_answer(conn, card, "Lipetsk airfield", None, at)
        found = accepted_answers(conn, card)
        assert [(a.text, a.review_id) for a in found] == [
            ("Lipeck", first.id),
            ("Lipetsk airfield", None),
        ]
        assert found[0].added_at == at
        assert accepted_answers(conn, "hist:e2:q2") == []
    finally:
        close_collection(conn)

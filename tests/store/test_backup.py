"""Tests for trainer.store.backup: one checked backup a day, rotated daily and weekly."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import Kit
from tests.support.damage import damage_index_page, digest
from trainer.store import (
    CollectionCorruptError,
    CollectionError,
    apply_import,
    close_collection,
    get_card,
    open_collection,
)
from trainer.store import backup as backup_module
from trainer.store.backup import (
    backup_if_due,
    backup_name,
    inspect_backup,
    list_backups,
    rotate_backups,
    write_backup,
)
from trainer.store.connection import integrity_problems
from trainer.store.probe import quick_check


@pytest.fixture
def collection(db_path: Path, kit: Kit) -> Path:
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(), "deck.yaml", kit.moment(kit.day0))
    kit.answer(conn, "deck:a:q1", 4, kit.day0)
    close_collection(conn)
    return db_path


def test_a_backup_is_a_complete_healthy_standalone_collection(
    collection: Path, tmp_path: Path, kit: Kit
) -> None:
    backups = tmp_path / "backups"
    made = backup_if_due(collection, backups, date(2025, 3, 1), keep=7)
    assert made == backups / "collection-2025-03-01.sqlite"
    assert sorted(p.name for p in backups.iterdir()) == ["collection-2025-03-01.sqlite"]
    raw = sqlite3.connect(made)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    conn = open_collection(made)
    assert integrity_problems(conn) == []
    assert get_card(conn, "deck:a:q1").schedule.reviews == 1
    close_collection(conn)


def test_at_most_one_backup_a_day(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert backup_if_due(collection, backups, date(2025, 3, 1), keep=7) is not None
    assert backup_if_due(collection, backups, date(2025, 3, 1), keep=7) is None
    assert backup_if_due(collection, backups, date(2025, 3, 2), keep=7) is not None
    assert len(list_backups(backups)) == 2


def test_old_backups_rotate_out(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "notes.txt").write_text("not a backup")
    (backups / "collection-2025-13-45.sqlite").write_text("a name that is no date")
    start = date(2025, 3, 1)
    for offset in (0, 1, 2, 5, 9):
        backup_if_due(collection, backups, start + timedelta(days=offset), keep=3)
    assert [day for day, _ in list_backups(backups)] == [
        date(2025, 3, 3),
        date(2025, 3, 6),
        date(2025, 3, 10),
    ]
    assert (backups / "notes.txt").exists()
    assert (backups / "collection-2025-13-45.sqlite").exists()


def test_rotate_backups_reports_what_it_deleted(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "b"
    for day in (1, 2, 3):
        backup_if_due(collection, backups, date(2025, 3, day), keep=10)
    deleted = rotate_backups(backups, keep=1)
    assert [p.name for p in deleted] == [
        "collection-2025-03-01.sqlite",
        "collection-2025-03-02.sqlite",
    ]


def test_no_backup_when_turned_off_or_nothing_to_back_up(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert backup_if_due(collection, backups, date(2025, 3, 1), keep=0) is None
    assert backup_if_due(tmp_path / "none.sqlite", backups, date(2025, 3, 1), keep=3) is None
    assert not backups.exists()


def test_a_backup_taken_during_a_write_holds_only_committed_data(
    collection: Path, tmp_path: Path
) -> None:
    writer = open_collection(collection)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE cards SET status = 'suspended'")
    made = backup_if_due(collection, tmp_path / "b", date(2025, 3, 1), keep=3)
    writer.execute("COMMIT")
    close_collection(writer)
    assert made is not None
    copy = open_collection(made)
    statuses = {row[0] for row in copy.execute("SELECT status FROM cards")}
    assert statuses == {"active"}
    assert integrity_problems(copy) == []
    close_collection(copy)


def test_a_file_that_is_no_database_is_not_backed_up(tmp_path: Path) -> None:
    broken = tmp_path / "collection.sqlite"
    broken.write_bytes(b"garbage" * 1000)
    with pytest.raises(CollectionError):
        backup_if_due(broken, tmp_path / "b", date(2025, 3, 1), keep=3)
    assert not (tmp_path / "b").exists() or list((tmp_path / "b").iterdir()) == []


# Damage, verification and retention ---------------------------------------------------


def many_reviews(db_path: Path, kit: Kit) -> Path:
    conn = open_collection(db_path)
    apply_import(
        conn, kit.make_deck(slot_paths=[f"e{i}:q1" for i in range(60)]), "d", kit.moment(kit.day0)
    )
    for i in range(60):
        kit.answer(conn, f"deck:e{i}:q1", 4, kit.day0)
    close_collection(conn)
    return db_path


def test_a_collection_with_a_damaged_page_never_overwrites_good_backups(
    db_path: Path, tmp_path: Path, kit: Kit
) -> None:
    collection = many_reviews(db_path, kit)
    backups = tmp_path / "backups"
    start = date(2025, 3, 1)
    for offset in range(3):
        backup_if_due(collection, backups, start + timedelta(days=offset), keep=2, weekly=1)
    good = {path.name: digest(path) for _, path in list_backups(backups)}
    assert len(good) == 3  # 2 daily, 1 weekly

    damage_index_page(collection)
    # The damage goes unnoticed on opening: only a check finds it.
    conn = open_collection(collection)
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 60
    close_collection(conn)

    for offset in range(3, 30):
        with pytest.raises(CollectionCorruptError) as caught:
            backup_if_due(collection, backups, start + timedelta(days=offset), keep=2, weekly=1)
    assert {path.name: digest(path) for _, path in list_backups(backups)} == good
    assert sorted(p.name for p in backups.iterdir()) == sorted(good)
    message = str(caught.value)
    newest = backups / "collection-2025-03-03.sqlite"
    first_line = message.splitlines()[0]
    assert "the collection is damaged (On tree page" in first_line
    assert first_line.endswith("the older backups were kept.")
    assert f"trainer restore {newest}" in message
    assert "2025-03-03: 60 cards, 60 reviews" in message


def test_a_copy_that_fails_its_check_replaces_and_rotates_nothing(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = tmp_path / "backups"
    for day in (1, 2):
        backup_if_due(collection, backups, date(2025, 3, day), keep=1)
    assert [p.name for _, p in list_backups(backups)] == ["collection-2025-03-02.sqlite"]
    real_check = quick_check  # what backup_module.quick_check is until patched

    def copy_fails(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
        if conn.execute("PRAGMA database_list").fetchone()[2].endswith(".partial"):
            return ["On tree page 7 cell 0: invalid page number 9999"]
        return real_check(conn, limit)

    monkeypatch.setattr(backup_module, "quick_check", copy_fails)
    with pytest.raises(CollectionCorruptError, match="the new backup failed its check"):
        backup_if_due(collection, backups, date(2025, 3, 3), keep=1)
    assert sorted(p.name for p in backups.iterdir()) == ["collection-2025-03-02.sqlite"]


def fake_backups(template: Path, folder: Path, days: list[date]) -> None:
    """Backups on the given days, each a copy of a real (good) backup file."""
    folder.mkdir(exist_ok=True)
    for day in days:
        shutil.copyfile(template, folder / backup_name(day))


def test_sixty_days_of_backups_keep_seven_dailies_and_four_weeklies(
    collection: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    start = date(2025, 3, 1)  # a Saturday
    for offset in range(60):
        backup_if_due(collection, backups, start + timedelta(days=offset), keep=7, weekly=4)
    days = [day for day, _ in list_backups(backups)]
    last = start + timedelta(days=59)  # Tuesday 29 April, ISO week 18
    assert days[-7:] == [last - timedelta(days=n) for n in range(6, -1, -1)]
    # Older than those: the newest backup of each of four ISO weeks (Sundays here,
    # except in the week the dailies reach into, whose newest older day is Tuesday 22nd).
    assert days[:-7] == [date(2025, 4, 6), date(2025, 4, 13), date(2025, 4, 20), date(2025, 4, 22)]
    assert len(days) == 11


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    offsets=st.sets(st.integers(0, 120), min_size=1, max_size=40),
    keep=st.integers(1, 8),
    weekly=st.integers(0, 6),
)
def test_rotation_keeps_the_newest_dailies_and_one_per_recent_week(
    collection: Path,
    tmp_path_factory: pytest.TempPathFactory,
    offsets: set[int],
    keep: int,
    weekly: int,
) -> None:
    template = tmp_path_factory.mktemp("t") / "template.sqlite"
    write_backup(collection, template)
    folder = tmp_path_factory.mktemp("b")
    days = sorted(date(2025, 1, 1) + timedelta(days=n) for n in offsets)
    fake_backups(template, folder, days)
    rotate_backups(folder, keep, weekly=weekly)
    kept = [day for day, _ in list_backups(folder)]
    dailies, older = days[-keep:], days[: max(len(days) - keep, 0)]
    assert kept[-len(dailies) :] == dailies
    weeks: dict[tuple[int, int], date] = {}
    for day in older:
        weeks[day.isocalendar()[:2]] = day  # the newest of each week wins
    expected = sorted(weeks.values())[-weekly:] if weekly else []
    assert kept == sorted(expected) + dailies


def test_rotation_never_deletes_the_only_good_backup(collection: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backup_if_due(collection, backups, date(2025, 3, 1), keep=3)
    good = backups / "collection-2025-03-01.sqlite"
    # Three newer copies, all unreadable (as an older trainer could have made them).
    for day in (2, 3, 4):
        (backups / backup_name(date(2025, 3, day))).write_bytes(b"\xa5" * 8192)
    deleted = rotate_backups(backups, keep=3)
    assert deleted == []
    assert good.exists()
    # A good newer copy lets it go.
    backup_if_due(collection, backups, date(2025, 3, 5), keep=3)
    assert not good.exists()


def test_inspect_backup_counts_cards_and_reviews_and_names_damage(
    db_path: Path, tmp_path: Path, kit: Kit
) -> None:
    collection = many_reviews(db_path, kit)
    made = backup_if_due(collection, tmp_path / "b", date(2025, 3, 1), keep=3)
    assert made is not None
    before = digest(made)
    info = inspect_backup(made, date(2025, 3, 1))
    assert (info.good, info.cards, info.reviews) == (True, 60, 60)
    assert info.summary == "2025-03-01: 60 cards, 60 reviews"
    assert digest(made) == before
    damage_index_page(made)
    damaged = inspect_backup(made, date(2025, 3, 1))
    assert not damaged.good and damaged.problem is not None
    assert damaged.summary.startswith("2025-03-01: unusable: damaged (")
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"my notes\n" * 100)
    assert "not an SQLite database" in (inspect_backup(foreign).problem or "")


def test_backups_of_collections_with_other_names_are_kept_apart(
    collection: Path, tmp_path: Path
) -> None:
    other = tmp_path / "course.sqlite"
    shutil.copyfile(collection, other)
    backups = tmp_path / "backups"
    backup_if_due(collection, backups, date(2025, 3, 1), keep=1)
    backup_if_due(other, backups, date(2025, 3, 1), keep=1)
    backup_if_due(other, backups, date(2025, 3, 2), keep=1)
    assert [p.name for _, p in list_backups(backups)] == ["collection-2025-03-01.sqlite"]
    assert [p.name for _, p in list_backups(backups, "course")] == ["course-2025-03-02.sqlite"]


def test_two_commands_writing_the_day_s_backup_at_once_both_succeed(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two commands started at once on a new day each wrote "….sqlite.partial", and one
    # removed the other's half-written copy: "cannot write the backup", a failed import.
    target = tmp_path / "backups" / "collection-2025-03-01.sqlite"
    target.parent.mkdir()
    interrupted = False

    def second_command_meanwhile(conn: sqlite3.Connection) -> list[str]:
        nonlocal interrupted
        if not interrupted:
            interrupted = True
            write_backup(collection, target)  # another process, between copy and rename
        return quick_check(conn)

    monkeypatch.setattr("trainer.store.backup.quick_check", second_command_meanwhile)
    write_backup(collection, target)
    assert interrupted
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    with closing(sqlite3.connect(target)) as made:
        assert quick_check(made) == []


def test_a_half_written_backup_of_a_stopped_command_is_removed(
    collection: Path, tmp_path: Path
) -> None:
    # Each command writes its own partial copy now; one left by a command that stopped
    # mid-copy would have stayed for ever. A running command's is kept.
    target = tmp_path / "backups" / "collection-2025-03-01.sqlite"
    target.parent.mkdir()
    stale = target.with_name(f"{target.name}.{2**22 + 7}.1.partial")  # no such process
    running = target.with_name(f"{target.name}.1.1.partial")  # pid 1 always runs
    stale.write_bytes(b"half")
    running.write_bytes(b"half")
    write_backup(collection, target)
    names = sorted(p.name for p in target.parent.iterdir())
    assert names == sorted([target.name, running.name])

"""Two connections and two processes on one collection: both work, or one is told clearly."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.store.conftest import Kit
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.core.scheduling.state import Quality
from trainer.store import (
    CollectionBusyError,
    StaleStateError,
    apply_import,
    close_collection,
    get_card,
    open_collection,
    record_answer,
)
from trainer.store.connection import integrity_problems
from trainer.store.log import card_log
from trainer.store.migrations import SCHEMA_VERSION, schema_version

# A child process answering cards PREFIX-0 … PREFIX-(N-1) once each, as fast as it can.
ANSWERING_CHILD = """
import sys
from datetime import UTC, date, datetime
from trainer.core.scheduling.sm2_scheduler import SM2_SCHEDULER
from trainer.core.scheduling.state import Quality
from trainer.store import get_card, open_collection, record_answer
path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
conn = open_collection(path)
day = date(2025, 3, 1)
at = datetime(2025, 3, 1, tzinfo=UTC)
for number in range(count):
    card_id = f"deck:{prefix}{number}:q1"
    state = get_card(conn, card_id).schedule
    _, record = SM2_SCHEDULER.review(state, Quality.PERFECT, day, at=at)
    record_answer(conn, card_id, record, reviewed_at=at)
print("done")
"""


def child(*args: str, script: str = ANSWERING_CHILD) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def shared(db_path: Path, kit: Kit) -> Path:
    paths = [f"{who}{n}:q1" for who in ("p", "c", "k") for n in range(40)]
    conn = open_collection(db_path)
    apply_import(conn, kit.make_deck(slot_paths=paths), "deck.yaml", kit.moment(kit.day0))
    close_collection(conn)
    return db_path


def test_two_processes_answering_at_once_both_succeed(shared: Path, kit: Kit) -> None:
    others = [child(str(shared), prefix, "40") for prefix in ("c", "k")]
    conn = open_collection(shared)
    for number in range(40):
        kit.answer(conn, f"deck:p{number}:q1", 4, kit.day0)
    for process in others:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out.strip() == "done"
    total = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    assert total == 120
    for prefix in ("p", "c", "k"):
        assert get_card(conn, f"deck:{prefix}39:q1").schedule.reviews == 1
    assert integrity_problems(conn) == []
    close_collection(conn)


def test_two_processes_creating_one_collection_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    go = tmp_path / "go"
    script = """
    import sys, time
    from pathlib import Path
    from trainer.store import open_collection
    while not Path(sys.argv[2]).exists():
        time.sleep(0.005)
    conn = open_collection(sys.argv[1])
    print(conn.execute("PRAGMA user_version").fetchone()[0])
    """
    racers = [child(str(path), str(go), script=script) for _ in range(3)]
    go.touch()
    for process in racers:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert out.strip() == str(SCHEMA_VERSION)
    conn = open_collection(path)
    assert schema_version(conn) == SCHEMA_VERSION
    close_collection(conn)


def test_a_writer_held_up_by_another_process_gets_a_clear_message(shared: Path, kit: Kit) -> None:
    script = """
    import sys
    from trainer.store import open_collection
    conn = open_collection(sys.argv[1])
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE cards SET status = 'suspended' WHERE id = 'deck:k0:q1'")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
    print("committed", flush=True)
    """
    holder = child(str(shared), script=script)
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "locked"
    conn = open_collection(shared, busy_timeout_ms=100)
    with pytest.raises(CollectionBusyError) as caught:
        kit.answer(conn, "deck:p0:q1", 5, kit.day0)
    assert str(shared) in str(caught.value)
    assert get_card(conn, "deck:p0:q1").schedule.reviews == 0
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "committed"
    holder.wait(timeout=30)
    kit.answer(conn, "deck:p0:q1", 5, kit.day0)
    assert get_card(conn, "deck:k0:q1").status == "suspended"
    assert len(card_log(conn, "deck:p0:q1")) == 1
    close_collection(conn)


def test_the_same_card_answered_in_two_places_keeps_the_first_answer(
    shared: Path, kit: Kit
) -> None:
    laptop = open_collection(shared)
    desktop = open_collection(shared)
    card = "deck:p1:q1"
    seen_on_laptop = get_card(laptop, card).schedule
    seen_on_desktop = get_card(desktop, card).schedule
    kit.answer(laptop, card, 5, kit.day0)
    at = kit.moment(kit.day0)
    _, record = SM2_SCHEDULER.review(seen_on_desktop, Quality.BLACKOUT, kit.day0, at=at)
    with pytest.raises(StaleStateError):
        record_answer(desktop, card, record, reviewed_at=at)
    assert seen_on_laptop == seen_on_desktop
    assert [entry.quality for entry in card_log(desktop, card)] == [Quality.PERFECT]
    close_collection(laptop)
    close_collection(desktop)

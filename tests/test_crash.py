"""Killing `trainer review --plain` with SIGKILL mid-session loses nothing already answered."""

from __future__ import annotations

import io
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support.cli import run_trainer_text
from tests.support.decks import deck_text
from trainer.core.scheduling.registry import scheduler_named
from trainer.store import close_collection, get_card, open_collection
from trainer.store.log import card_log, replay_answers

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


class Session:
    """A line-mode process whose output is read by a thread, so prompts can be awaited."""

    def __init__(self, home: Path, deck: Path) -> None:
        env = {**os.environ, "TRAINER_HOME": str(home), "TRAINER_NOW": "2026-03-02T10:00:00+01:00"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "trainer", "review", "--plain", str(deck)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        # A pipe opened with the default buffering: read1 returns what has arrived.
        assert isinstance(self.process.stdout, io.BufferedReader)
        while chunk := self.process.stdout.read1(4096):
            self.output += chunk

    def wait_for(self, text: str, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while self.output.decode(errors="replace").count(text) < count:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"never saw {text!r} x{count}:\n{self.output.decode()}")
            time.sleep(0.005)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    @property
    def saved(self) -> int:
        return self.output.decode(errors="replace").count("Saved.")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


def effective_answers(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        (count,) = conn.execute(
            "SELECT count(*) FROM reviews r WHERE kind = 'answer'"
            " AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r.id)"
        ).fetchone()
        return int(count)
    finally:
        conn.close()


def test_sigkill_mid_session_keeps_every_saved_answer_and_a_healthy_file(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    cards = {f"e{i}": [(f"q{i}", f"Answer {i}")] for i in range(40)}
    deck.write_text(deck_text("crash", cards, new_per_day=40), encoding="utf-8")
    home = tmp_path / "home"
    collection = home / "collection.sqlite"
    rng = random.Random(20261125)
    total_saved = 0
    for round_ in range(4):
        session = Session(home, deck)
        answers = rng.randint(2, 6)
        for n in range(1, answers + 1):
            session.wait_for("answer> ", n)
            session.send("a guess")
            session.wait_for("> ", 2 * n)
            session.send(str(rng.choice([4, 5])))
        # Kill at a random moment: while the last answer is being committed, just after,
        # or while the next question waits for input.
        time.sleep(rng.choice([0.0, 0.0005, 0.002, 0.02]))
        session.kill()
        seen = session.saved
        stored = effective_answers(collection) - total_saved
        # Every answer reported as saved is there; at most the one being answered is not.
        assert seen <= stored <= answers, (round_, seen, stored, answers)
        total_saved += stored

    conn = open_collection(collection)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for i in range(40):
            card_id = f"crash:e{i}:q{i}"
            schedule = get_card(conn, card_id).schedule
            replayed = scheduler_named(schedule.scheduler).replay(
                replay_answers(card_log(conn, card_id))
            )
            assert replayed == schedule
    finally:
        close_collection(conn)
    assert total_saved >= 4


def trainer(home: Path, day: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_trainer_text(home, *args, now=f"{day}T10:00:00+01:00", stdin=stdin)


def test_a_damaged_page_never_rotates_the_good_backups_away_and_restore_brings_one_back(
    tmp_path: Path,
) -> None:
    from datetime import date, timedelta

    from tests.support.damage import damage_index_page, digest

    deck = tmp_path / "deck.yaml"
    cards = {f"e{i}": [(f"q{i}", f"Answer {i}")] for i in range(10)}
    deck.write_text(deck_text("crash", cards, new_per_day=10), encoding="utf-8")
    home = tmp_path / "home"
    collection = home / "collection.sqlite"
    answers = "".join(f"Answer {i}\n4\n" for i in range(5))
    studied = trainer(home, "2026-03-02", "review", "--plain", str(deck), stdin=answers)
    assert studied.returncode == 0, studied.stderr
    assert effective_answers(collection) == 5
    # Next day's start backs up the five answers.
    assert trainer(home, "2026-03-03", "import", str(deck)).returncode == 0
    good = home / "backups" / "collection-2026-03-03.sqlite"
    kept = {path.name: digest(path) for path in (home / "backups").iterdir()}

    damage_index_page(collection, "reviews_by_day")
    damaged = digest(collection)
    day = date(2026, 3, 4)
    for _ in range(12):  # more days than backups_keep: the old bug rotated every good one out
        result = trainer(home, day.isoformat(), "import", str(deck))
        assert result.returncode == 1
        assert "the collection is damaged" in result.stderr
        assert f"trainer restore {good}" in result.stderr
        day += timedelta(days=1)
    assert {path.name: digest(path) for path in (home / "backups").iterdir()} == kept

    listing = trainer(home, day.isoformat(), "restore").stdout
    # The cards include the bundled decks, which every session brings up to date.
    assert re.search(r"collection-2026-03-03\.sqlite  2026-03-03, \d+ cards, 5 reviews", listing)
    restored = trainer(home, day.isoformat(), "restore", "2026-03-03")
    assert restored.returncode == 0, restored.stderr
    aside = home / f"collection.sqlite.replaced-{day.isoformat()}T100000"
    assert digest(aside) == damaged
    conn = open_collection(collection)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_collection(conn)
    assert effective_answers(collection) == 5
    # Studying goes on, and the day's backup is taken again.
    assert trainer(home, day.isoformat(), "import", str(deck)).returncode == 0
    assert (home / "backups" / f"collection-{day.isoformat()}.sqlite").exists()

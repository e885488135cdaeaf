"""Times the schema v3 migration on a large v2 collection (100,000 cards, 300,000 log rows).

The v2 collection is written by the trainer of commit 0272e53 (the last to write schema
version 2), so that it is exactly what learners have on disk:

    git archive 0272e53 | tar -x -C /tmp/v2
    python -m bench.migration_v3 --old /tmp/v2 [--cards 100000] [--reviews 300000]

The bench deck (bench/decks.py) is imported by the old trainer; then every card gets
answers by the old SM-2 until the log holds `--reviews` rows, written in one transaction
as the old store writes them. The migration is then timed in a fresh process by opening
the collection with this trainer (`open_collection`, which migrates), three times on
fresh copies; the medians of opening and of closing (which checkpoints the write-ahead
log the migration filled) are printed with the file's size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BUILD = r"""
import random, sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from bench.decks import write_deck
from trainer.core.sm2 import review_card
from trainer.core.state import CardState
from trainer.engine import Engine
from trainer.store.codec import state_values

folder, cards, reviews = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
deck = write_deck(folder / "deck", cards)
now = datetime(2026, 1, 5, 10, tzinfo=UTC)
environ = {"TRAINER_HOME": str(folder / "home")}
collection = folder / "v2.sqlite"
with Engine.open(collection, clock=lambda: now, environ=environ, backup=False) as engine:
    engine.import_deck(deck.main)
    conn = engine._conn
    ids = [row[0] for row in conn.execute("SELECT id FROM cards ORDER BY position")]
    deck_id = conn.execute("SELECT deck_id FROM cards LIMIT 1").fetchone()[0]
    rng = random.Random(3)
    per_card, rest = divmod(reviews, len(ids))
    log, states = [], []
    for number, card_id in enumerate(ids):
        state, day = CardState(), date(2025, 1, 1)
        for _ in range(per_card + (1 if number < rest else 0)):
            day += timedelta(days=rng.choice([0, 1, 3, 7, 20]))
            before = state
            state, entry = review_card(state, rng.choice([1, 3, 4, 4, 5, 5]), day)
            moment = datetime.combine(day, time(10), UTC).isoformat(timespec="milliseconds")
            log.append((card_id, deck_id, "answer", moment, day.toordinal(), "review",
                        int(entry.quality), None, "typed", 2500, int(entry.drill),
                        *state_values(before), *state_values(state)))
        states.append((*state_values(state), card_id))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO reviews (card_id, deck_id, kind, reviewed_at, day, mode, quality, "
        "suggested, typed, response_ms, drill, ef_before, repetitions_before, "
        "interval_before, due_before, last_review_before, needs_drill_before, lapses_before, "
        "reviews_before, ef_after, repetitions_after, interval_after, due_after, "
        "last_review_after, needs_drill_after, lapses_after, reviews_after) "
        "VALUES (" + ", ".join("?" * 27) + ")",
        log,
    )
    conn.executemany(
        "UPDATE cards SET ef = ?, repetitions = ?, interval = ?, due = ?, last_review = ?, "
        "drill = ?, lapses = ?, reviews = ? WHERE id = ?",
        states,
    )
    conn.execute("COMMIT")
print(collection)
"""

TIME = r"""
import sys, time
from trainer.store import close_collection, open_collection
from trainer.store.migrations import schema_version
start = time.perf_counter()
conn = open_collection(sys.argv[1], backups_dir=None)
elapsed = time.perf_counter() - start
assert schema_version(conn) == 3
cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
start = time.perf_counter()
close_collection(conn)  # checkpoints the migration's write-ahead log into the file
closing = time.perf_counter() - start
print(elapsed, closing, cards, reviews)
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the 0272e53 source tree")
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as folder:
        old_environ = {**os.environ, "PYTHONPATH": str(args.old.resolve())}
        built = subprocess.run(
            [sys.executable, "-c", BUILD, folder, str(args.cards), str(args.reviews)],
            env=old_environ,
            cwd=args.old,
            check=True,
            capture_output=True,
            text=True,
        )
        v2 = Path(built.stdout.strip().splitlines()[-1])
        size = v2.stat().st_size
        times: list[float] = []
        closing: list[float] = []
        for run in range(args.runs):
            copy = Path(folder) / f"run{run}.sqlite"
            shutil.copyfile(v2, copy)
            out = subprocess.run(
                [sys.executable, "-c", TIME, str(copy)],
                cwd=root,
                check=True,
                capture_output=True,
                text=True,
            )
            elapsed, closed, cards, reviews = out.stdout.split()
            times.append(float(elapsed))
            closing.append(float(closed))
        print(
            f"schema v3 migration: {cards} cards, {reviews} log rows, "
            f"{size / 1e6:.0f} MB: opening (and migrating) median "
            f"{statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)}), "
            f"then closing (checkpoint) median {statistics.median(closing):.2f} s"
        )


if __name__ == "__main__":
    main()

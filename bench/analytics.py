"""`python -m bench.analytics`: `trainer analyze` on 300 learners × 500 cards × 20 answers each.

Writes (once, then reuses) a 500-card deck and one CSV log of 3,000,000 answers as
`trainer export log` writes them, every column filled; then times `trainer analyze LOG
--deck DECK --format json` in a fresh process pinned to 2 cores, and reports its wall
time and peak resident memory (the target: at most 60 s and 1 GiB). `--duckdb` also
runs the same measures' SQL on DuckDB over the same pooled entries (bench.analytics_duckdb),
to compare the two engines.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

LEARNERS, CARDS, ANSWERS = 300, 500, 20
CHOICE_EVERY = 5  # one card in five is multiple choice
DEFAULT_FOLDER = Path(tempfile.gettempdir()) / "trainer-bench-analytics"
COLUMNS = (
    "card", "reviewed_at", "quality", "drill", "ef_after", "interval_after", "due_after",
    "id", "deck", "kind", "undoes", "undone", "day", "mode", "suggested", "typed",
    "response_ms", "ef_before", "interval_before", "repetitions_before", "repetitions_after",
    "due_before", "last_review_before", "last_review_after", "lapses_before", "lapses_after",
    "learner", "verdict", "choice", "overridden", "scheduler", "memory_after",
)  # fmt: skip
LIMIT_SECONDS, LIMIT_MIB = 60, 1024


def deck_text(cards: int) -> str:
    """A deck of `cards` questions, one per excerpt; every CHOICE_EVERY-th multiple choice."""
    lines = ["id: bench-class", "title: Benchmark class", "excerpts:"]
    for index in range(cards):
        lines += [
            f"  - id: e{index:04d}",
            "    page: 1",
            f"    text: Excerpt {index} of the course, about topic {index}.",
            "    questions:",
            "      - id: q",
            f"        q: What is topic {index} about?",
            f"        a: answer {index}",
        ]
        if index % CHOICE_EVERY == 0:
            lines.append(
                f"        distractors: [wrong {index} a, wrong {index} b, wrong {index} c]"
            )
    return "\n".join(lines) + "\n"


def write_log(path: Path, learners: int, cards: int, answers: int, seed: int = 14) -> int:
    """The class's log, learner by learner, day by day; returns the rows written."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    difficulty = [rng.uniform(-1.5, 0.5) for _ in range(cards)]
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for number in range(learners):
            learner = f"{rng.getrandbits(64):016x}"
            ability = rng.gauss(0, 1)
            ef = [250] * cards
            review_id = 0
            for day in range(answers):
                moment = start + timedelta(days=2 * day, seconds=number)
                stamp, date = moment.isoformat(), moment.date().isoformat()
                for card in range(cards):
                    review_id += 1
                    margin = ability - difficulty[card] + 0.3 * day
                    right = rng.random() < 1 / (1 + math.exp(-margin))
                    quality = rng.choice((3, 4, 5, 5)) if right else rng.choice((0, 1, 1, 2))
                    if quality >= 3:
                        miss = 5 - quality
                        ef[card] = max(130, ef[card] + 10 - miss * (8 + miss * 2))
                    choice = ""
                    typed = f"answer {card}" if right else f"guess {rng.randrange(6)}"
                    if card % CHOICE_EVERY == 0:
                        choice, typed = (0 if right else rng.randrange(1, 4)), ""
                    value = ef[card] / 100
                    writer.writerow((
                        f"bench-class:e{card:04d}:q", stamp, quality, False, value, 1, date,
                        review_id, "bench-class", "answer", "", False, date, "review", quality,
                        typed, int(rng.lognormvariate(8.3, 0.5)), value, 1, 0, 1, "", "", date,
                        0, 0, learner, "right" if right else "wrong", choice, 0, "sm2",
                        f'{{"ef": {value}, "repetitions": 1}}',
                    ))  # fmt: skip
                    rows += 1
    return rows


def prepare(folder: Path, learners: int, cards: int, answers: int) -> tuple[Path, Path]:
    """The deck and the log, written unless already there for these sizes."""
    folder.mkdir(parents=True, exist_ok=True)
    deck = folder / f"deck-{cards}.yaml"
    log = folder / f"log-{learners}x{cards}x{answers}.csv"
    if not deck.exists():
        deck.write_text(deck_text(cards), encoding="utf-8")
    if not log.exists():
        print(f"bench: writing {learners * cards * answers:,} rows to {log}", file=sys.stderr)
        partial = log.with_suffix(".partial")
        write_log(partial, learners, cards, answers)
        partial.replace(log)
    return deck, log


def run_measured(command: list[str]) -> dict[str, float]:
    """Run `command` pinned to 2 cores; its wall time and peak RSS (VmHWM, polled)."""
    began = time.perf_counter()
    process = subprocess.Popen(command, preexec_fn=_two_cores, stdout=subprocess.DEVNULL)
    peak_kib = 0
    status_path = f"/proc/{process.pid}/status"
    while process.poll() is None:
        peak_kib = max(peak_kib, _vm_hwm(status_path))
        time.sleep(0.05)
    wall = time.perf_counter() - began
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed ({process.returncode})")
    return {"seconds": wall, "peak_mib": peak_kib / 1024}


def _two_cores() -> None:
    cores = sorted(os.sched_getaffinity(0))[:2]
    os.sched_setaffinity(0, cores)


def _vm_hwm(status_path: str) -> int:
    try:
        with open(status_path, encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.analytics", description=__doc__)
    parser.add_argument("--learners", type=int, default=LEARNERS)
    parser.add_argument("--cards", type=int, default=CARDS)
    parser.add_argument("--answers", type=int, default=ANSWERS)
    parser.add_argument("--runs", type=int, default=1, help="timed runs (the median is kept)")
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="where inputs live")
    parser.add_argument("--duckdb", action="store_true", help="also time the SQL on DuckDB")
    args = parser.parse_args(argv)
    deck, log = prepare(args.folder, args.learners, args.cards, args.answers)
    out = args.folder / "report.json"
    command = [sys.executable, "-m", "trainer", "analyze", str(log), "--deck", str(deck)]
    command += ["--format", "json", "-o", str(out)]
    runs = sorted((run_measured(command) for _ in range(args.runs)), key=lambda r: r["seconds"])
    figures = runs[len(runs) // 2]
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = args.learners * args.cards * args.answers
    ok = figures["seconds"] <= LIMIT_SECONDS and figures["peak_mib"] <= LIMIT_MIB
    print(f"trainer analyze, SQLite: {rows:,} rows, {report['learners']} learners, "
          f"{len(report['items'])} cards: {figures['seconds']:.1f} s, peak RSS "
          f"{figures['peak_mib']:.0f} MiB ({'within' if ok else 'OVER'} "
          f"{LIMIT_SECONDS} s / {LIMIT_MIB} MiB)")  # fmt: skip
    if args.duckdb:
        from bench.analytics_duckdb import compare

        compare(log, deck, report)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""The benchmark runner: `python -m bench` measures everything and prints the table.

For each deck size it prepares a workspace (decks, notes, collections: untimed), then
runs every measurement several times, each in a fresh process, alternating trainer's
and Anki's (and the app's and the floor app's) so that a noisy machine slows both sides
alike. Each figure is the median of its runs. The table is printed and written, with
the raw figures, to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path
from statistics import median
from typing import Any

from bench.table import render_report
from bench.workspace import NOW, Workspace, prepare

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000,)
RESULTS = Path(__file__).resolve().parent / "results"
Figures = dict[str, list[float]]
Job = tuple[str, dict[str, Any]]


def runs_for(size: int) -> int:
    return 5 if size <= 10_000 else 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 cards only, 2 runs")
    parser.add_argument("--sizes", help="comma-separated deck sizes (default 1000,10000,100000)")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 5, or 3 at 100k)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where results are written")
    args = parser.parse_args(argv)
    try:
        import anki  # noqa: F401
    except ImportError:
        print("bench: Anki's package is missing: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    sizes = QUICK_SIZES if args.quick else SIZES
    if args.sizes:
        sizes = tuple(int(size) for size in args.sizes.split(","))
    compile_trainer()
    results: dict[int, Figures] = {}
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as folder:
        for size in sizes:
            runs = args.runs or (2 if args.quick else runs_for(size))
            print(f"bench: {size:,} cards: preparing", file=sys.stderr, flush=True)
            space = prepare(Path(folder) / str(size), size)
            results[size] = measure(space, runs)
    report = render_report(results, machine_line(), sizes)
    print(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(report + "\n", encoding="utf-8")
    raw = {"machine": machine_line(), "figures": {str(k): v for k, v in results.items()}}
    (args.out / "latest.json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    return 0


def compile_trainer() -> None:
    """Byte-compile trainer's modules, as installing a package does (Anki's and Textual's
    were when they were installed): an editable install run with PYTHONDONTWRITEBYTECODE
    would otherwise compile every module afresh in every measured process."""
    import compileall

    import trainer

    compileall.compile_dir(Path(trainer.__file__).resolve().parent, quiet=1)


def measure(space: Workspace, runs: int) -> Figures:
    """Every measurement `runs` times, trainer's and Anki's jobs interleaved, the side
    that goes first alternating from run to run."""
    figures: Figures = defaultdict(list)
    ours, theirs = jobs(space)
    for run in range(runs):
        print(f"bench: {space.cards:,} cards: run {run + 1} of {runs}", file=sys.stderr, flush=True)
        for pair in zip_longest(ours, theirs):
            ordered = pair if run % 2 == 0 else pair[::-1]
            for job in ordered:
                if job is not None:
                    _record(figures, job[0], run_job(space, job))
    return dict(figures)


def jobs(space: Workspace) -> tuple[list[Job], list[Job]]:
    """trainer's jobs and their counterparts (Anki's, or the floor app's), in pairs."""
    deck, cards = str(space.deck), space.cards
    cache_home = str(space.cache_home)
    ours: list[Job] = [
        ("ours.compile_cold", {"task": "ours.compile_cold", "deck": deck}),
        ("ours.first_question", {"screen": "trainer"}),
        (
            "ours.compile_cached",
            {"task": "ours.compile_cached", "deck": deck, "cache_home": cache_home},
        ),
        ("ours.study", {"task": "ours.study", "home": str(space.due_home)}),
        (
            "ours.study_fsrs",
            {"task": "ours.study", "home": str(space.due_home), "scheduler": "fsrs"},
        ),
        (
            "ours.reimport",
            {
                "task": "ours.reimport_edited",
                "deck": str(space.reimport_deck),
                "revised": str(space.edited_deck),
                "collection": str(space.reimport_collection),
                "cache_home": str(space.root / "reimport-home"),
            },
        ),
        ("ours.file_cold", {"task": "ours.deck_file_import", "deck": deck, "cards": cards}),
        (
            "ours.file_cached",
            {
                "task": "ours.deck_file_import",
                "deck": deck,
                "cards": cards,
                "cache_home": cache_home,
            },
        ),
        ("ours.import_compiled", {"task": "ours.import_compiled", "deck": deck}),
        (
            "ours.import_prepared",
            {"task": "ours.import_prepared", "deck": deck, "cache_home": cache_home},
        ),
        ("ours.app", {"task": "screen.app_session", "deck": "bench-course", "home": True}),
    ]
    theirs: list[Job] = [
        ("anki.import_new", {"task": "anki.import_new", "notes": str(space.notes)}),
        ("floor", {"screen": "floor"}),
        (
            "anki.reimport",
            {
                "task": "anki.reimport_edited",
                "notes": str(space.edited_notes),
                "collection": str(space.anki_imported),
            },
        ),
        ("anki.study", {"task": "anki.study", "collection": str(space.anki_due)}),
        ("floor_app", {"task": "screen.floor_session"}),
    ]
    return ours, theirs


def run_job(space: Workspace, job: Job) -> dict[str, Any]:
    """Run one job in a fresh process; its figures, with `seconds` for a screen job."""
    name, spec = job
    env = dict(os.environ, TRAINER_NOW=NOW)
    with tempfile.TemporaryDirectory(prefix="trainer-bench-run-") as folder:
        if "screen" in spec or spec.get("home") is True:
            # The app opens the collection where 10% is due: a copy, as it writes to it.
            home = Path(folder) / "home"
            shutil.copytree(space.due_home, home)
            env["TRAINER_HOME"] = str(home)
        else:
            env["TRAINER_HOME"] = str(Path(folder) / "unused-home")
        if "cache_home" in spec:
            warm = {
                "task": "ours.warm_cache",
                "deck": spec["deck"],
                "cache_home": spec["cache_home"],
            }
            subprocess.run(
                [sys.executable, "-m", "bench.child", json.dumps(warm)],
                env=env,
                capture_output=True,
                check=True,
            )
        if "screen" in spec:
            command = [sys.executable, "-m", "bench.screen", spec["screen"]]
            if spec["screen"] == "trainer":
                command.append("bench-course")
        else:
            command = [sys.executable, "-m", "bench.child", json.dumps(spec)]
        started = time.monotonic()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"bench: {name} failed:\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if "painted_at" in result:
        result["seconds"] = result["painted_at"] - started
    return result


def _record(figures: Figures, name: str, result: dict[str, Any]) -> None:
    """One run's figures: lists (a session's answers) are reduced to their median;
    descriptions (such as the durability settings) are left out."""
    for key, value in result.items():
        if key == "painted_at" or isinstance(value, str | dict):
            continue
        figure = median(value) if isinstance(value, list) else float(value)
        figures[f"{name}.{key}"].append(figure)


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    day = datetime.now(UTC).date().isoformat()
    anki_version = _version("anki")
    return (
        f"{day}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" Linux {platform.release()}, SQLite {_sqlite_version()}, anki {anki_version}"
    )


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version

"""trainer's side of each measurement, each run in a fresh process by `bench.child`.

Every function times only the operation named, after any setup it needs, and returns
seconds (or lists of seconds, for a study session). Collections are always copies, so a
run never sees what an earlier run did.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.decks import DECK_ID
from bench.sitting import sitting_figures
from bench.workspace import NOW, now

SESSION_ANSWERS = 30
GOOD = 4


def _current_cache(cache_home: str, deck: str) -> Any:
    """The deck cache in `cache_home`, holding `deck` compiled by this very code.

    The workspace filled it; should trainer's code have changed since (an edit during a
    long run changes its fingerprint), it is filled again here, untimed.
    """
    from trainer.engine.deck_cache import DeckCache

    cache = DeckCache.of_environment({"TRAINER_HOME": cache_home})
    if not cache.is_current(Path(deck)):
        cache.prepared_deck(Path(deck))
    return cache


def warm_cache(spec: dict[str, Any]) -> dict[str, Any]:
    """Make sure the deck cache in `cache_home` holds `deck` as this code compiles it.

    Run in a process of its own before each job that reads the cache, so that a refill
    (after an edit of trainer's code during a long run) never counts in that job's
    time or memory.
    """
    _current_cache(spec["cache_home"], spec["deck"])
    return {}


def compile_cold(spec: dict[str, Any]) -> dict[str, Any]:
    """YAML to cards, nothing cached: `compile_deck`."""
    from trainer.core.compile import compile_deck

    start = time.perf_counter()
    compiled = compile_deck(spec["deck"])
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cards": len(compiled.cards)}


def compile_cached(spec: dict[str, Any]) -> dict[str, Any]:
    """The compiled deck read back from the deck cache, every file's hash checked."""
    cache = _current_cache(spec["cache_home"], spec["deck"])
    start = time.perf_counter()
    prepared = cache.load(Path(spec["deck"]))
    seconds = time.perf_counter() - start
    if prepared is None:
        raise RuntimeError("the deck cache missed")
    return {"seconds": seconds, "cards": len(prepared.cards)}


def import_compiled(spec: dict[str, Any]) -> dict[str, Any]:
    """A compiled deck (untimed) into a new collection: encoding every card, then writing."""
    from trainer.core.compile import compile_deck
    from trainer.store import apply_import, close_collection, open_collection

    compiled = compile_deck(spec["deck"])
    with tempfile.TemporaryDirectory() as folder:
        conn = open_collection(Path(folder) / "collection.sqlite")
        start = time.perf_counter()
        apply_import(conn, compiled, spec["deck"], now())
        seconds = time.perf_counter() - start
        close_collection(conn)
    return {"seconds": seconds}


def import_prepared(spec: dict[str, Any]) -> dict[str, Any]:
    """The cached, already encoded deck (loaded untimed) into a new collection."""
    from trainer.store import apply_import, close_collection, open_collection

    prepared = _current_cache(spec["cache_home"], spec["deck"]).load(Path(spec["deck"]))
    if prepared is None:
        raise RuntimeError("the deck cache missed")
    with tempfile.TemporaryDirectory() as folder:
        conn = open_collection(Path(folder) / "collection.sqlite")
        start = time.perf_counter()
        apply_import(conn, prepared, spec["deck"], now())
        seconds = time.perf_counter() - start
        close_collection(conn)
    return {"seconds": seconds}


def _load_compiler() -> float:
    """Load the compiler's modules (untimed by the caller's clock); seconds it took.

    Anki's code is loaded before its side's clock starts (opening a collection loads
    its backend), and `compile_cold` imports `compile_deck` before its own: so every row
    that compiles loads the compiler first, and the loading is a row of its own.
    """
    start = time.perf_counter()
    import trainer.core.compile  # noqa: F401

    return time.perf_counter() - start


def deck_file_import(spec: dict[str, Any]) -> dict[str, Any]:
    """`Engine.import_deck` of the YAML deck into a new collection, as `trainer` does it:
    with an empty deck cache (`cold`) or one that already holds the deck. Cold, the
    compiler is loaded first (see `_load_compiler`); warm, it is not needed."""
    from trainer.engine import Engine

    if spec.get("cache_home"):
        _current_cache(spec["cache_home"], spec["deck"])
    else:
        _load_compiler()
    with tempfile.TemporaryDirectory() as folder:
        home = spec.get("cache_home") or str(Path(folder) / "home")
        environ = {"TRAINER_HOME": home, "TRAINER_NOW": NOW}
        collection = Path(folder) / "collection.sqlite"
        with Engine.open(collection, clock=now, environ=environ, backup=False) as engine:
            start = time.perf_counter()
            result = engine.import_deck(spec["deck"])
            seconds = time.perf_counter() - start
    assert result.plan is not None and len(result.plan.added) == spec["cards"]
    return {"seconds": seconds}


def reimport_edited(spec: dict[str, Any]) -> dict[str, Any]:
    """`Engine.import_deck` of the revised deck into a collection holding the original."""
    from trainer.engine import Engine

    deck = Path(spec["deck"])
    revised = Path(spec["revised"])
    chapter = Path("chapters") / "chapter-001.yaml"
    original = (deck.parent / chapter).read_bytes()
    import trainer.engine.deck_cache  # noqa: F401  (what the clock timed before the compiler)

    loading = _load_compiler()
    _current_cache(spec["cache_home"], str(deck))
    with tempfile.TemporaryDirectory() as folder:
        collection = Path(folder) / "collection.sqlite"
        shutil.copyfile(spec["collection"], collection)
        # A copy of the cache as it was after the original import: it holds the original
        # deck, never the revision (which an earlier run would otherwise have cached).
        home = Path(folder) / "home"
        shutil.copytree(spec["cache_home"], home)
        environ = {"TRAINER_HOME": str(home), "TRAINER_NOW": NOW}
        (deck.parent / chapter).write_bytes((revised.parent / chapter).read_bytes())
        try:
            with Engine.open(collection, clock=now, environ=environ, backup=False) as engine:
                start = time.perf_counter()
                result = engine.import_deck(deck)
                seconds = time.perf_counter() - start
        finally:
            (deck.parent / chapter).write_bytes(original)
    assert result.plan is not None and result.plan.changed and result.plan.added
    return {"seconds": seconds, "compiler_load": loading}


def study(spec: dict[str, Any]) -> dict[str, Any]:
    """The first `next_card` of a sitting on a freshly opened collection (the queue is
    built), then answers of quality 4, each committed, and each followed by `next_card`."""
    from trainer.engine import Engine

    with tempfile.TemporaryDirectory() as folder:
        collection = Path(folder) / "collection.sqlite"
        shutil.copyfile(Path(spec["home"]) / "collection.sqlite", collection)
        environ = {"TRAINER_HOME": folder, "TRAINER_NOW": NOW}
        if spec.get("scheduler") == "fsrs":
            # The bench's due cards have SM-2 schedules but no log to replay: give them
            # FSRS memories with the same due days, and choose FSRS for every deck.
            from trainer import paths

            _as_fsrs(collection)
            settings = paths.settings_path(environ)
            settings.parent.mkdir(parents=True, exist_ok=True)
            settings.write_text('scheduler = "fsrs"\n', encoding="utf-8")
        with Engine.open(collection, clock=now, environ=environ, backup=False) as engine:
            sitting = engine.session(DECK_ID)
            start = time.perf_counter()
            study_card = sitting.next_card()
            queue_build = time.perf_counter() - start
            answers: list[float] = []
            nexts: list[float] = []
            for _ in range(spec.get("answers", SESSION_ANSWERS)):
                if study_card is None and answers:
                    break  # the sitting ran out of cards: the answers so far are timed
                assert study_card is not None
                start = time.perf_counter()
                sitting.answer(study_card.card.id, GOOD)
                answered = time.perf_counter()
                study_card = sitting.next_card()
                answers.append(answered - start)
                nexts.append(time.perf_counter() - answered)
            conn = engine._conn
            synchronous = int(conn.execute("PRAGMA synchronous").fetchone()[0])
            wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    return sitting_figures(queue_build, answers, nexts, synchronous, wal)


def _as_fsrs(collection: Path) -> None:
    """Every card of the collection kept by FSRS: reviewed cards with a stability of 6
    days and a middling difficulty, answered at noon (UTC) on their last review day."""
    import sqlite3
    from dataclasses import replace
    from datetime import UTC, datetime, time

    from trainer.core.scheduling.fsrs_scheduler import FSRSMemory
    from trainer.core.scheduling.fsrs_settings import FSRS
    from trainer.store.codec import (
        CARD_SCHEDULE_COLUMNS,
        SCHEDULE_COLUMNS,
        card_schedule_values,
        schedule_from_values,
    )

    conn = sqlite3.connect(collection)
    try:
        columns = ", ".join(SCHEDULE_COLUMNS)
        rows = conn.execute(f"SELECT id, {columns} FROM cards").fetchall()
        updates = []
        for card_id, *values in rows:
            schedule = schedule_from_values(*values)
            memory = FSRSMemory()
            if schedule.last_review is not None:
                moment = datetime.combine(schedule.last_review, time(12), tzinfo=UTC)
                memory = FSRSMemory(6.0, 5.0, moment)
            fsrs = replace(schedule, scheduler=FSRS, memory=memory)
            updates.append((*card_schedule_values(fsrs), card_id))
        assignments = ", ".join(f"{column} = ?" for column in CARD_SCHEDULE_COLUMNS)
        with conn:
            conn.executemany(f"UPDATE cards SET {assignments} WHERE id = ?", updates)
    finally:
        conn.close()

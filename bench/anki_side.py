"""Anki's side of each measurement, through its own Python package (its Rust core, headless).

Anki runs the same operations on the same notes: `import_csv` of the tab-separated file
written from trainer's compiled deck, a re-import of the edited file (notes matched by
GUID, which is trainer's card id, and updated), and a study session on a collection
where the same 10% of the cards are due: `get_queued_cards` and `answer_card`.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.sitting import sitting_figures
from bench.workspace import due_plan

SESSION_ANSWERS = 30


def _collection(path: Path) -> Any:
    from anki.collection import Collection

    return Collection(str(path))


def _import_notes(col: Any, notes: Path) -> float:
    """Import the notes file as the user would (metadata first, untimed); seconds taken
    by `import_csv` alone."""
    from anki.collection import ImportCsvRequest
    from anki.import_export_pb2 import CsvMetadata

    metadata = col.get_csv_metadata(str(notes), None)
    metadata.dupe_resolution = CsvMetadata.DupeResolution.UPDATE
    request = ImportCsvRequest(path=str(notes), metadata=metadata)
    start = time.perf_counter()
    col.import_csv(request)
    return time.perf_counter() - start


def build_anki_collection(path: Path, notes: Path, *, due: bool) -> None:
    """A collection holding the notes; with `due`, scheduled like trainer's (see due_plan)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    col = _collection(path)
    try:
        _import_notes(col, notes)
        if due:
            today = col.sched.today
            card_ids = col.db.list("SELECT id FROM cards ORDER BY id")
            for position, card_id in enumerate(card_ids):
                kind, days = due_plan(position)
                if kind == "new":
                    continue
                day = today + (days if kind == "later" else -days)
                col.db.execute(
                    "UPDATE cards SET type = 2, queue = 2, ivl = 6, due = ?, factor = 2500,"
                    " reps = 2 WHERE id = ?",
                    day,
                    card_id,
                )
    finally:
        col.close()


def import_new(spec: dict[str, Any]) -> dict[str, Any]:
    """`import_csv` of the notes into a new collection."""
    with tempfile.TemporaryDirectory() as folder:
        col = _collection(Path(folder) / "collection.anki2")
        try:
            seconds = _import_notes(col, Path(spec["notes"]))
        finally:
            col.close()
    return {"seconds": seconds}


def reimport_edited(spec: dict[str, Any]) -> dict[str, Any]:
    """`import_csv` of the edited notes into a collection holding the original ones."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.anki2"
        shutil.copyfile(spec["collection"], path)
        col = _collection(path)
        try:
            seconds = _import_notes(col, Path(spec["notes"]))
        finally:
            col.close()
    return {"seconds": seconds}


def study(spec: dict[str, Any]) -> dict[str, Any]:
    """The first `get_queued_cards` on a freshly opened collection (the queue is built),
    then answers "good", each followed by `get_queued_cards` for the next card."""
    import anki.collection  # noqa: F401  (anki.cards cannot be imported first)
    from anki.cards import Card
    from anki.scheduler_pb2 import CardAnswer

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.anki2"
        shutil.copyfile(spec["collection"], path)
        col = _collection(path)
        try:
            start = time.perf_counter()
            queued = col.sched.get_queued_cards()
            queue_build = time.perf_counter() - start
            answers: list[float] = []
            nexts: list[float] = []
            for _ in range(spec.get("answers", SESSION_ANSWERS)):
                top = queued.cards[0]
                card = Card(col, backend_card=top.card)
                card.start_timer()
                answer = col.sched.build_answer(
                    card=card, states=top.states, rating=CardAnswer.GOOD
                )
                start = time.perf_counter()
                col.sched.answer_card(answer)
                answered = time.perf_counter()
                queued = col.sched.get_queued_cards()
                answers.append(answered - start)
                nexts.append(time.perf_counter() - answered)
            synchronous = int(col.db.scalar("PRAGMA synchronous"))
            wal = col.db.scalar("PRAGMA journal_mode") == "wal"
        finally:
            col.close()
    return sitting_figures(queue_build, answers, nexts, synchronous, wal)

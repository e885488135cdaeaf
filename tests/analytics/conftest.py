"""Helpers for the analytics tests: log rows as `trainer export log` writes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from tests.analytics.simulate import write_csv, write_json


def answer(
    learner: str, id_: int, card: str, quality: int, ms: int | None, **extra: object
) -> dict[str, object]:
    """One answer row; `extra` sets or overrides any column."""
    row: dict[str, object] = {
        "learner": learner,
        "id": id_,
        "card": card,
        "deck": card.split(":", 1)[0],
        "kind": "answer",
        "reviewed_at": f"2026-02-01T09:{id_ // 60:02d}:{id_ % 60:02d}+00:00",
        "quality": quality,
        "suggested": quality,
        "drill": False,
        "undone": False,
        "response_ms": ms,
        "ef_after": 2.5,
        "scheduler": "sm2",
        "overridden": 0,
    }
    row.update(extra)
    return row


def undo(learner: str, id_: int, card: str, undoes: int) -> dict[str, object]:
    return {"learner": learner, "id": id_, "card": card, "deck": card.split(":", 1)[0],
            "kind": "undo", "undoes": undoes}  # fmt: skip


def write_log(rows: Iterable[Mapping[str, object]], path: Path) -> Path:
    """CSV or JSON by the file's suffix."""
    if path.suffix == ".json":
        return write_json(rows, path)
    return write_csv(rows, path)

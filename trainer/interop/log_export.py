"""The review log as other tools read it: one flat row per entry, written as CSV or JSON.

`trainer export log` writes these rows, and `trainer analyze` reads them back (see
docs/analytics.md). The first seven columns are the documented minimum; later ones are
only ever added at the end, so that a reader of an older export finds each column where
it was. The values are the learner's and the decks' (typed answers, ids): CSV cells are
defused for spreadsheets and JSON escapes every control character (see safe_formats).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from typing import Literal, TextIO

from trainer.core.records import record
from trainer.core.safe_formats import csv_cell, json_text
from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.sm2_scheduler import SM2, sm2_memory
from trainer.store.codec import memory_text
from trainer.store.log import LogEntry

# Column order of `export_row`. The SM-2 columns (ef_*, repetitions_*) are read from an
# SM-2 row's memory, and are empty for a row another scheduler wrote; `memory_*` hold any
# scheduler's memory as its JSON. The last four are what a class's item analysis needs:
# whose log it is, the grader's word, the option picked and whether it was overruled.
EXPORT_COLUMNS = (
    "card",
    "reviewed_at",
    "quality",
    "drill",
    "ef_after",
    "interval_after",
    "due_after",
    "id",
    "deck",
    "kind",
    "undoes",
    "undone",
    "day",
    "mode",
    "suggested",
    "typed",
    "response_ms",
    "ef_before",
    "interval_before",
    "repetitions_before",
    "repetitions_after",
    "due_before",
    "last_review_before",
    "last_review_after",
    "lapses_before",
    "lapses_after",
    "scheduler",
    "memory_before",
    "memory_after",
    "learner",
    "verdict",
    "choice",
    "overridden",
)

ExportValue = str | int | float | bool | None
LogFormat = Literal["csv", "json"]
LOG_FORMATS: tuple[LogFormat, ...] = ("csv", "json")


@record
class ExportOptions:
    """Whose log it is, and what of it leaves the collection.

    `learner` is the collection's random learner id. `with_typed` off leaves every typed
    answer out (an anonymous export: the cells stay, empty), so that a class can hand
    in logs that hold no text the learners wrote.
    """

    learner: str = ""
    with_typed: bool = True


def export_row(entry: LogEntry, options: ExportOptions | None = None) -> dict[str, ExportValue]:
    """A log entry as flat values for CSV or JSON export; dates as ISO 8601 text."""
    options = options or ExportOptions()

    def iso(day: date | None) -> str | None:
        return None if day is None else day.isoformat()

    ef_before, repetitions_before = _sm2_values(entry.before)
    ef_after, repetitions_after = _sm2_values(entry.after)

    row: dict[str, ExportValue] = {
        "card": entry.card_id,
        "reviewed_at": entry.reviewed_at.isoformat(),
        "quality": None if entry.quality is None else int(entry.quality),
        "drill": entry.drill,
        "ef_after": ef_after,
        "interval_after": entry.after.interval,
        "due_after": iso(entry.after.due),
        "id": entry.id,
        "deck": entry.deck_id,
        "kind": entry.kind.value,
        "undoes": entry.undoes,
        "undone": entry.undone,
        "day": entry.day.isoformat(),
        "mode": entry.mode,
        "suggested": None if entry.suggested is None else int(entry.suggested),
        "typed": entry.typed if options.with_typed else None,
        "response_ms": entry.response_ms,
        "ef_before": ef_before,
        "interval_before": entry.before.interval,
        "repetitions_before": repetitions_before,
        "repetitions_after": repetitions_after,
        "due_before": iso(entry.before.due),
        "last_review_before": iso(entry.before.last_review),
        "last_review_after": iso(entry.after.last_review),
        "lapses_before": entry.before.lapses,
        "lapses_after": entry.after.lapses,
        "scheduler": entry.scheduler,
        "memory_before": memory_text(entry.before),
        "memory_after": memory_text(entry.after),
        "learner": options.learner,
        "verdict": entry.verdict,
        "choice": entry.choice,
        "overridden": entry.overridden,
    }
    return {column: row[column] for column in EXPORT_COLUMNS}


def write_log(
    entries: Iterable[LogEntry],
    fmt: LogFormat,
    out: TextIO,
    options: ExportOptions | None = None,
) -> int:
    """Stream the log as CSV rows or as one JSON array, one object per entry; returns how
    many entries were written. Nothing is held whole in memory: a log can be far larger
    than memory allows."""
    rows = (export_row(entry, options) for entry in entries)
    written = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: csv_cell(value) for key, value in row.items()})
            written += 1
        return written
    separator = "\n  "
    out.write("[")
    for row in rows:
        out.write(separator + json_text(row))
        separator = ",\n  "
        written += 1
    out.write("\n]\n" if written else "]\n")
    return written


def _sm2_values(schedule: Schedule) -> tuple[float | None, int | None]:
    if schedule.scheduler != SM2:
        return None, None
    memory = sm2_memory(schedule)
    return memory.ef, memory.repetitions

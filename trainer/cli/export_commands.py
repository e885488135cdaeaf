"""`trainer export log`: the review log as CSV or JSON, for learners' and instructors' analysis."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import TYPE_CHECKING, TextIO

from trainer.cli import EXIT_OK
from trainer.cli.atomic_output import atomic_output
from trainer.cli.safe_formats import csv_cell, json_text

if TYPE_CHECKING:
    from trainer.engine import Engine


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export", help="export data from the collection", description="Export collection data."
    )
    what = export.add_subparsers(title="what", metavar="WHAT", required=True)
    log = what.add_parser(
        "log",
        help="the review log, one row per answer (and per undo)",
        description=(
            "Write the review log: card, reviewed_at (ISO 8601), quality, drill, ef_after, "
            "interval_after, due_after, then the rest of each entry."
        ),
    )
    log.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    log.add_argument("--deck", metavar="ID", help="only this deck's reviews")
    log.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    log.set_defaults(handler=run_export_log)

    from trainer.cli.interop_export_commands import add_exports

    add_exports(what)


def run_export_log(args: argparse.Namespace) -> int:
    from trainer.engine import Engine

    with Engine.open(backup=False) as engine:
        deck_id = engine.resolve_deck(args.deck) if args.deck else None
        if args.output:
            # Written beside FILE and renamed into place once complete: a failure half-way
            # leaves no partial file, and an existing FILE untouched.
            with atomic_output(args.output) as out:
                write_log(engine, deck_id, args.format, out)
        else:
            write_log(engine, deck_id, args.format, sys.stdout)
    return EXIT_OK


def write_log(engine: Engine, deck_id: str | None, fmt: str, out: TextIO) -> None:
    """Stream the log as CSV rows or as one JSON array, one object per entry.

    The values are the learner's and the decks' (typed answers, ids): CSV cells are
    defused for spreadsheets and JSON escapes every control character (see safe_formats).
    """
    from trainer.store import EXPORT_COLUMNS, export_row

    rows = (export_row(entry) for entry in engine.log(deck_id))
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
        return
    # One array, written as it streams: the log can be far larger than memory allows.
    separator = "\n  "
    out.write("[")
    for row in rows:
        out.write(separator + json_text(row))
        separator = ",\n  "
    out.write("\n]\n" if separator != "\n  " else "]\n")

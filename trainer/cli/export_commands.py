"""`trainer export log`: the review log as CSV or JSON, for learners' and instructors' analysis."""

from __future__ import annotations

import argparse
import sys

from trainer.atomic_files import atomic_output
from trainer.cli import EXIT_OK


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
            "interval_after, due_after, then the rest of each entry, ending with learner "
            "(the collection's random id), verdict, choice and overridden."
        ),
    )
    log.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    log.add_argument("--deck", metavar="ID", help="only this deck's reviews")
    log.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    log.add_argument(
        "--anonymous",
        action="store_true",
        help="leave out what you typed (the cells stay, empty), for handing in to a class",
    )
    log.add_argument(
        "--with-answers",
        action="store_true",
        help="with --anonymous: keep what you typed after all",
    )
    log.set_defaults(handler=run_export_log)

    from trainer.cli.interop_export_commands import add_exports

    add_exports(what)


def run_export_log(args: argparse.Namespace) -> int:
    from trainer.engine import Engine
    from trainer.interop.log_export import ExportOptions, write_log

    with Engine.open(backup=False) as engine:
        deck_id = engine.resolve_deck(args.deck) if args.deck else None
        options = ExportOptions(
            learner=engine.learner_id(), with_typed=not args.anonymous or args.with_answers
        )
        if args.output:
            # Written beside FILE and renamed into place once complete: a failure half-way
            # leaves no partial file, and an existing FILE untouched.
            with atomic_output(args.output) as out:
                write_log(engine.log(deck_id), args.format, out, options)
        else:
            write_log(engine.log(deck_id), args.format, sys.stdout, options)
    return EXIT_OK

"""`trainer analyze LOG...`: item analysis of a class's exported review logs, for instructors."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from trainer.atomic_files import atomic_output
from trainer.cli import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from trainer.analytics import Report
    from trainer.core.model import CompiledDeck

FORMATS = ("text", "json", "csv", "html")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `analyze` to the command line."""
    analyze = subparsers.add_parser(
        "analyze",
        help="which cards work: item analysis of a class's exported review logs",
        description=(
            "Pool review logs written by `trainer export log` (CSV or JSON, one per "
            "learner or many), drop duplicate entries, and report per card: facility, "
            "discrimination, lapse rate, share at the E-Factor floor, median time, options "
            "picked, common wrong answers and overrides, with flags. See docs/analytics.md."
        ),
    )
    analyze.add_argument("logs", nargs="+", metavar="LOG", help="an exported review log")
    analyze.add_argument(
        "--deck",
        metavar="DECK",
        help=(
            "the deck file (or an imported deck's id): each card points to its file:line, "
            "cards the deck no longer has are marked retired; also picks the deck when "
            "the logs answer several"
        ),
    )
    analyze.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    analyze.add_argument(
        "--min-learners",
        type=_at_least_one,
        default=5,
        metavar="N",
        help="learners a card needs before it is flagged (default: 5)",
    )
    analyze.set_defaults(handler=run_analyze)


def run_analyze(args: argparse.Namespace) -> int:
    from trainer.analytics import LogError, analyze
    from trainer.analytics.flags import Thresholds

    compiled, deck_id = _deck(args.deck)
    try:
        report = analyze(
            args.logs,
            compiled=compiled,
            deck_id=deck_id,
            thresholds=Thresholds(min_learners=args.min_learners),
            find_deck=None if args.deck else _known_deck,
        )
    except LogError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    text = render(report, args.format)
    if args.output:
        with atomic_output(args.output) as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def render(report: Report, fmt: str) -> str:
    """The report in one of FORMATS."""
    if fmt == "json":
        from trainer.analytics.report_json import render_json

        return render_json(report)
    if fmt == "csv":
        from trainer.analytics.report_csv import render_csv

        return render_csv(report)
    if fmt == "html":
        from trainer.analytics.report_html import render_html

        return render_html(report)
    from trainer.analytics.report_text import render_text

    return render_text(report)


def _deck(name: str | None) -> tuple[CompiledDeck | None, str | None]:
    """The deck compiled from `--deck` (a file, or an imported or bundled deck's id); or,
    for an id with no file to be found, just the id."""
    if name is None:
        return None, None
    from pathlib import Path

    from trainer.core.compile import compile_deck
    from trainer.engine import DeckNotFoundError, deck_file

    if Path(name).expanduser().is_file():
        return compile_deck(Path(name).expanduser()), None
    try:
        path = deck_file(name)
    except DeckNotFoundError:
        from trainer.core.untrusted import printable

        shown = printable(name, one_line=True)
        print(
            f"trainer: note: no deck file for '{shown}': cards cannot point back", file=sys.stderr
        )
        return None, name
    return compile_deck(path), None


def _known_deck(deck_id: str) -> CompiledDeck | None:
    """The deck the logs answer, compiled, if it is imported or bundled (else None), so
    that cards point back without `--deck`."""
    from trainer.core.compile import compile_deck
    from trainer.core.model import DeckError
    from trainer.engine import deck_file
    from trainer.errors import TrainerError

    try:
        return compile_deck(deck_file(deck_id))
    except (TrainerError, DeckError, OSError):
        return None


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number is needed, not '{text}'") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"at least 1 is needed, not {value}")
    return value

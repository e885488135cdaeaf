"""The `trainer` command line: a thin argparse shell whose command groups plug in by module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable

from trainer import __version__
from trainer.cli.crash import report_crash
from trainer.cli.streams import printable_streams
from trainer.core.model import DeckError
from trainer.errors import TrainerError

# Each module has `register(subparsers)`, which adds its commands and sets `handler` on
# each: a function from the parsed arguments to the exit status. Add a group here.
COMMAND_MODULES = (
    "trainer.cli.deck_commands",
    "trainer.cli.study_commands",
    "trainer.cli.export_commands",
    "trainer.cli.settings_commands",
    "trainer.cli.import_commands",
    "trainer.cli.restore_commands",
    "trainer.cli.grade_commands",
    "trainer.cli.convert_commands",
    "trainer.cli.analyze_commands",
    "trainer.cli.collection_commands",
    "trainer.cli.evaluate_commands",
    "trainer.cli.exam_commands",
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description=(
            "A terminal quiz and spaced-repetition trainer for source texts. "
            "`trainer` with no command opens the app on your collection (importing the "
            "bundled decks on the first run); the commands below do the rest."
        ),
        epilog=(
            "`trainer COMMAND --help` explains a command; `trainer docs` lists the documentation."
        ),
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns its exit status: 0 ok, 1 failed, 2 misused, 70 a bug.

    Whatever a command prints goes through escaping streams (trainer.cli.streams), so
    no control character from a deck, an answer or a file name reaches the terminal, and
    an unexpected error is one line and a crash file (trainer.cli.crash), not a traceback.
    """
    with printable_streams():
        try:
            return _run(argv)
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
        except Exception as error:
            return report_crash(error, sys.argv[1:] if argv is None else argv)


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        # argparse exits by itself after --help (0) or a usage error (2).
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        # `trainer` alone opens the app on the default collection.
        from trainer.cli.study_commands import run_app

        handler = run_app
    try:
        return handler(args)
    except TrainerError as error:
        print(f"trainer: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except DeckError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`trainer preview deck.yaml | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"trainer: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED

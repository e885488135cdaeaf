"""The `trainer` command line: a thin argparse shell whose command groups plug in by module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from trainer import __version__
from trainer.cli.crash import report_crash
from trainer.cli.streams import printable_streams
from trainer.core.model import DeckError
from trainer.core.untrusted import on_one_line
from trainer.errors import TrainerError

# Each command group's module has `register(subparsers)`, which adds its commands and
# sets `handler` on each: a function from the parsed arguments to the exit status. Each
# command is listed with the module that registers it, so that `trainer COMMAND …`
# imports only that one (tests/cli pins this to what each module registers); a group's
# commands are listed together, in the order help shows them. Add a command here.
COMMAND_HOMES = {
    "check": "trainer.cli.deck_commands",
    "preview": "trainer.cli.deck_commands",
    "schema": "trainer.cli.deck_commands",
    "review": "trainer.cli.study_commands",
    "quiz": "trainer.cli.study_commands",
    "export": "trainer.cli.export_commands",
    "settings": "trainer.cli.settings_commands",
    "import": "trainer.cli.import_commands",
    "restore": "trainer.cli.restore_commands",
    "grade": "trainer.cli.grade_commands",
    "convert": "trainer.cli.convert_commands",
    "analyze": "trainer.cli.analyze_commands",
    "decks": "trainer.cli.collection_commands",
    "info": "trainer.cli.collection_commands",
    "docs": "trainer.cli.collection_commands",
    "evaluate": "trainer.cli.evaluate_commands",
    "exam": "trainer.cli.exam_commands",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMAND_HOMES.values()))

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with every command; or, given the arguments it is to
    parse, with only what they need. Importing every command's module and building its
    parser costs tens of milliseconds, which `trainer review DECK` would pay before its
    first question: arguments naming a command get only that command's module, and no
    arguments at all (the app) none. Anything else (help, a mistyped command) gets every
    command, so that help and usage errors list them all."""
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
    modules: Sequence[str] = COMMAND_MODULES
    if argv is not None and not argv:
        modules = ()
    elif argv and argv[0] in COMMAND_HOMES:
        modules = (COMMAND_HOMES[argv[0]],)
    for name in modules:
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
    arguments = sys.argv[1:] if argv is None else argv
    parser = build_parser(arguments)
    try:
        args = parser.parse_args(arguments)
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
        where = f"{on_one_line(error.filename)}: " if error.filename else ""
        print(f"trainer: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED

"""Commands for learners: the app (`trainer`, `trainer review`, `trainer quiz`) and line mode."""

from __future__ import annotations

import argparse
import io
import os
import sys
from typing import TYPE_CHECKING

from trainer.cli import EXIT_FAILED, EXIT_OK
from trainer.cli.crash import report_crash
from trainer.core.gc_control import pause_for_start_up, resume_after_start_up
from trainer.tui.start import StartAt

if TYPE_CHECKING:
    from collections.abc import Callable

    from trainer.engine import Engine
    from trainer.tui.app import TrainerApp

DEFAULT_QUIZ_SIZE = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `review` and `quiz`; `trainer` with no command opens the app (see `run_app`)."""
    review = subparsers.add_parser(
        "review",
        help="study today's cards (in the app, or --plain for line mode)",
        description=(
            "Study today's due and new cards. Opens the app at the review screen; with "
            "--plain, runs in line mode on stdin and stdout instead."
        ),
    )
    review.add_argument(
        "deck",
        nargs="?",
        metavar="DECK",
        help="a deck file (imported first if needed) or an imported deck's id; default: all",
    )
    review.add_argument(
        "--plain",
        action="store_true",
        help="line mode, for scripts, screen readers and dumb terminals",
    )
    review.set_defaults(handler=run_review)

    quiz = subparsers.add_parser(
        "quiz",
        help="practise for an exam with N questions (does not change scheduling)",
        description=(
            "Open the app at a quiz of N questions drawn from a deck, kinds mixed; with "
            "--plain, ask them in line mode on stdin and stdout instead, and print the score."
        ),
    )
    quiz.add_argument("deck", nargs="?", metavar="DECK", help="a deck file or id; default: all")
    quiz.add_argument(
        "-n",
        "--count",
        type=_positive,
        default=DEFAULT_QUIZ_SIZE,
        help=f"number of questions (default {DEFAULT_QUIZ_SIZE})",
    )
    quiz.add_argument(
        "--plain",
        action="store_true",
        help="line mode, for scripts, screen readers and dumb terminals",
    )
    quiz.set_defaults(handler=run_quiz)


def run_app(args: argparse.Namespace) -> int:
    return _launch(StartAt())


def run_review(args: argparse.Namespace) -> int:
    if args.plain:
        return _run_plain(args.deck)
    return _launch(StartAt("review", args.deck))


def run_quiz(args: argparse.Namespace) -> int:
    if args.plain:
        return _run_plain_quiz(args.deck, args.count)
    return _launch(StartAt("quiz", args.deck, args.count))


def _run_plain(deck: str | None) -> int:
    from trainer.cli.plain_review import run_plain_review

    return _in_line_mode(
        deck, lambda engine, deck_id: run_plain_review(engine, deck_id, sys.stdin, sys.stdout)
    )


def _run_plain_quiz(deck: str | None, count: int) -> int:
    from trainer.cli.plain_quiz import run_plain_quiz

    return _in_line_mode(
        deck, lambda engine, deck_id: run_plain_quiz(engine, deck_id, count, sys.stdin, sys.stdout)
    )


def _in_line_mode(deck: str | None, run: Callable[[Engine, str | None], int]) -> int:
    """`run` on the collection with the deck prepared (imported first if it is a file),
    reading stdin as line mode does."""
    from trainer.engine import Engine

    _tolerant_streams()
    with Engine.open() as engine:
        return run(engine, engine.prepare(deck))


def _tolerant_streams() -> None:
    """Bytes on stdin that are not valid in its encoding are read as U+FFFD (and graded
    as typed) instead of ending the session with a traceback."""
    if isinstance(sys.stdin, io.TextIOWrapper) and sys.stdin.errors == "strict":
        sys.stdin.reconfigure(errors="replace")


def _launch(start: StartAt) -> int:
    if not sys.stdout.isatty() or not sys.stdin.isatty() or os.environ.get("TERM") == "dumb":
        plain = "trainer quiz --plain" if start.screen == "quiz" else "trainer review --plain"
        print(
            f"trainer: the app needs an interactive terminal; for line mode use `{plain}`",
            file=sys.stderr,
        )
        return EXIT_FAILED
    app = build_app(start)
    try:
        app.run()
    finally:
        resume_after_start_up()
    if app.crashed is not None:
        return report_crash(app.crashed)
    return app.return_code or EXIT_OK


def build_app(start: StartAt) -> TrainerApp:
    """The app as `trainer` starts it, the cyclic garbage collector paused from here until
    the app has started (see `gc_control.pause_for_start_up`; the app resumes it)."""
    pause_for_start_up()
    from trainer.engine import Engine
    from trainer.tui.app import TrainerApp

    return TrainerApp(Engine.open, start)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a quiz has at least 1 question")
    return value

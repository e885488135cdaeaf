"""`trainer import`: import deck files into the collection, or update them, saying what changed."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from trainer.cli import EXIT_FAILED, EXIT_OK
from trainer.core.untrusted import printable

if TYPE_CHECKING:
    from trainer.engine import ImportPlan, ImportResult


# Retired card ids listed one by one, at most; the rest are counted.
LISTED_AT_MOST = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "import",
        help="import deck files into the collection, or update them",
        description=(
            "Import each deck file, or re-import it if it changed, keeping every card's "
            "progress by its id, and print what changed. A deck id that belongs to a deck "
            "imported from another file is refused unless --move says the file moved."
        ),
    )
    command.add_argument("decks", nargs="+", metavar="DECK", help="a deck file (YAML)")
    command.add_argument(
        "--move",
        action="store_true",
        help="the deck file moved: take over the deck with the same id, keeping its progress",
    )
    command.add_argument(
        "--force", action="store_true", help="re-import even an unchanged deck, compiling it afresh"
    )
    command.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from trainer.cli.deck_commands import missing_file
    from trainer.core.model import DeckError
    from trainer.engine import Engine
    from trainer.errors import TrainerError

    failed = False
    with Engine.open() as engine:
        for name in args.decks:
            if (problem := missing_file(name)) is not None:
                print(printable(problem), file=sys.stderr)
                failed = True
                continue
            try:
                result = engine.import_deck(name, force=args.force, move=args.move)
            except DeckError as error:
                for diagnostic in error.diagnostics:
                    print(diagnostic, file=sys.stderr)
                failed = True
                continue
            except TrainerError as error:
                print(f"trainer: error: {printable(str(error))}", file=sys.stderr)
                failed = True
                continue
            for warning in result.warnings:
                print(warning, file=sys.stderr)
            print("\n".join(describe_import(result)))
    return EXIT_FAILED if failed else EXIT_OK


def describe_import(result: ImportResult) -> list[str]:
    """What importing one deck file did: a line (its counts worded as `trainer check --diff`
    words them), then any retired card ids."""
    deck = f"{_line(result.source_path)}: “{_line(result.title)}” ({_line(result.deck_id)})"
    plan = result.plan
    if plan is None or plan.is_noop:
        return [f"{deck} is up to date: nothing changed"]
    if plan.new_deck:
        return [f"{deck} imported: {_count(len(plan.added), 'card')} added"]
    if plan.moved_from is not None:
        action = f"moved from {_line(plan.moved_from)}"
        cards_changed = plan.added or plan.changed or plan.retired or plan.revived
        if not (cards_changed or plan.reordered):
            return [f"{deck} {action}: no card changed"]
    else:
        action = "updated"
    lines = [f"{deck} {action}: {', '.join(change_counts(plan))}"]
    lines += [f"  retired: {_line(card_id)}" for card_id in plan.retired[:LISTED_AT_MOST]]
    if len(plan.retired) > LISTED_AT_MOST:
        lines.append(f"  … and {len(plan.retired) - LISTED_AT_MOST} more retired")
    return lines


def change_counts(plan: ImportPlan) -> list[str]:
    """What an import changes, card by card, in the words every command uses."""
    parts = [
        f"{len(plan.added)} added",
        f"{len(plan.changed)} reworded (progress kept)",
        f"{len(plan.kept)} unchanged",
        f"{len(plan.retired)} retired (history kept)",
        f"{len(plan.revived)} revived",
    ]
    if plan.reordered:
        parts.append(f"{plan.reordered} reordered")
    return parts


def _line(text: str) -> str:
    return printable(text, one_line=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"

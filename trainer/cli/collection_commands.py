"""Where things are: `trainer decks` (the imported decks), `trainer info` (trainer's files)
and `trainer docs` (the documentation shipped with trainer). All three only read."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from trainer.cli import EXIT_FAILED, EXIT_OK
from trainer.cli.columns import aligned_table
from trainer.core.safe_formats import json_text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `decks`, `info` and `docs` to the command line."""
    decks = subparsers.add_parser(
        "decks",
        help="list the imported decks: id, title, file, cards, due and new",
        description=(
            "List every deck in your collection: its id (what `review`, `quiz`, `check` and "
            "`preview` accept), title, source file, cards, and today's due and new cards. "
            "Reads the collection without changing it (none is created)."
        ),
    )
    decks.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    decks.set_defaults(handler=run_decks)

    info = subparsers.add_parser(
        "info",
        help="where the collection, settings, backups and deck cache are, with their sizes",
        description=(
            "Print where trainer keeps the collection, the settings file, the backups and "
            "the deck cache, with their sizes. Creates nothing."
        ),
    )
    info.set_defaults(handler=run_info)

    docs = subparsers.add_parser(
        "docs",
        help="read the documentation in the terminal",
        description=(
            "Print one of the documents shipped with trainer (plain text); without a topic, "
            "list the topics."
        ),
    )
    docs.add_argument("topic", nargs="?", metavar="TOPIC", help="e.g. deck-format, scheduling")
    docs.set_defaults(handler=run_docs)


def run_decks(args: argparse.Namespace) -> int:
    from trainer.engine.inventory import deck_listings

    listings = deck_listings()
    if args.format == "json":
        rows = [
            {
                "id": deck.deck_id,
                "title": deck.title,
                "file": deck.source_file,
                "cards": deck.cards,
                "due_today": deck.due_today,
                "new_today": deck.new_today,
                "drill_today": deck.drill_today,
                "due": deck.due,
                "new": deck.new,
                "suspended": deck.suspended,
            }
            for deck in listings
        ]
        print(json_text(rows, indent=2))
        return EXIT_OK
    if not listings:
        print("No decks yet: `trainer` imports the bundled decks, `trainer import FILE` yours.")
        return EXIT_OK
    header = ("id", "title", "cards", "due", "new", "file")
    rows_text = [
        (
            deck.deck_id,
            deck.title,
            str(deck.cards),
            str(deck.due_today + deck.drill_today),
            str(deck.new_today),
            _shown_path(Path(deck.source_file)),
        )
        for deck in listings
    ]
    print(aligned_table(header, rows_text, numeric=frozenset({2, 3, 4})))
    print(
        "\ndue and new: today's session, within the daily limits (due counts cards to drill again)."
    )
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    from trainer.engine.inventory import trainer_places

    places = trainer_places()
    width = max(len(place.name) for place in places)
    for place in places:
        if not place.exists:
            state = "not created yet"
        elif place.files is None:
            state = human_size(place.size)
        else:
            noun = "file" if place.files == 1 else "files"
            state = f"{human_size(place.size)} in {place.files} {noun}"
        print(f"{place.name:<{width}}  {_shown_path(place.path)}  ({state})")
    return EXIT_OK


def run_docs(args: argparse.Namespace) -> int:
    from trainer.paths import bundled_docs_dir

    topics = {path.stem: path for path in sorted(bundled_docs_dir().glob("*.md"))}
    if not topics:
        print("trainer: error: the documentation is not installed", file=sys.stderr)
        return EXIT_FAILED
    if args.topic is None:
        print("Topics (`trainer docs TOPIC`):")
        width = max(len(name) for name in topics)
        for name, path in topics.items():
            print(f"  {name:<{width}}  {_first_heading(path)}")
        return EXIT_OK
    topic = args.topic.removesuffix(".md")
    if topic not in topics:
        close = difflib.get_close_matches(topic, list(topics), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        print(
            f"trainer: error: no such topic {args.topic!r}{hint}; topics: {', '.join(topics)}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    # Printed through the CLI's escaping streams: plain text, no terminal codes.
    print(topics[topic].read_text(encoding="utf-8"), end="")
    return EXIT_OK


def human_size(size: int) -> str:
    """Bytes as a learner reads them: `512 B`, `3.4 KB`, `12.0 MB`."""
    amount = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1000 or unit == "GB":
            return f"{size} B" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1000
    raise AssertionError("unreachable")


def _first_heading(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def _shown_path(path: Path) -> str:
    from trainer.paths import display_path

    return display_path(path)

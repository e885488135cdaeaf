"""`trainer export apkg|gift|csv DECK`: a deck for Anki or Moodle, optionally with progress.

DECK is a deck file (or any bank `trainer convert` reads) or an imported deck's id, found
without creating a collection. Every file is written all at once (atomic_output): a
failure leaves no partial file behind.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from trainer.cli import EXIT_OK
from trainer.core.untrusted import on_one_line

if TYPE_CHECKING:
    from trainer.core.model import CompiledDeck
    from trainer.interop.anki_progress import Progress


def add_exports(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `apkg`, `gift` and `csv` under `trainer export`."""
    apkg = what.add_parser(
        "apkg",
        help="a deck as an Anki package, optionally with your schedule and history",
        description=(
            "Write an Anki package: one note per card (front: the question as trainer asks "
            "it; back: the answer, the excerpt and its page), the card's id as the note's "
            "GUID, so importing it again updates the notes instead of doubling them."
        ),
    )
    _deck_argument(apkg)
    apkg.add_argument("-o", "--output", metavar="FILE.apkg", required=True)
    apkg.add_argument(
        "--with-progress",
        action="store_true",
        help="carry each card's schedule (interval, due day, ease, reviews, lapses) and "
        "your review history from your collection",
    )
    apkg.set_defaults(handler=run_export_apkg)

    gift = what.add_parser(
        "gift",
        help="a deck as Moodle GIFT questions",
        description="Write a deck's cards as Moodle GIFT questions, with page citations.",
    )
    _deck_argument(gift)
    gift.add_argument("-o", "--output", metavar="FILE.gift", help="default: stdout")
    gift.set_defaults(handler=run_export_gift)

    text = what.add_parser(
        "csv",
        help="a deck as a text file for Anki's importer",
        description=(
            "Write a deck as a tab-separated text file with Anki's import headers "
            "(#separator, #html, #columns, #guid column, #tags column): Anki imports it "
            "without asking, and without duplicates when it is imported again."
        ),
    )
    _deck_argument(text)
    text.add_argument("-o", "--output", metavar="FILE.txt", help="default: stdout")
    text.set_defaults(handler=run_export_csv)


def _deck_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="a deck file, or an imported deck's id")


def run_export_gift(args: argparse.Namespace) -> int:
    from trainer.interop.gift_write import write_gift

    compiled = _compiled(args.deck)
    return _write_text(args.output, write_gift(compiled), len(compiled.cards), "questions")


def run_export_csv(args: argparse.Namespace) -> int:
    from trainer.interop.anki_text import write_anki_text

    compiled = _compiled(args.deck)
    return _write_text(args.output, write_anki_text(compiled), len(compiled.cards), "notes")


def run_export_apkg(args: argparse.Namespace) -> int:
    from trainer.atomic_files import atomic_binary_output
    from trainer.interop.anki_write import write_package

    compiled = _compiled(args.deck)
    progress = None
    if args.with_progress:
        progress = _progress(compiled)
    with atomic_binary_output(args.output) as out:
        notes = write_package(compiled, out, timestamp=time.time(), progress=progress)
    carried = ""
    if progress is not None:
        carried = f", {len(progress.cards)} with a schedule, {len(progress.reviews)} reviews"
    print(f"{on_one_line(args.output)}: {notes} notes{carried}")
    return EXIT_OK


def _progress(compiled: CompiledDeck) -> Progress:
    """The learner's progress on the deck, from their collection (never made)."""
    from trainer import paths
    from trainer.engine import Engine
    from trainer.interop.anki_progress import progress_from_collection
    from trainer.interop.bank import InteropError

    collection = paths.collection_file()
    if not collection.is_file():
        raise InteropError(
            "no collection yet, so no progress to export: study the deck first, "
            "or leave out --with-progress"
        )
    with Engine.open(collection, backup=False) as engine:
        return progress_from_collection(compiled, engine)


def _compiled(name: str) -> CompiledDeck:
    from trainer.engine import deck_file
    from trainer.interop.sources import compile_source

    return compile_source(deck_file(name))


def _write_text(output: str | None, text: str, count: int, noun: str) -> int:
    from trainer.atomic_files import atomic_output

    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    with atomic_output(output) as out:
        out.write(text)
    print(f"{on_one_line(output)}: {count} {noun}")
    return EXIT_OK

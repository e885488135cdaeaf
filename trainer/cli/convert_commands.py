"""`trainer convert SOURCE -o DECK.yaml`: a question bank from another tool, as a deck to refine.

Anki packages, Moodle GIFT and Aiken, Quizlet exports and CSV tables are read by
trainer.interop; everything that could not be carried over is a warning naming where it
was in the source. The deck is written only once it compiles, all at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from trainer.core.untrusted import on_one_line

if TYPE_CHECKING:
    from trainer.interop.deck_yaml import Converted
    from trainer.interop.sources import ReadOptions


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `convert` to the command line."""
    from trainer.interop.sources import convertible

    convert = subparsers.add_parser(
        "convert",
        help="turn an Anki, GIFT, Aiken, Quizlet or CSV bank into a deck",
        description=(
            "Convert a question bank into a YAML deck: an Anki package (.apkg, .colpkg), "
            "Moodle GIFT or Aiken, a Quizlet export, or a CSV table with a header row. "
            "The format is told by the file's suffix or content unless --from names it. "
            "Items without a page get `page: unknown`, which `trainer check` points out."
        ),
    )
    convert.add_argument("source", metavar="SOURCE", help="the bank to convert")
    convert.add_argument("--from", dest="fmt", choices=convertible(), help="the source's format")
    convert.add_argument("-o", "--output", metavar="DECK.yaml", help="default: stdout")
    convert.add_argument("--force", action="store_true", help="replace an existing output file")
    convert.add_argument("--id", dest="deck_id", metavar="ID", help="the deck's id (a slug)")
    convert.add_argument("--title", metavar="TITLE", help="the deck's title")
    convert.add_argument(
        "--separator",
        metavar="SEP",
        default="tab",
        help="Quizlet: between term and definition (tab, comma, or the text; default: tab)",
    )
    convert.add_argument(
        "--card-separator",
        metavar="SEP",
        default="newline",
        help="Quizlet: between cards (newline, semicolon, or the text; default: newline)",
    )
    convert.add_argument(
        "--delimiter", metavar="CHAR", help="CSV: the delimiter (default: guessed)"
    )
    convert.set_defaults(handler=run_convert)


def run_convert(args: argparse.Namespace) -> int:
    from trainer.atomic_files import atomic_output
    from trainer.interop.bank import NothingConverted
    from trainer.interop.quizlet import separator
    from trainer.interop.sources import ReadOptions, convert

    source = Path(args.source)
    if args.output and (problem := _output_problem(source, Path(args.output), args.force)):
        print(f"trainer: error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    options = ReadOptions(
        term_separator=separator(args.separator),
        card_separator=separator(args.card_separator),
        delimiter=separator(args.delimiter) if args.delimiter else None,
    )
    if (problem := _options_problem(options)) is not None:
        print(f"trainer: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        converted = convert(
            source,
            named=args.fmt,
            name=args.output or str(source.with_suffix(".yaml")),
            deck_id=args.deck_id,
            title=args.title,
            options=options,
        )
    except NothingConverted as nothing:
        for note in nothing.notes:
            print(note, file=sys.stderr)
        raise
    for note in converted.notes:
        print(note, file=sys.stderr)
    if args.output:
        with atomic_output(args.output) as out:
            out.write(converted.yaml_text)
    else:
        sys.stdout.write(converted.yaml_text)
    # On stdout only when the deck itself is not written there.
    print(
        _summary(args.source, args.output, converted),
        file=sys.stdout if args.output else sys.stderr,
    )
    return EXIT_OK


def _options_problem(options: ReadOptions) -> str | None:
    if not options.term_separator or not options.card_separator:
        return "a Quizlet separator cannot be empty"
    if options.term_separator == options.card_separator:
        return "the two Quizlet separators must differ"
    if options.delimiter is not None and len(options.delimiter) != 1:
        return "the CSV delimiter is one character (or tab, comma, semicolon)"
    return None


def _output_problem(source: Path, output: Path, force: bool) -> str | None:
    if output.exists() and source.exists() and os.path.samefile(source, output):
        return f"{on_one_line(output)}: is the source itself; write the deck to another file"
    if output.exists() and not force:
        return f"{on_one_line(output)}: exists already; add --force to replace it"
    return None


def _summary(source: str, output: str | None, converted: Converted) -> str:
    compiled = converted.compiled
    questions = sum(len(e.questions) for e in compiled.deck.excerpts)
    clozes = sum(1 for e in compiled.deck.excerpts if not e.questions)
    target = f" → {on_one_line(output)}" if output else ""
    made = [f"{len(compiled.deck.excerpts)} excerpts", f"{questions} questions"]
    if clozes:
        made.append(f"{clozes} cloze texts")
    warnings = len(converted.notes)
    line = (
        f"{on_one_line(source)}{target}: {', '.join(made)}, {len(compiled.cards)} cards; "
        f"{warnings} warning{'' if warnings == 1 else 's'}"
    )
    if converted.unknown_pages:
        check = f"trainer check {on_one_line(output)}" if output else "trainer check"
        line += f"; {converted.unknown_pages} without a page (`{check}` lists them)"
    return line

"""Commands for deck authors: `trainer check`, `trainer preview` and `trainer schema`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sized
from pathlib import Path

from trainer.cli import EXIT_FAILED, EXIT_OK
from trainer.core.answering.presentation import answer_text
from trainer.core.authored import Excerpt
from trainer.core.model import Card, CompiledDeck, DeckError, Diagnostic
from trainer.core.safe_formats import json_text
from trainer.core.untrusted import on_one_line


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `check`, `preview` and `schema` to the command line."""
    check = subparsers.add_parser(
        "check",
        help="validate decks and count the cards they make",
        description="Compile each deck and print every error and warning, in compiler format.",
    )
    check.add_argument(
        "decks", nargs="+", metavar="DECK", help="a deck file (YAML) or an imported deck's id"
    )
    check.add_argument(
        "--diff",
        action="store_true",
        help="also show what importing each deck would change in your collection",
    )
    check.set_defaults(handler=run_check)

    preview = subparsers.add_parser(
        "preview",
        help="show every card a deck makes",
        description="Compile a deck and show every card: prompt, options, answer and source.",
    )
    preview.add_argument("deck", metavar="DECK", help="a deck file (YAML) or an imported deck's id")
    preview.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    preview.set_defaults(handler=run_preview)

    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the deck format",
        description="Print a JSON Schema of the deck format, for editors' YAML support.",
    )
    schema.set_defaults(handler=run_schema)


def run_check(args: argparse.Namespace) -> int:
    from trainer.core.compile import split_diagnostics
    from trainer.engine import load_and_generate

    failed = False
    for name in args.decks:
        path, problem = deck_argument(name)
        if problem is not None:
            print(problem, file=sys.stderr)
            print(failure_summary(path, (problem,), ()))
            failed = True
            continue
        try:
            deck, generated = load_and_generate(path)
        except DeckError as error:
            _print_diagnostics(error.diagnostics)
            errors, warnings = split_diagnostics(error.diagnostics)
            print(failure_summary(path, errors, warnings))
            failed = True
            continue
        errors, warnings = split_diagnostics(generated.diagnostics)
        _print_diagnostics(generated.diagnostics)
        if errors:
            failed = True
            print(failure_summary(path, errors, warnings))
        else:
            compiled = CompiledDeck(deck, generated.cards, warnings, generated.origins)
            print(check_summary(path, compiled))
            if args.diff:
                print(update_summary(compiled))
    return EXIT_FAILED if failed else EXIT_OK


def update_summary(compiled: CompiledDeck) -> str:
    """What importing a compiled deck would do to the learner's collection, changing nothing
    (the collection is only read: it is neither created, nor upgraded, nor backed up)."""
    from trainer.engine import plan_update

    plan = plan_update(compiled)
    if plan is None:
        return f"  update: no collection yet; importing would add {len(compiled.cards)} cards"
    if plan.new_deck:
        return f"  update: new deck; importing would add {len(plan.added)} cards"
    from trainer.cli.import_commands import change_counts

    lines = [f"  update: {', '.join(change_counts(plan))}"]
    for label, ids in (("added", plan.added), ("retired", plan.retired)):
        lines += [f"    {label}: {card_id}" for card_id in ids]
    return "\n".join(lines)


def run_preview(args: argparse.Namespace) -> int:
    from trainer.engine import compile_deck_file

    path, problem = deck_argument(args.deck)
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_FAILED
    compiled = compile_deck_file(path)
    _print_diagnostics(compiled.warnings)
    excerpts = {excerpt.id: excerpt for excerpt in compiled.deck.excerpts}
    if args.format == "json":
        cards = [card_json(card, excerpts.get(card.excerpt_id)) for card in compiled.cards]
        print(json_text(cards, indent=2))
    else:
        print(
            "\n\n".join(card_text(card, excerpts.get(card.excerpt_id)) for card in compiled.cards)
        )
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    from trainer.core.deck.schema import deck_json_schema

    print(json_text(deck_json_schema(), indent=2))
    return EXIT_OK


def deck_argument(name: str) -> tuple[str, str | None]:
    """The deck file a DECK argument names (a file, or the file an imported or bundled
    deck with that id was read from), and a one-line error when there is none. Reading
    the collection for an id creates nothing."""
    from trainer.engine import DeckNotFoundError, deck_file

    given = Path(name).expanduser()
    if given.exists() or given.suffix or len(given.parts) > 1:
        # A path: a file that is not there is "no such file", not an unknown id.
        return name, missing_file(name)
    try:
        return str(deck_file(name)), None
    except DeckNotFoundError as error:
        return name, f"trainer: error: {error}"


def missing_file(path: str) -> str | None:
    """A one-line error if `path` is not a file that exists, else None."""
    target = Path(path)
    if not target.exists():
        return f"{on_one_line(path)}: error: no such file"
    if not target.is_file():
        return f"{on_one_line(path)}: error: not a file"
    return None


def check_summary(path: str, compiled: CompiledDeck) -> str:
    """`deck.yaml: 84 cards (qa 20, cloze 10, …), 2 warnings`, naming only kinds present."""
    counts = compiled.counts_by_kind()
    kinds = ", ".join(f"{kind.value} {n}" for kind, n in counts.items() if n)
    total = _count(len(compiled.cards), "card")
    breakdown = f" ({kinds})" if kinds else ""
    return f"{on_one_line(path)}: {total}{breakdown}, {_count(len(compiled.warnings), 'warning')}"


def failure_summary(path: str, errors: Sized, warnings: Sized) -> str:
    """`deck.yaml: 2 errors, 1 warning`."""
    return (
        f"{on_one_line(path)}: {_count(len(errors), 'error')}, {_count(len(warnings), 'warning')}"
    )


def card_json(card: Card, excerpt: Excerpt | None = None) -> dict[str, object]:
    """A card as `trainer preview --format json` shows it; `title` is the title of the
    excerpt shown above it ("" when none)."""
    return {
        "id": card.id,
        "kind": card.kind.value,
        "title": excerpt.title if excerpt is not None else "",
        "prompt": card.prompt,
        "answer": card.answer.text,
        "choices": list(card.choices),
        "excerpt": card.excerpt_id,
        "source": card.source,
        "type": card.answer.type.value,
        "alternatives": list(card.answer.alternatives),
        "key": list(card.answer.key),
        "tolerance": card.answer.tolerance,
        "hint": card.hint,
        "explanation": card.explanation,
        "tags": list(card.tags),
        "cites": list(card.cites),
        "excerpt_text": excerpt_reading(excerpt) if excerpt is not None else "",
    }


def card_text(card: Card, excerpt: Excerpt | None) -> str:
    """A card as `trainer preview` shows it: id and kind, the title shown above it, prompt,
    options, answer, source, and the excerpt's text as shown after answering."""
    lines = [f"{card.id}  [{card.kind.value}]"]
    if excerpt is not None and excerpt.title:
        lines.append(f"  title: {excerpt.title}")
    lines += _indented(card.prompt)
    lines += [f"  {number}. {choice}" for number, choice in enumerate(card.choices, start=1)]
    if card.hint:
        lines.append(f"  hint: {card.hint}")
    lines.append(f"  answer: {answer_text(card)}")
    if card.answer.alternatives:
        lines.append(f"  also accepted: {'; '.join(card.answer.alternatives)}")
    if card.explanation:
        lines.append(f"  explanation: {'; '.join(card.explanation.splitlines())}")
    others = [e for e in card.cites if e != card.excerpt_id]
    also = f" (and {', '.join(others)})" if others else ""
    lines.append(f"  excerpt: {card.excerpt_id}{also}, {card.source or 'no citation'}")
    if excerpt is not None:
        lines += [f"    {line}" for line in excerpt_reading(excerpt).splitlines()]
    return "\n".join(lines)


def excerpt_reading(excerpt: Excerpt) -> str:
    """An excerpt's text as the learner reads it after answering: cloze markers filled in."""
    from trainer.core.deck.cloze_markers import plain_text

    return plain_text(excerpt.text).strip()


def _indented(text: str) -> list[str]:
    return [f"  {line}" for line in text.splitlines()] or ["  "]


def _print_diagnostics(diagnostics: Iterable[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"

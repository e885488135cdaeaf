"""`trainer grade DECK CARD_ID`: judge typed answers as a review would, for instructors.

Reads one typed answer per line from stdin and prints, for each, the verdict, the
quality a review would suggest for an instant answer, and the rule that decided. No
collection is needed: DECK is a deck file, or the id of an imported or bundled deck.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterator
from typing import TextIO

from trainer.cli import EXIT_FAILED, EXIT_OK
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.model import Card
from trainer.core.scheduling.policy import Policy
from trainer.core.untrusted import printable, without_forbidden

# Longer lines are cut: a review takes no longer answer either.
MAX_ANSWER_LENGTH = 1000
# The words `--format json` uses for each outcome; text output says right for both
# exact and typo, since both count as right.
VERDICT_WORDS = {"exact": "right", "typo": "typo", "close": "close", "wrong": "wrong"}
VERDICT_WORDS["blank"] = "blank"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `grade` to the command line."""
    grade = subparsers.add_parser(
        "grade",
        help="judge typed answers to one card, one per line on stdin",
        description=(
            "Judge typed answers to one card as a review would, one answer per line on "
            "stdin: verdict, suggested quality for an instant answer, and the rule that "
            "decided. For testing a deck's accepted answers; needs no collection."
        ),
    )
    grade.add_argument("deck", metavar="DECK", help="a deck file, or an imported deck's id")
    grade.add_argument(
        "card", metavar="CARD_ID", help="a card's id, as `trainer preview --format json` shows it"
    )
    grade.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    grade.set_defaults(handler=run_grade)


def run_grade(args: argparse.Namespace) -> int:
    from trainer import paths
    from trainer.engine import compile_deck_file, deck_file
    from trainer.settings import apply_deck_defaults, load_policy

    compiled = compile_deck_file(deck_file(args.deck))
    cards = {card.id: card for card in compiled.cards}
    card = cards.get(args.card) or cards.get(f"{compiled.deck.id}:{args.card}")
    if card is None:
        problem = _unknown_card(args.card, compiled.deck.id, cards)
        print(f"trainer: error: {problem}", file=sys.stderr)
        return EXIT_FAILED
    policy = apply_deck_defaults(load_policy(paths.settings_path()), compiled.deck.defaults)
    excerpt = next((e for e in compiled.deck.excerpts if e.id == card.excerpt_id), None)
    context = plain_text(excerpt.text) if excerpt is not None else ""
    for line in _answers(sys.stdin):
        judged = judge(card, line, policy, context)
        if args.format == "json":
            print(json.dumps(judged, ensure_ascii=False))
        else:
            print(judgement_text(judged))
        sys.stdout.flush()
    return EXIT_OK


def judge(card: Card, typed: str, policy: Policy, context: str = "") -> dict[str, object]:
    """One typed answer judged as a review would judge it, answered at once; `context` is
    the text of the card's excerpt."""
    from trainer.engine.overviews import check_answer

    checked = check_answer(card, typed, 0.0, policy, context)
    verdict, quality = checked.verdict, checked.suggested
    return {
        "answer": typed,
        "correct": verdict.correct,
        "verdict": VERDICT_WORDS[verdict.outcome.value],
        "quality": int(quality),
        "rule": verdict.rule,
        "matched": verdict.matched,
        "expected": verdict.expected,
        "note": verdict.note,
    }


def judgement_text(judged: dict[str, object]) -> str:
    """`"Lipetks" → right: typo in 'lipetks' (1 edit); quality 4`."""
    verdict = "right" if judged["correct"] else str(judged["verdict"])
    answer = printable(str(judged["answer"]), one_line=True)
    rule = printable(str(judged["rule"]), one_line=True)
    return f'"{answer}" → {verdict}: {rule}; quality {judged["quality"]}'


def _answers(stream: TextIO) -> Iterator[str]:
    """Each line as typed (without its line end), cut to MAX_ANSWER_LENGTH: one at a time,
    so that answers typed at a terminal are judged as they come."""
    for line in stream:
        # Pasted control sequences dropped, as the app's answer box and line mode drop them.
        yield without_forbidden(line.rstrip("\r\n"))[0][:MAX_ANSWER_LENGTH]


def _unknown_card(name: str, deck_id: str, cards: dict[str, Card]) -> str:
    shown = printable(name, one_line=True)
    close = difflib.get_close_matches(name, list(cards), n=1, cutoff=0.5)
    close = close or difflib.get_close_matches(f"{deck_id}:{name}", list(cards), n=1, cutoff=0.5)
    hint = f"; did you mean '{printable(close[0], one_line=True)}'?" if close else ""
    return f"no card '{shown}' in deck '{deck_id}'{hint}"

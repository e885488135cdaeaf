"""Small deck files written by tests."""

from __future__ import annotations

from collections.abc import Iterable

from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.model import Card, CompiledDeck


def deck_text(deck_id: str, excerpts: dict[str, list[tuple[str, str]]], **defaults: int) -> str:
    """A deck with the given excerpts, each holding (question id, answer) pairs."""
    lines = [f"id: {deck_id}", f"title: Deck {deck_id}"]
    if defaults:
        lines.append("defaults:")
        lines += [f"  {key}: {value}" for key, value in defaults.items()]
    lines.append("excerpts:")
    for excerpt_id, questions in excerpts.items():
        lines += [f"  - id: {excerpt_id}", "    page: 7", f"    text: About {excerpt_id}."]
        lines.append("    questions:")
        for question_id, answer in questions:
            lines += [
                f"      - id: {question_id}",
                f"        q: What is {question_id}?",
                f"        a: {answer}",
            ]
    return "\n".join(lines) + "\n"


# One question with an instructor's hint, shown only on request.
HINTED = """\
id: hinted
title: Hinted
excerpts:
  - id: lipetsk
    page: 12
    text: In 1926 an aviation school opened at Lipetsk.
    questions:
      - q: Where was the aviation school?
        a: Lipetsk
        hint: a town on the Voronezh river
"""


def compiled_text(yaml: str) -> CompiledDeck:
    """The deck written as `yaml` (named deck.yaml), compiled: its cards and diagnostics."""
    return compile_loaded(load_deck_bytes("deck.yaml", yaml.encode()))


def cards_by_slot(cards: Iterable[Card]) -> dict[str, Card]:
    """Cards by their id without the deck's and excerpt's: 'auto-sergei-korolev'."""
    return {card.id.split(":", 2)[2]: card for card in cards}

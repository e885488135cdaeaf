"""Each card remembers where in the deck it was written, so that reports can point back to it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from trainer.core.compile import compile_deck
from trainer.core.generate import generate_deck
from trainer.core.generate.context import CardSink, Diagnostics
from trainer.core.model import CompiledDeck, Location

DECK = """\
id: o
title: Origins
templates:
  - id: where
    prompt: Where was {what} agreed?
    answer: where
excerpts:
  - id: schools
    page: 1
    text: >
      In 1926 a German aviation school was agreed at {{c1::Lipetsk}}.
    facts:
      - id: lipetsk
        what: a German aviation school
        where: Lipetsk
    questions:
      - id: year
        q: In what year was the school agreed?
        a: 1926
"""


def test_every_card_points_to_the_place_it_comes_from(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(DECK, encoding="utf-8")
    compiled = compile_deck(path)
    origins = compiled.origins
    assert set(origins) == {card.id for card in compiled.cards}
    lines = {card_id: origin.line for card_id, origin in origins.items()}
    assert lines == {"o:schools:year": 17, "o:schools:c1": 10, "o:schools:lipetsk.where": 13}
    assert all(origin.path == str(path) for origin in origins.values())


def test_the_sink_remembers_origins_of_cards_it_keeps(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(DECK, encoding="utf-8")
    card = compile_deck(path).cards[0]
    sink = CardSink(Diagnostics())
    assert sink.add(card, Location("a.yaml", 3))
    assert not sink.add(card, Location("a.yaml", 9))  # the same id again: refused
    assert sink.origins == {card.id: Location("a.yaml", 3)}


def test_generation_gives_the_origins_and_compiling_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(DECK, encoding="utf-8")
    compiled = compile_deck(path)
    generated = generate_deck(compiled.deck)
    assert generated.cards == compiled.cards
    assert dict(generated.origins) == dict(compiled.origins)
    # Each generation has its own origins: nothing is shared between two runs.
    assert generate_deck(compiled.deck).origins is not generated.origins
    assert CardSink(Diagnostics()).origins == {}


def test_origins_do_not_change_what_a_compiled_deck_equals(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(DECK, encoding="utf-8")
    compiled = compile_deck(path)
    by_hand = CompiledDeck(compiled.deck, compiled.cards, compiled.warnings)
    assert by_hand == compiled and dict(by_hand.origins) == {}
    assert dataclasses.replace(compiled, cards=()).origins == compiled.origins

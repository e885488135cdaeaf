"""`page: unknown`, which `trainer convert` writes where a bank names no page, is a warning."""

from __future__ import annotations

from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes

DECK = """\
id: converted
title: Converted
excerpts:
  - id: found
    page: 12
    text: The Danube flows through Vienna.
    questions:
      - {q: Which river flows through Vienna?, a: Danube}
  - id: lost
    page: unknown
    text: The Seine flows through Paris.
    questions:
      - {q: Which river flows through Paris?, a: Seine}
  - id: shouted
    pages: Unknown
    text: The Thames flows through London.
    questions:
      - {q: Which river flows through London?, a: Thames}
"""


def test_each_unknown_page_is_a_warning() -> None:
    compiled = compile_loaded(load_deck_bytes("converted.yaml", DECK.encode()))
    assert len(compiled.cards) == 3
    assert [str(w) for w in compiled.warnings] == [
        "converted.yaml:9:5: warning: excerpt 'lost' has page: unknown; "
        "write the page it comes from",
        "converted.yaml:14:5: warning: excerpt 'shouted' has page: unknown; "
        "write the page it comes from",
    ]

"""Tests of compiling a deck: loading plus generation, with every error or the warnings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.core.compile import compile_deck, compile_loaded, split_diagnostics
from trainer.core.deck.loader import load_deck
from trainer.core.model import CardKind, DeckError, Severity

GOOD = """\
id: good
title: Good
excerpts:
  - id: schools
    pages: 128-129
    text: In March {{c1::1926}} a school was agreed at {{c2::Lipetsk}}.
    facts:
      - id: unused
        colour: red
"""

BAD = """\
id: bad
title: Bad
templates:
  - id: where
    prompt: Where was {what}?
    answer: wher
excerpts:
  - id: late
    page: 9
    text: Built at {{c1::}} in 1926.
  - id: early
    page: 2
    text: >
      A block text
      with {{c1::}} inside.
    facts:
      - id: lipetsk
        what: the school
        where: Lipetsk
"""


def _reader(files: dict[str, str]) -> Callable[[Path], bytes]:
    def read(path: Path) -> bytes:
        try:
            return files[str(path)].encode("utf-8")
        except KeyError:
            raise FileNotFoundError(2, "No such file or directory", str(path)) from None

    return read


def test_a_good_deck_compiles_to_cards_and_warnings() -> None:
    compiled = compile_deck("good.yaml", reader=_reader({"good.yaml": GOOD}))
    assert [c.id for c in compiled.cards] == ["good:schools:c1", "good:schools:c2"]
    assert compiled.counts_by_kind()[CardKind.CLOZE] == 2
    assert compiled.cards[0].source == "pp. 128–129"
    assert [str(w) for w in compiled.warnings] == [
        "good.yaml:8:9: warning: fact 'unused' is used by no template and no chronology"
    ]


def test_every_generation_error_is_raised_at_once_in_file_order() -> None:
    with pytest.raises(DeckError) as raised:
        compile_deck("bad.yaml", reader=_reader({"bad.yaml": BAD}))
    assert [str(d) for d in raised.value.diagnostics] == [
        "bad.yaml:4:5: error: template 'where' uses field 'wher', which no fact has "
        "(did you mean 'where'?)",
        "bad.yaml:10:20: error: cloze deletion c1 is empty",
        "bad.yaml:13:11: error: cloze deletion c1 is empty",
    ]
    assert all(d.severity is Severity.ERROR for d in raised.value.diagnostics)


def test_load_errors_come_through_unchanged(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: x\ntitle: t\nexcerpts:\n  - id: e\n    text: hi\n    qestions: []\n")
    with pytest.raises(DeckError) as raised:
        compile_deck(deck)
    assert all(d.location.path == str(deck) for d in raised.value.diagnostics)
    assert any("qestions" in d.message for d in raised.value.diagnostics)


def test_compile_loaded_matches_compile_deck(tmp_path: Path) -> None:
    path = tmp_path / "good.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert compile_loaded(load_deck(path)) == compile_deck(path)


def test_split_diagnostics_keeps_order() -> None:
    compiled = compile_deck("good.yaml", reader=_reader({"good.yaml": GOOD}))
    errors, warnings = split_diagnostics(compiled.warnings)
    assert errors == () and warnings == compiled.warnings

"""Line mode's "my answer was right" (`r` at the quality prompt), and a chronology's answer:
its misplaced events, and the right order once, with the dates."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.cli.plain_review import run_plain_review
from trainer.engine import Engine, EntryKind

ONE_CARD = deck_text("solo", {"lipetsk": [("where", "Lipetsk")]})


@pytest.fixture
def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    return Engine.open(clock=MovableClock())


def test_r_accepts_the_typed_answer_and_logs_it_overridden(engine: Engine, tmp_path: Path) -> None:
    deck = tmp_path / "solo.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    with engine:
        deck_id = engine.resolve_deck(str(deck))
        out = io.StringIO()
        assert run_plain_review(engine, deck_id, io.StringIO("Lipezk airfield\nr\n\n"), out) == 0
        text = out.getvalue()
        assert "r = my answer was right" in text
        assert "Accepted: this answer counts as right" in text
        [row] = [e for e in engine.log(deck_id) if e.kind is EntryKind.ANSWER]
        assert row.overridden and row.quality is not None and row.quality >= 3
        assert [a.text for a in engine.accepted_answers(row.card_id)] == ["Lipezk airfield"]


def test_r_is_not_offered_for_a_right_answer(engine: Engine, tmp_path: Path) -> None:
    deck = tmp_path / "solo.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    with engine:
        deck_id = engine.resolve_deck(str(deck))
        out = io.StringIO()
        assert run_plain_review(engine, deck_id, io.StringIO("Lipetsk\nr\n5\n"), out) == 0
        text = out.getvalue()
        assert "my answer was right" not in text.split("HELP", 1)[-1].split("\n", 2)[-1]
        assert "Type a quality from 0 to 5" in text
        [row] = [e for e in engine.log(deck_id) if e.kind is EntryKind.ANSWER]
        assert not row.overridden and row.quality == 5


CHRONOLOGY = """\
id: chrono
title: Chronology
excerpts:
  - id: a
    page: 1
    text: Rapallo was signed in 1922. Lipetsk opened in 1925. Kazan opened in 1929.
    facts:
      - {id: rapallo, event: Rapallo is signed, year: 1922}
      - {id: lipetsk, event: Lipetsk opens, year: 1925}
      - {id: kazan, event: Kazan opens, year: 1929}
chronology:
  - id: order
    facts: [rapallo, lipetsk, kazan]
"""


def test_a_wrong_order_names_the_misplaced_events(engine: Engine, tmp_path: Path) -> None:
    deck = tmp_path / "chrono.yaml"
    deck.write_text(CHRONOLOGY, encoding="utf-8")
    with engine:
        deck_id = engine.resolve_deck(str(deck))
        session = engine.session(deck_id)
        study = session.next_card()
        while study is not None and study.card.kind.value != "chronology":
            session.answer(study.card.id, 5)
            study = session.next_card()
        assert study is not None
        card = study.card
        right = [index + 1 for index in card.answer.key]
        wrong = [right[1], right[0], *right[2:]]
        out = io.StringIO()
        typed = " ".join(map(str, wrong))
        run_plain_review(engine, deck_id, io.StringIO(f"{typed}\n\n"), out)
        text = out.getvalue()
        assert "Misplaced: " in text
        # The right order once, numbered, with the dates the events are ordered by.
        assert (
            "  1. 1922: Rapallo is signed\n  2. 1925: Lipetsk opens\n  3. 1929: Kazan opens" in text
        )
        assert "Rapallo is signed → Lipetsk opens" not in text

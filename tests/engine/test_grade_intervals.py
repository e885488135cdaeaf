"""What each grade would do to a card, asked of its deck's scheduler; nothing is stored."""

from __future__ import annotations

from pathlib import Path

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.core.scheduling.state import Quality
from trainer.engine import Engine


def test_sm2_intervals_for_a_new_then_a_learned_card(home: Path, tmp_path: Path) -> None:
    deck = tmp_path / "solo.yaml"
    deck.write_text(deck_text("solo", {"e": [("q", "Lipetsk")]}), encoding="utf-8")
    clock = MovableClock()
    with Engine.open(clock=clock, backup=False) as engine:
        deck_id = engine.resolve_deck(str(deck))
        study = engine.session(deck_id).next_card()
        assert study is not None
        card_id = study.card.id
        first = engine.grade_intervals(card_id)
        assert first == {grade: 1 for grade in range(6)}  # I(1) = 1 day, or again from 1
        assert engine.card_details(card_id).history == ()  # nothing stored
        engine.session(deck_id).answer(card_id, 5)
        assert engine.grade_intervals(card_id) == {}  # answered today: a drill changes nothing
        clock.advance(days=1)
        second = engine.grade_intervals(card_id)
        assert second[Quality(5)] == second[Quality(3)] == 6
        assert second[Quality(2)] == second[Quality(0)] == 1

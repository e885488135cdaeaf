"""A sitting's "my answer was right", options reshuffled per showing, and siblings spread out:
what the learner overrules is remembered and logged, and a reshuffled card logs its choice
in the card's own order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.clock import MovableClock
from trainer.engine import Engine, EntryKind, can_overrule

DECK = """\
id: d
title: Overrule deck
excerpts:
  - id: lipetsk
    page: 128
    text: In 1926 Germany and the Soviet Union set up an aviation school at Lipetsk.
    questions:
      - id: what
        q: What was set up at Lipetsk in 1926?
        a: An aviation school
      - id: where
        q: Where was the aviation school set up?
        a: Lipetsk
        distractors: [Kazan, Tomka, Berne]
  - id: kazan
    page: 130
    text: A tank school was set up at Kazan.
    questions:
      - id: tank
        q: What was set up at Kazan?
        a: A tank school
"""


@pytest.fixture
def deck(engine: Engine, write_deck: Callable[..., Path]) -> str:
    return engine.import_deck(write_deck("d.yaml", DECK)).deck_id


def test_an_overruled_answer_is_right_from_now_on_and_logged_as_overridden(
    engine: Engine, deck: str, clock: MovableClock, write_deck: Callable[..., Path]
) -> None:
    sitting = engine.session(deck)
    card = engine.card_details("d:lipetsk:what").entry.card
    rejected = sitting.check(card, "a flying academy", 4.0)
    assert not rejected.verdict.correct and can_overrule(card, rejected)
    overruled = sitting.overrule(card, rejected)
    assert overruled.verdict.correct and overruled.overridden
    assert overruled.suggested >= 3 > rejected.suggested
    assert not can_overrule(card, overruled)
    sitting.answer(card.id, overruled.suggested, typed=overruled.typed, feedback=overruled)
    [row] = [e for e in engine.log(deck) if e.kind is EntryKind.ANSWER]
    assert row.overridden and row.verdict == rejected.verdict.outcome.value
    # Later showings, and after a re-import of the deck, take it as right.
    engine.import_deck(write_deck("d.yaml", DECK + "\n"))
    again = engine.card_details("d:lipetsk:what").entry.card
    assert sitting.check(again, "A flying academy").verdict.correct
    assert [a.text for a in engine.accepted_answers(card.id)] == ["a flying academy"]


def test_only_a_rejected_typed_answer_can_be_overruled(engine: Engine, deck: str) -> None:
    sitting = engine.session(deck)
    card = engine.card_details("d:lipetsk:what").entry.card
    assert not can_overrule(card, sitting.check(card, "an aviation school"))
    assert not can_overrule(card, sitting.check(card, ""))
    options = engine.card_details("d:lipetsk:where").entry.card
    assert not can_overrule(options, sitting.check(options, "2"))
    with pytest.raises(ValueError):
        sitting.overrule(card, sitting.check(card, "an aviation school"))


def test_a_reshuffled_card_logs_its_choice_in_the_cards_own_order(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    stored = engine.card_details("d:lipetsk:where").entry.card
    orders = set()
    for _ in range(6):
        sitting = engine.session(deck)
        study = sitting.next_card()
        while study is not None and study.card.id != stored.id:
            sitting.answer(study.card.id, 5)
            study = sitting.next_card()
        assert study is not None
        shown = study.card
        assert sorted(shown.choices) == sorted(stored.choices)
        orders.add(shown.choices)
        number = str(shown.choices.index("Lipetsk") + 1)
        feedback = sitting.check(shown, number)
        assert feedback.verdict.correct
        sitting.answer(shown.id, 1, typed=number, feedback=feedback)  # drilled again today
        clock.advance(days=30)
    assert len(orders) > 1
    choices = [
        e.choice for e in engine.log(deck) if e.card_id == stored.id and e.kind is EntryKind.ANSWER
    ]
    assert choices == [stored.choices.index("Lipetsk")] * 6


def test_siblings_wait_for_another_day_while_other_cards_remain(engine: Engine, deck: str) -> None:
    sitting = engine.session(deck)
    asked = []
    while (study := sitting.next_card()) is not None:
        asked.append(study.card.excerpt_id)
        sitting.answer(study.card.id, 5)
    # Two of lipetsk's cards, one of kazan's: lipetsk's second comes after kazan's.
    assert asked == ["lipetsk", "kazan", "lipetsk"]

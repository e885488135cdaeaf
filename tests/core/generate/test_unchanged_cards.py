"""Which cards an edited deck's generation gives exactly as the generation before it did."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.core.generate.test_steps import decks, edits
from trainer.core.authored import Deck
from trainer.core.generate import generate_deck_reusing
from trainer.core.generate.step_codec import memo_from_plain, memo_to_plain
from trainer.core.generate.unchanged_cards import reshaped_cards, unchanged_cards
from trainer.core.model import Card


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_cards_said_unchanged_equal_the_cards_generated_before(data: st.DataObject) -> None:
    deck = data.draw(decks())
    first, memo, _ = generate_deck_reusing(deck, {})
    first_reshaped = reshaped_cards(first.cards, memo)
    edited = data.draw(edits(deck))
    # Through disk, as the deck cache keeps them: no object is shared with the first run.
    previous = memo_from_plain(memo_to_plain(memo))
    again, recorded, _ = generate_deck_reusing(edited, previous)
    unchanged = unchanged_cards(
        previous, first_reshaped, recorded, reshaped_cards(again.cards, recorded)
    )
    before: dict[str, Card] = {card.id: card for card in first.cards}
    for card in again.cards:
        if card.id in unchanged:
            assert card == before[card.id]


@settings(max_examples=40, deadline=None)
@given(deck=decks())
def test_an_unchanged_deck_gives_every_card_its_steps_made_and_kept_unchanged(
    deck: Deck,
) -> None:
    first, memo, _ = generate_deck_reusing(deck, {})
    reshaped = reshaped_cards(first.cards, memo)
    previous = memo_from_plain(memo_to_plain(memo))
    again, recorded, _ = generate_deck_reusing(deck, previous)
    unchanged = unchanged_cards(previous, reshaped, recorded, reshaped_cards(again.cards, recorded))
    made = {card.id for record in memo.values() for card in record.cards}
    assert unchanged == made - reshaped
    assert reshaped_cards(again.cards, recorded) == reshaped


@settings(max_examples=20, deadline=None)
@given(deck=decks())
def test_a_card_changed_or_dropped_after_its_step_is_reshaped(deck: Deck) -> None:
    first, memo, _ = generate_deck_reusing(deck, {})
    assume(any(record.cards for record in memo.values()))
    made = next(card for record in memo.values() for card in record.cards)
    changed = [
        dataclasses.replace(c, tags=(*c.tags, "x")) if c.id == made.id else c for c in first.cards
    ]
    assert made.id in reshaped_cards(changed, memo)
    assert made.id in reshaped_cards([c for c in first.cards if c.id != made.id], memo)

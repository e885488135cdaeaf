"""Which cards an edited deck's generation gave exactly as the last generation did: their
encoded rows can be taken from the last compile's entry instead of being encoded again."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.generate.steps import StepMemo
from trainer.core.model import Card

__all__ = ["reshaped_cards", "unchanged_cards"]


def reshaped_cards(cards: Sequence[Card], recorded: StepMemo) -> frozenset[str]:
    """The ids of the cards `recorded`'s steps made that a deck's `cards` hold in another
    shape, or not at all: those the deck-wide passes (balancing true/false, accepted
    answers, confusables, rivals) changed or dropped after the steps ran."""
    final = {card.id: card for card in cards}
    return frozenset(
        card.id
        for record in recorded.values()
        for card in record.cards
        if final.get(card.id) is not card
    )


def unchanged_cards(
    previous: StepMemo,
    previous_reshaped: frozenset[str],
    recorded: StepMemo,
    reshaped: frozenset[str],
) -> frozenset[str]:
    """The ids of the cards a generation gave exactly as the generation that remembered
    `previous` gave them: replayed from a step `previous` holds, and left in their steps'
    shape by both generations' deck-wide passes (`reshaped_cards` of each)."""
    replayed = [
        card.id
        for key, record in recorded.items()
        if (before := previous.get(key)) is not None and before.cards is record.cards
        for card in record.cards
    ]
    return frozenset(replayed).difference(previous_reshaped, reshaped)

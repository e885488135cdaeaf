"""The order a card's options are shown in: reshuffled at each showing, fixed for one showing.

The set of options never changes, only their order: a multiple choice's options and a
chronology's events are drawn into an order from the card id and the card's review count
(every answer, drills included), so a drilled card's answer is not always "2", while the
same showing (after an undo, or asked again before it is answered) keeps its order; an
option about the others ("All of the above") is always shown after them. The
key is remapped, so a shown card is graded as shown; the card as stored (its canonical
order) is what the log's `choice` column counts in. No global random state is used: the
draws are BLAKE2b hashes, the same on every machine and Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.option_references import others_last
from trainer.core.deck.card_ids import stable_seed
from trainer.core.model import AnswerType, Card, CardKind, with_choices

# Draws of an order for a chronology that came out in the right order are made again;
# with 3 events one in 6 is, so this bound is never reached in practice.
_MAX_DRAWS = 64


def shown_card(card: Card, showing: int) -> Card:
    """`card` as shown for the time numbered `showing` (its review count so far).

    Multiple choice and chronology cards get their options in a drawn order, with the key
    remapped; a chronology is never shown already in order. True/false keeps True before
    False (their place is their meaning), and a card without options is returned as is.
    """
    if not reshuffled(card):
        return card
    order = option_order(card, showing)
    if order == tuple(range(len(card.choices))):
        return card
    place = {index: shown_at for shown_at, index in enumerate(order)}
    key = tuple(place[index] for index in card.answer.key)
    return with_choices(card, tuple(card.choices[index] for index in order), key)


def reshuffled(card: Card) -> bool:
    """Whether a card's options change order between showings."""
    if card.kind is CardKind.TRUE_FALSE or len(card.choices) < 2:
        return False
    return card.answer.type in (AnswerType.CHOICE, AnswerType.ORDER)


def option_order(card: Card, showing: int) -> tuple[int, ...]:
    """The card's option indices in the order shown at showing number `showing`: the
    option shown at place p is `card.choices[order[p]]`."""
    count = len(card.choices)
    in_order = tuple(range(count))
    order = in_order
    for draw in range(_MAX_DRAWS):
        order = _permutation(f"{card.id}\x1f{showing}\x1f{draw}", count)
        if card.answer.type is not AnswerType.ORDER:
            return tuple(others_last(order, card.choices))  # "All of the above" last
        if not _in_order(order, card.answer.key):
            return order
    # Unreachable with three events or more; a fixed rotation is never in order.
    return _rotated(card.answer.key, count)


def _permutation(seed: str, count: int) -> tuple[int, ...]:
    # Fisher–Yates, each swap drawn from its own hash (the modulo bias of a 64-bit draw
    # over at most a few options is negligible).
    items = list(range(count))
    for last in range(count - 1, 0, -1):
        other = stable_seed(f"{seed}\x1f{last}") % (last + 1)
        items[last], items[other] = items[other], items[last]
    return tuple(items)


def _in_order(order: Sequence[int], key: Sequence[int]) -> bool:
    """Whether the events shown in `order` already stand in the right order `key`."""
    return tuple(order) == tuple(key)


def _rotated(key: Sequence[int], count: int) -> tuple[int, ...]:
    return tuple(key[(place + 1) % count] for place in range(count))

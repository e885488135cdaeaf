"""True/false cards as drafted, and the balancing that turns the fewest of them over.

Whether a card shows the true or the false statement is a coin seeded by its id; once
every card is made, each template's share of true cards, then the deck's, is brought
within 40–60% by turning over the cards whose coin fell nearest the middle. So a card
keeps its verdict from one compile to the next, editing a deck turns over as few cards
as it can, and no template's cards are all true or all false.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict

from trainer.core.card_frames import ENGLISH, frame_of_verdicts
from trainer.core.deck.card_ids import template_of
from trainer.core.model import Answer, AnswerType, Card
from trainer.core.records import record

LOWEST_TRUE_SHARE = 0.4
HIGHEST_TRUE_SHARE = 0.6


@record
class TrueFalseDraft:
    """A true/false card as made, and what it takes to turn it over."""

    position: int
    coin: float
    card_id: str
    true_statement: str
    false_statement: str


def shown(card: Card, draft: TrueFalseDraft, truth: bool) -> Card:
    """`card` showing its true statement, or its false one with the truth as explanation,
    framed in the language of its options (`card_frames`)."""
    frame = frame_of_verdicts(card.choices) or ENGLISH
    verdict = frame.verdicts[0] if truth else frame.verdicts[1]
    statement = draft.true_statement if truth else draft.false_statement
    return dataclasses.replace(
        card,
        prompt=frame.true_or_false + statement,
        answer=Answer(AnswerType.CHOICE, verdict, key=(card.choices.index(verdict),)),
        explanation="" if truth else draft.true_statement,
    )


def true_share_bounds(count: int) -> tuple[int, int]:
    """The fewest and most true cards among `count`: 40–60%, or as near half as can be."""
    low = math.ceil(LOWEST_TRUE_SHARE * count - 1e-9)
    high = math.floor(HIGHEST_TRUE_SHARE * count + 1e-9)
    if low > high:
        low, high = count // 2, (count + 1) // 2
    return low, high


def balance_true_false(cards: list[Card], drafts: list[TrueFalseDraft]) -> None:
    """Turn over the fewest cards, those whose coin fell nearest the middle, so that
    40–60% of each template's true/false cards are true (as near half as can be for a
    template of few cards), and 40–60% of the deck's.

    A learner would learn a template whose every card is true. Each template is
    balanced first; then the deck, turning only cards whose template stays within its
    bounds, and others only when those are not enough.
    """
    truth = {draft.card_id: draft.coin < 0.5 for draft in drafts}
    by_template: dict[str, list[TrueFalseDraft]] = defaultdict(list)
    for draft in drafts:
        by_template[template_of(draft.card_id)].append(draft)
    bounds = {name: true_share_bounds(len(group)) for name, group in by_template.items()}
    trues = {name: sum(truth[d.card_id] for d in group) for name, group in by_template.items()}
    for name, group in by_template.items():
        low, high = bounds[name]
        trues[name] += _turn(group, truth, trues[name] - high, trues[name] - low)
    low, high = true_share_bounds(len(drafts))
    total = sum(trues.values())
    if not low <= total <= high:
        # Within each template's bounds where they allow, then past them.
        for within in (True, False):
            total += _turn_deck(drafts, truth, trues, bounds, total - high, total - low, within)
    for draft in drafts:
        if truth[draft.card_id] != (draft.coin < 0.5):
            cards[draft.position] = shown(cards[draft.position], draft, truth[draft.card_id])


def _turn(group: list[TrueFalseDraft], truth: dict[str, bool], over: int, under: int) -> int:
    """Turn over the cards of `group` nearest the middle: `over` true ones if it has
    that many too many, else `-under` false ones if too few; the change in true cards."""
    if over > 0:
        nearest = sorted((d for d in group if truth[d.card_id]), key=_nearest_false)[:over]
        value, change = False, -len(nearest)
    elif under < 0:
        nearest = sorted((d for d in group if not truth[d.card_id]), key=_nearest_true)[:-under]
        value, change = True, len(nearest)
    else:
        return 0
    for draft in nearest:
        truth[draft.card_id] = value
    return change


def _turn_deck(
    drafts: list[TrueFalseDraft],
    truth: dict[str, bool],
    trues: dict[str, int],
    bounds: dict[str, tuple[int, int]],
    over: int,
    under: int,
    within: bool,
) -> int:
    """Turn over deck cards nearest the middle until the deck is within its bounds; with
    `within`, only cards whose template stays within its own. The change in true cards."""
    if over <= 0 and under >= 0:
        return 0
    to_false = over > 0
    wanted = over if to_false else -under
    ordered = sorted(
        (d for d in drafts if truth[d.card_id] == to_false),
        key=_nearest_false if to_false else _nearest_true,
    )
    change = 0
    for draft in ordered:
        if abs(change) == wanted:
            break
        name = template_of(draft.card_id)
        low, high = bounds[name]
        after = trues[name] + (-1 if to_false else 1)
        if within and not low <= after <= high:
            continue
        trues[name] = after
        truth[draft.card_id] = not to_false
        change += -1 if to_false else 1
    return change


def _nearest_false(draft: TrueFalseDraft) -> tuple[float, str]:
    # A true card whose coin fell nearest 0.5 is the first to turn false.
    return (-draft.coin, draft.card_id)


def _nearest_true(draft: TrueFalseDraft) -> tuple[float, str]:
    return (draft.coin, draft.card_id)

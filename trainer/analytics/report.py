"""The analysis as data: per-card items (figures, flags, where in the deck), sorted by flags."""

from __future__ import annotations

from collections.abc import Mapping

from trainer.analytics.flags import Flag, Thresholds, class_too_small, flag_card
from trainer.analytics.measures import CardFigures, Measured
from trainer.core.model import Card, CardKind, CompiledDeck, Location
from trainer.core.records import record

CHOICE_KINDS = frozenset({CardKind.CHOICE, CardKind.TRUE_FALSE})


@record
class OptionPick:
    """How often one option of a choice card was picked; text and key need the deck."""

    option: int
    picks: int
    rate: float | None
    text: str | None = None
    key: bool | None = None


@record
class Item:
    """One card's line of the report."""

    card: str
    # `file:line` of the question in the deck, when the deck was given and has the card.
    where: str | None
    # The deck was given and no longer has this card.
    retired: bool
    prompt: str | None
    kind: str | None
    learners: int
    answers: int
    facility: float
    discrimination: float | None
    lapse_rate: float | None
    ef_floor_share: float | None
    median_response_ms: float | None
    options: tuple[OptionPick, ...]
    wrong_answers: tuple[tuple[str, int], ...]
    overrides: int
    override_rate: float
    flags: tuple[Flag, ...]
    reasons: tuple[str, ...]
    withheld: str | None


@record
class Report:
    """A deck's analysis: the class, where the figures come from, and one item per card."""

    deck: str | None
    deck_file: str | None
    learners: int
    answers: int
    files: tuple[str, ...]
    rows: int
    duplicates: int
    min_learners: int
    # Why the report raises no flag at all, when the whole class is too small.
    note: str | None
    items: tuple[Item, ...]
    # Cards of the given deck that no learner has answered.
    unanswered: tuple[str, ...] = ()

    @property
    def flagged(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.flags)


@record
class Source:
    """What was read: the log files, their rows, and the rows dropped as copies."""

    files: tuple[str, ...]
    rows: int
    duplicates: int


def build_report(
    deck: str | None,
    measured: Measured,
    source: Source,
    compiled: CompiledDeck | None,
    origins: Mapping[str, Location],
    thresholds: Thresholds,
) -> Report:
    """Flag each card's figures, attach what the deck says about it, sort by flags."""
    cards = {card.id: card for card in compiled.cards} if compiled is not None else {}
    items = [
        _item(figures, cards.get(figures.card), compiled, origins, thresholds)
        for figures in measured.cards
    ]
    order = {card_id: rank for rank, card_id in enumerate(cards)}
    items.sort(key=lambda item: _sort_key(item, order))
    answered = {figures.card for figures in measured.cards}
    note = None
    if measured.learners < thresholds.min_learners:
        note = class_too_small(measured.learners, thresholds.min_learners)
    return Report(
        deck=deck,
        deck_file=compiled.deck.files[0] if compiled is not None and compiled.deck.files else None,
        learners=measured.learners,
        answers=measured.answers,
        files=source.files,
        rows=source.rows,
        duplicates=source.duplicates,
        min_learners=thresholds.min_learners,
        note=note,
        items=tuple(items),
        unanswered=tuple(card_id for card_id in cards if card_id not in answered),
    )


def _item(
    figures: CardFigures,
    card: Card | None,
    compiled: CompiledDeck | None,
    origins: Mapping[str, Location],
    thresholds: Thresholds,
) -> Item:
    flagging = flag_card(figures, thresholds)
    origin = origins.get(figures.card)
    return Item(
        card=figures.card,
        where=None if origin is None else f"{origin.path}:{origin.line}",
        retired=compiled is not None and card is None,
        prompt=None if card is None else card.prompt,
        kind=None if card is None else card.kind.value,
        learners=figures.learners,
        answers=figures.answers,
        facility=figures.facility,
        discrimination=figures.discrimination,
        lapse_rate=figures.lapse_rate,
        ef_floor_share=figures.ef_floor_share,
        median_response_ms=figures.median_response_ms,
        options=_options(figures, card),
        wrong_answers=figures.wrong_answers,
        overrides=figures.overrides,
        override_rate=figures.override_rate,
        flags=flagging.flags,
        reasons=flagging.reasons,
        withheld=flagging.withheld,
    )


def _options(figures: CardFigures, card: Card | None) -> tuple[OptionPick, ...]:
    total = figures.choice_answers
    known = card is not None and card.kind in CHOICE_KINDS
    picks = []
    for option, count in figures.option_picks:
        text = key = None
        if known and card is not None and option < len(card.choices):
            text = card.choices[option]
            key = option in card.answer.key
        picks.append(OptionPick(option, count, count / total if total else None, text, key))
    return tuple(picks)


def _sort_key(item: Item, order: Mapping[str, int]) -> tuple[int, int, int, int, str]:
    """Flagged cards first, the most urgent flag first, then by place in the deck."""
    urgency = min((list(Flag).index(flag) for flag in item.flags), default=len(Flag))
    return (
        0 if item.flags else 1,
        urgency,
        -len(item.flags),
        order.get(item.card, len(order)),
        item.card,
    )


def deck_options(compiled: CompiledDeck | None) -> dict[str, int]:
    """How many options each choice and true/false card of the deck has."""
    if compiled is None:
        return {}
    return {card.id: len(card.choices) for card in compiled.cards if card.kind in CHOICE_KINDS}

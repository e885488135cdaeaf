"""What every card generator shares: per-deck value pools, diagnostics and card assembly."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from trainer.core.ids import stable_seed
from trainer.core.model import (
    Answer,
    Card,
    CardKind,
    Deck,
    Diagnostic,
    Excerpt,
    Fact,
    Location,
    Severity,
)
from trainer.core.textnorm import fold


def merge_tags(*groups: Iterable[str]) -> tuple[str, ...]:
    """All tags of all groups, first occurrence kept, in order."""
    return tuple(dict.fromkeys(tag for group in groups for tag in group))


def seeded_random(card_id_: str) -> random.Random:
    """The one source of randomness for a card: the same id always makes the same choices."""
    return random.Random(stable_seed(card_id_))


class Diagnostics:
    """Errors and warnings collected while generating; generation goes on after each."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self.error_count = 0

    def error(self, location: Location, message: str) -> None:
        self.items.append(Diagnostic(location, Severity.ERROR, message))
        self.error_count += 1

    def warning(self, location: Location, message: str) -> None:
        self.items.append(Diagnostic(location, Severity.WARNING, message))

    def sorted(self, files: Sequence[str] = ()) -> tuple[Diagnostic, ...]:
        return sort_diagnostics(self.items, files)


def sort_diagnostics(
    items: Iterable[Diagnostic], files: Sequence[str] = ()
) -> tuple[Diagnostic, ...]:
    """In the order `files` were read (others after, by name), then by line and column.

    Ties keep the order in which the problems were found.
    """
    rank = {path: i for i, path in reversed(list(enumerate(files)))}

    def key(diagnostic: Diagnostic) -> tuple[int, str, int, int]:
        where = diagnostic.location
        return (rank.get(where.path, len(rank)), where.path, where.line, where.column)

    return tuple(sorted(items, key=key))


@dataclass(frozen=True, slots=True)
class ValuePool:
    """The distinct values one fact field takes across the deck, sorted so draws are stable."""

    values: tuple[str, ...]
    index_by_fold: dict[str, int]

    @classmethod
    def of(cls, raw_values: Iterable[str]) -> ValuePool:
        by_fold: dict[str, str] = {}
        for value in sorted(set(raw_values)):
            key = fold(value)
            # Values that fold alike count once; the first in sort order speaks for them.
            if key and key not in by_fold:
                by_fold[key] = value
        values = tuple(by_fold.values())
        return cls(values, {fold(value): i for i, value in enumerate(values)})

    def draw(self, rng: random.Random, count: int, excluded_folds: set[str]) -> list[str]:
        """Up to `count` distinct values whose folds are not excluded, chosen by `rng`."""
        refused = {i for key in excluded_folds if (i := self.index_by_fold.get(key)) is not None}
        take = min(count, len(self.values) - len(refused))
        picks: list[str] = []
        # Drawing indices until enough are new costs O(count) for a large pool, unlike a
        # shuffle or `rng.sample` of the whole pool.
        while len(picks) < take:
            index = rng.randrange(len(self.values))
            if index not in refused:
                refused.add(index)
                picks.append(self.values[index])
        return picks

    def sibling(self, rng: random.Random, own: str) -> str | None:
        """A value other than `own` (by fold), chosen by `rng`; None if there is none."""
        own_index = self.index_by_fold.get(fold(own))
        others = len(self.values) - (own_index is not None)
        if others <= 0:
            return None
        pick = rng.randrange(others)
        if own_index is not None and pick >= own_index:
            pick += 1
        return self.values[pick]


@dataclass(frozen=True, slots=True)
class Citing:
    """What every card citing the same excerpts shares: source, base tags and cited ids."""

    source: str
    tags: tuple[str, ...]
    cites: tuple[str, ...]


@dataclass(slots=True)
class DeckIndex:
    """Lookups computed once per deck, so that generation stays linear in the deck's size."""

    deck: Deck
    facts_by_id: dict[str, Fact]
    excerpt_by_id: dict[str, Excerpt]
    field_names: frozenset[str]
    _pools: dict[str, ValuePool] = field(default_factory=dict)
    _citing: dict[tuple[str, ...], Citing] = field(default_factory=dict)

    @classmethod
    def of(cls, deck: Deck) -> DeckIndex:
        facts = {fact.id: fact for excerpt in deck.excerpts for fact in excerpt.facts}
        names = frozenset(name for fact in facts.values() for name in fact.values)
        return cls(deck, facts, {e.id: e for e in deck.excerpts}, names)

    def pool(self, field_name: str) -> ValuePool:
        """Every distinct value of `field_name`; built on first use and kept."""
        pool = self._pools.get(field_name)
        if pool is None:
            pool = ValuePool.of(
                fact.values[field_name]
                for fact in self.facts_by_id.values()
                if field_name in fact.values
            )
            self._pools[field_name] = pool
        return pool

    def citing(self, excerpts: Sequence[Excerpt]) -> Citing:
        """The citation, tags and ids shared by cards citing `excerpts`; computed once."""
        key = tuple(e.id for e in excerpts)
        citing = self._citing.get(key)
        if citing is None:
            citations = dict.fromkeys(c for e in excerpts if (c := e.source.cite()))
            citing = Citing(
                source="; ".join(citations),
                tags=merge_tags(self.deck.tags, *(e.tags for e in excerpts)),
                cites=tuple(dict.fromkeys(key)),
            )
            self._citing[key] = citing
        return citing


class CardSink:
    """Collects cards in order and refuses a second card with an id already given out."""

    def __init__(self, report: Diagnostics) -> None:
        self.cards: list[Card] = []
        self._report = report
        self._ids: set[str] = set()

    def add(self, card: Card, origin: Location) -> None:
        if card.id in self._ids:
            self._report.error(
                origin, f"two cards get the id '{card.id}'; give one of them another id"
            )
            return
        self._ids.add(card.id)
        self.cards.append(card)


def build_card(
    index: DeckIndex,
    *,
    id: str,
    excerpts: Sequence[Excerpt],
    kind: CardKind,
    prompt: str,
    answer: Answer,
    choices: Sequence[str] = (),
    hint: str = "",
    explanation: str = "",
    tags: tuple[str, ...] = (),
) -> Card:
    """A card citing `excerpts`, the first of which it shows.

    Tags are the deck's, then every cited excerpt's, then `tags`.
    """
    citing = index.citing(excerpts)
    return Card(
        id=id,
        deck_id=index.deck.id,
        kind=kind,
        excerpt_id=excerpts[0].id,
        prompt=prompt,
        answer=answer,
        source=citing.source,
        choices=tuple(choices),
        hint=hint,
        explanation=explanation,
        tags=merge_tags(citing.tags, tags) if tags else citing.tags,
        cites=citing.cites,
    )

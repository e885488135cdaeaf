"""Drawing from pools of like facts: the narrowest pool first, a wider one only when it runs out."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.generate.context import DeckIndex, alias_key
from trainer.core.generate.option_rules import OptionRules, ValueClass, value_class
from trainer.core.generate.pools import Pool, Reference
from trainer.core.model import Fact


def accepted_for(index: DeckIndex, answer: str, written: Iterable[str]) -> tuple[str, ...]:
    """The author's accepted answers as written, then the deck's aliases of `answer` that
    they do not already give."""
    accepted = tuple(written)
    if not index.alias_groups:  # most decks have no aliases
        return accepted
    known = {alias_key(answer), *(alias_key(text) for text in accepted)}
    aliases = [text for text in index.aliases_of(answer) if alias_key(text) not in known]
    return (*accepted, *dict.fromkeys(aliases))


def like_values(
    pools: Sequence[Pool],
    reference: Reference,
    anchor: str,
    rules: OptionRules,
    rng: random.Random,
    need: int,
) -> list[list[str]]:
    """Fair values like `anchor` from each pool in turn, nearest first, until `need` are found.

    Pools come narrowest first; a later pool is ranked only when the earlier ones hold
    fewer than `need` fair values, and adds only values they lack.
    """
    tiers: list[list[str]] = []
    seen: set[str] = set()
    for pool in pools:
        if len(seen) >= need:
            break
        values = [
            value
            for value in pool.ranked(reference, anchor, rules, rng, need)
            if fold(value) not in seen
        ]
        seen.update(fold(value) for value in values)
        tiers.append(values)
    return tiers


def strays_from_tags(pool: Pool, fact: Fact, values: Iterable[str]) -> list[str]:
    """The values among `values` that no fact of `pool` sharing a tag with `fact` holds:
    drawn from beyond the fact's tags, which say what is like it. Empty when `fact` has no
    tags, and for years, dates and numbers, whose nearness is their distance."""
    kind = value_class(fact.values.get(pool.field, ""), pool.declared)
    if not fact.tags or kind is not ValueClass.TEXT:
        return []
    return [value for value in values if not pool.shares_tag(value, fact.tags)]

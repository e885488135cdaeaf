"""Drawing from pools of like facts: the narrowest pool first, a wider one only when it runs out."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.generate.context import DeckIndex, alias_key
from trainer.core.generate.option_rules import OptionRules
from trainer.core.generate.pools import Pool, Reference


def accepted_for(index: DeckIndex, answer: str, written: Iterable[str]) -> tuple[str, ...]:
    """The author's accepted answers as written, then the deck's aliases of `answer` that
    they do not already give."""
    accepted = tuple(written)
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

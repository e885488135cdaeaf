"""Multiple-choice options: the right answer plus distinct wrong ones, in a seeded order."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from trainer.core.generate.context import ValuePool
from trainer.core.textnorm import fold


@dataclass(frozen=True, slots=True)
class Options:
    """The options shown and the index of the right one among them."""

    choices: tuple[str, ...]
    right: int


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Not enough distinct wrong options: how many were needed and how many were found."""

    needed: int
    found: int


def pick_options(
    rng: random.Random,
    *,
    answer: str,
    alternatives: Iterable[str] = (),
    written: Iterable[str] = (),
    pool: ValuePool | None = None,
    count: int,
) -> Options | Shortfall:
    """`count` options: the answer, the author's distractors first, then ones drawn from `pool`.

    No wrong option folds equal to the answer, an accepted alternative or another option.
    """
    needed = count - 1
    taken = {fold(answer), *(fold(a) for a in alternatives)}
    wrong: list[str] = []
    for distractor in written:
        key = fold(distractor)
        if len(wrong) == needed:
            break
        if key and key not in taken:
            taken.add(key)
            wrong.append(distractor)
    if len(wrong) < needed and pool is not None:
        wrong.extend(pool.draw(rng, needed - len(wrong), taken))
    if len(wrong) < needed:
        return Shortfall(needed, len(wrong))
    options = [answer, *wrong]
    order = list(range(len(options)))
    rng.shuffle(order)
    return Options(tuple(options[i] for i in order), order.index(0))

"""Multiple-choice options: the right answer plus distinct wrong ones, in a seeded order."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.records import record


@record
class Options:
    """The options shown, the index of the right one, and whether a wider pool was needed."""

    choices: tuple[str, ...]
    right: int
    widened: bool = False


@record
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
    drawn: Sequence[Sequence[str]] = (),
    count: int,
) -> Options | Shortfall:
    """`count` options: the answer, the author's distractors first, then drawn ones.

    `drawn` holds tiers of candidates, each in order of preference: a tier is used only
    when the ones before it run out. No wrong option folds equal to the answer, an
    accepted alternative or another option.
    """
    needed = count - 1
    taken = {fold(answer), *(fold(a) for a in alternatives)}
    wrong: list[str] = []
    widened = False
    for tier, candidates in enumerate((written, *drawn)):
        for candidate in candidates:
            if len(wrong) == needed:
                break
            key = fold(candidate)
            if key and key not in taken:
                taken.add(key)
                wrong.append(candidate)
                widened = widened or tier > 1
    if len(wrong) < needed:
        return Shortfall(needed, len(wrong))
    options = [answer, *wrong]
    order = list(range(len(options)))
    rng.shuffle(order)
    return Options(tuple(options[i] for i in order), order.index(0), widened)

"""A card that accepts very many answers is graded against the nearest of them.

Each accepted answer is judged in full (word by word, with every rule of `text_match`),
which takes a millisecond or so; an instructor's list of thousands of spellings (or a
hostile deck's) would make every answer of a review wait seconds. Past `MANY`, the typed
answer is judged against the card's own answer and the accepted answers nearest to it in
their words (rapidfuzz, in C): an answer it matches is among them, since matching shares
its words. They are its siblings too, which a typed phrase may contradict.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils

from trainer.core.model import Answer

# More accepted answers than this are narrowed down; fewer are all judged, as always.
MANY = 32


def nearest_accepted(accepted: Sequence[str], typed: str) -> list[str]:
    """`accepted` as it is when it holds at most `MANY` answers; else its first (the
    card's answer) and the `MANY - 1` others nearest to `typed`, in their order."""
    if len(accepted) <= MANY:
        return list(accepted)
    first, others = accepted[0], accepted[1:]
    nearest = process.extract(
        typed,
        others,
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        limit=MANY - 1,
    )
    kept = sorted(index for _, _, index in nearest)
    return [first, *(others[index] for index in kept)]


def narrowed(answer: Answer, typed: str) -> Answer:
    """`answer` with only the alternatives `nearest_accepted` keeps for `typed`."""
    if len(answer.alternatives) < MANY:
        return answer
    alternatives = nearest_accepted([answer.text, *answer.alternatives], typed)[1:]
    return dataclasses.replace(answer, alternatives=tuple(alternatives))

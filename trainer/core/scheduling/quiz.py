"""Drawing a quiz: N cards with the kinds of question mixed, chosen by an injected generator."""

from __future__ import annotations

import random
from collections.abc import Sequence

from trainer.core.model import CardKind
from trainer.core.records import record


@record
class QuizCandidate:
    """A card that may be drawn: its id and its kind of question."""

    card_id: str
    kind: CardKind


def draw_quiz(candidates: Sequence[QuizCandidate], count: int, rng: random.Random) -> list[str]:
    """Pick up to `count` distinct card ids, mixing kinds as evenly as the deck allows.

    Each kind's cards are shuffled, then taken in turns from the kinds (in a shuffled
    order), so a 10-question quiz over seven kinds asks each kind once or twice rather
    than ten cloze deletions. The result is shuffled again so turns do not show.
    """
    if count < 0:
        raise ValueError(f"a quiz has a whole number of questions ≥ 0, not {count}")
    by_kind: dict[CardKind, list[str]] = {}
    for candidate in sorted(candidates, key=lambda c: c.card_id):
        by_kind.setdefault(candidate.kind, []).append(candidate.card_id)
    pools = [by_kind[kind] for kind in sorted(by_kind)]
    for pool in pools:
        rng.shuffle(pool)
    rng.shuffle(pools)
    chosen: list[str] = []
    while len(chosen) < count and any(pools):
        for pool in pools:
            if pool and len(chosen) < count:
                chosen.append(pool.pop())
    rng.shuffle(chosen)
    return chosen

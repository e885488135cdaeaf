"""A simulated class: learners of varied ability answering a deck over days, with planted faults.

The model (item response theory with learning and SM-2's own E-Factor arithmetic):
- each learner has an ability θ ~ N(0, 1); each card a difficulty b and a slope a;
- on a learner's n-th counted answer to a card, P(knows) = σ(a·(θ − b) + 0.3·n);
- one who knows answers right, with quality 5, 4 or 3 (fluency varies with θ − b); one
  who does not leaves it blank (0), types a common wrong answer (1) or a near miss (2), or,
  for multiple choice, guesses among the options (each with its own appeal);
- noise: 1% of answers overruled by the learner, wrong answers drilled the same day
  (drills are not counted), 1% of answers undone and answered again, lognormal times.

Planted faults (Fault) change one card each as real faults would: a wrong key (those who
know pick the true answer and are marked wrong), an ambiguous question (those who know
hesitate: quality 3, so their E-Factor sinks to the floor), a trivial question, an option
that no one picks, and an accepted answer missing from the deck (often overruled).
"""

from __future__ import annotations

import csv
import json
import math
import random
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from trainer.core.model import Card, CardKind

# What `trainer export log` writes today, and the columns issue 14 adds to it.
EXPORT_COLUMNS = (
    "card", "reviewed_at", "quality", "drill", "ef_after", "interval_after", "due_after",
    "id", "deck", "kind", "undoes", "undone", "day", "mode", "suggested", "typed",
    "response_ms", "ef_before", "interval_before", "repetitions_before", "repetitions_after",
    "due_before", "last_review_before", "last_review_after", "lapses_before", "lapses_after",
    "learner", "verdict", "choice", "overridden", "scheduler", "memory_after",
)  # fmt: skip
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
MIN_EF_HUNDREDTHS = 130


class Fault(StrEnum):
    WRONG_KEY = "wrong_key"
    AMBIGUOUS = "ambiguous"
    TRIVIAL = "trivial"
    UNPICKED_OPTION = "unpicked_option"
    MISSING_ACCEPT = "missing_accept"


@dataclass(frozen=True, slots=True)
class SimCard:
    """What the simulation needs of a card: id, options and key, and its planted fault."""

    id: str
    options: int = 0
    key: int = 0
    fault: Fault | None = None

    @classmethod
    def of(cls, card: Card, fault: Fault | None = None) -> SimCard:
        choice = card.kind in (CardKind.CHOICE, CardKind.TRUE_FALSE)
        return cls(
            card.id, len(card.choices) if choice else 0, card.answer.key[0] if choice else 0, fault
        )


@dataclass(slots=True)
class _Item:
    card: SimCard
    difficulty: float
    slope: float
    appeal: list[float] = field(default_factory=list)
    wrong_words: tuple[str, ...] = ()


def simulate(
    cards: Iterable[SimCard],
    *,
    learners: int,
    answers: int,
    seed: int,
    deck: str = "",
) -> list[dict[str, object]]:
    """Every learner's log rows, learner after learner, in export order."""
    rng = random.Random(seed)
    items = [_item(card, rng) for card in cards]
    rows: list[dict[str, object]] = []
    for number in range(learners):
        learner = f"learner-{number:04d}-{rng.getrandbits(32):08x}"
        rows.extend(_learner_rows(learner, rng.gauss(0, 1), items, answers, rng, deck))
    return rows


def _item(card: SimCard, rng: random.Random) -> _Item:
    difficulty = -5.0 if card.fault is Fault.TRIVIAL else rng.uniform(-1.3, 0.2)
    appeal = [rng.uniform(0.5, 1.5) for _ in range(card.options)]
    if card.fault is Fault.UNPICKED_OPTION:
        appeal[(card.key + 1) % card.options] = 0.0
    words = tuple(f"wrong-{card.id[-6:]}-{k}" for k in range(6))
    return _Item(card, difficulty, rng.uniform(1.0, 1.8), appeal, words)


def _learner_rows(
    learner: str, ability: float, items: list[_Item], answers: int, rng: random.Random, deck: str
) -> Iterator[dict[str, object]]:
    ids = iter(range(1, 10**9))
    ef = {item.card.id: 250 for item in items}
    for day in range(answers):
        moment = START + timedelta(days=day * 2)
        for item in items:
            moment += timedelta(seconds=rng.randint(5, 40))
            answer = _answer(item, ability, day, rng)
            if rng.random() < 0.01:
                # Answered, undone, answered again: only the last answer counts.
                first = next(ids)
                yield _row(learner, first, item, answer, ef, moment, deck, undone=True)
                yield {
                    **_blank(learner, next(ids), item, moment, deck),
                    "kind": "undo",
                    "undoes": first,
                }
                answer = _answer(item, ability, day, rng)
            ef[item.card.id] = _next_ef(ef[item.card.id], answer.quality)
            yield _row(learner, next(ids), item, answer, ef, moment, deck)
            if answer.quality < 3:
                drill = _Answer(4, 4, "right", "", None, 3000)
                yield _row(learner, next(ids), item, drill, ef, moment, deck, drill=True)


@dataclass(frozen=True, slots=True)
class _Answer:
    quality: int
    suggested: int
    verdict: str
    typed: str
    choice: int | None
    response_ms: int


def _answer(item: _Item, ability: float, n: int, rng: random.Random) -> _Answer:
    card = item.card
    margin = item.slope * (ability - item.difficulty) + 0.3 * n
    knows = rng.random() < 1 / (1 + math.exp(-margin))
    time = int(rng.lognormvariate(math.log(4000) - 0.25 * margin, 0.45))
    fluent = _fluent_quality(margin, rng)
    if card.fault is Fault.AMBIGUOUS and knows:
        # The question can be read two ways: those who know it hesitate over which.
        if rng.random() < 0.15:
            return _Answer(1, 1, "wrong", "the other reading", None, time * 2)
        quality = 3 if rng.random() < 0.8 else 4
        return _Answer(quality, quality, "right", "answer", None, time * 2)
    if card.options:
        truth = (card.key + 1) % card.options if card.fault is Fault.WRONG_KEY else card.key
        pick = truth if knows else rng.choices(range(card.options), item.appeal)[0]
        right = pick == card.key
        quality = fluent if right else 1
        overridden = rng.random() < 0.01
        final = (1 if right else 4) if overridden else quality
        return _Answer(final, quality, "right" if right else "wrong", "", pick, time)
    if knows:
        if card.fault is Fault.MISSING_ACCEPT and rng.random() < 0.35:
            # A right answer the deck does not accept: the learner overrules the grader.
            return _Answer(4, 1, "wrong", "an unlisted synonym", None, time)
        if rng.random() < 0.01:
            return _Answer(1, fluent, "right", "answer", None, time)
        return _Answer(fluent, fluent, "right", "answer", None, time)
    roll = rng.random()
    if roll < 0.15:
        answer = _Answer(0, 0, "blank", "", None, time * 2)
    elif roll < 0.25:
        answer = _Answer(2, 2, "close", "answr", None, time)
    else:
        word = item.wrong_words[min(int(rng.expovariate(0.9)), len(item.wrong_words) - 1)]
        answer = _Answer(1, 1, "wrong", word, None, time)
    if answer.quality > 0 and rng.random() < 0.01:
        return _Answer(3, answer.suggested, answer.verdict, answer.typed, None, time)
    return answer


def _fluent_quality(margin: float, rng: random.Random) -> int:
    roll = rng.random() - 0.1 * max(-2.0, min(2.0, margin))
    return 5 if roll < 0.45 else 4 if roll < 0.8 else 3


def _next_ef(hundredths: int, quality: int) -> int:
    """trainer's SM-2: the E-Factor changes only on a pass, never below 1.3."""
    if quality < 3:
        return hundredths
    miss = 5 - quality
    return max(MIN_EF_HUNDREDTHS, hundredths + 10 - miss * (8 + miss * 2))


def _blank(learner: str, id_: int, item: _Item, moment: datetime, deck: str) -> dict[str, object]:
    return {
        "learner": learner,
        "card": item.card.id,
        "deck": deck or item.card.id.split(":", 1)[0],
        "id": id_,
        "reviewed_at": moment.isoformat(),
        "day": moment.date().isoformat(),
        "mode": "review",
        "scheduler": "sm2",
    }


def _row(
    learner: str,
    id_: int,
    item: _Item,
    answer: _Answer,
    ef: Mapping[str, int],
    moment: datetime,
    deck: str,
    *,
    undone: bool = False,
    drill: bool = False,
) -> dict[str, object]:
    hundredths = ef[item.card.id]
    return {
        **_blank(learner, id_, item, moment, deck),
        "kind": "answer",
        "quality": answer.quality,
        "suggested": answer.suggested,
        "drill": drill,
        "undone": undone,
        "verdict": answer.verdict,
        "typed": answer.typed,
        "choice": answer.choice,
        "overridden": int((answer.quality >= 3) != (answer.suggested >= 3)),
        "response_ms": answer.response_ms,
        "ef_after": hundredths / 100,
        "memory_after": json.dumps({"ef": hundredths / 100, "repetitions": 1}),
    }


def deck_text(deck_id: str, typed: int, choice: int) -> str:
    """A deck of `typed` free-answer questions, then `choice` with three wrong options each."""
    lines = [f"id: {deck_id}", f"title: Simulated {deck_id}", "excerpts:"]
    for index in range(typed + choice):
        lines += [
            f"  - id: e{index:02d}",
            "    page: 1",
            f"    text: Excerpt number {index} says something about topic {index}.",
            "    questions:",
            "      - id: q",
            f"        q: What does excerpt {index} say?",
            f"        a: answer {index}",
        ]
        if index >= typed:
            lines.append(
                f"        distractors: [other {index} a, other {index} b, other {index} c]"
            )
    return "\n".join(lines) + "\n"


def write_csv(rows: Iterable[Mapping[str, object]], path: Path) -> Path:
    """Rows as `trainer export log --format csv` writes them (booleans as True/False)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_json(rows: Iterable[Mapping[str, object]], path: Path) -> Path:
    """Rows as `trainer export log --format json` writes them: one array, an entry a line."""
    entries = ",\n  ".join(json.dumps(dict(row)) for row in rows)
    path.write_text(f"[\n  {entries}\n]\n" if entries else "[]\n", encoding="utf-8")
    return path

"""A 90-day audit of whole sittings against SM-2 as published: every answer the engine logged,
day after day (siblings buried, options reshuffled, drills), is recomputed from the log's
previous row with the formulas written out here, independently of trainer's own SM-2."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.core.scheduling.sm2_scheduler import sm2_memory
from trainer.engine import Engine, EntryKind, LogEntry

DAYS = 90
# Sixteen excerpts of one to four questions: siblings to bury on most days.
DECK = deck_text(
    "audit",
    {
        f"e{excerpt}": [
            (f"q{excerpt}x{n}", f"Answer {excerpt} {n}") for n in range(excerpt % 4 + 1)
        ]
        for excerpt in range(16)
    },
)


def reference(
    quality: int, ef: Fraction, repetitions: int, interval: int
) -> tuple[Fraction, int, int]:
    """Wozniak's SM-2 for one counted answer, in exact arithmetic: (EF, n, interval) after
    it. The interval uses the new E-Factor, as docs/scheduling.md reads the published text."""
    if quality < 3:
        return ef, 0, 1
    miss = 5 - quality
    new_ef = max(
        Fraction(13, 10), ef + Fraction(1, 10) - miss * (Fraction(8, 100) + miss * Fraction(2, 100))
    )
    if repetitions == 0:
        return new_ef, 1, 1
    if repetitions == 1:
        return new_ef, 2, 6
    return new_ef, repetitions + 1, math.ceil(interval * new_ef)


def test_ninety_days_of_sittings_follow_published_sm2(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    deck = engine.import_deck(write_deck("audit.yaml", DECK)).deck_id
    rng = random.Random(20261130)
    for _ in range(DAYS):
        sitting = engine.session(deck)
        for _guard in range(500):
            study = sitting.next_card()
            if study is None:
                break
            grade = rng.choices(range(6), weights=(1, 1, 2, 3, 5, 5))[0]
            sitting.answer(study.card.id, grade)
        else:
            raise AssertionError("a day's sitting never ended")
        # Nothing due today is left unasked: burying siblings only moves them later.
        today = engine.today()
        for entry in engine.cards(deck):
            due = entry.schedule.due
            assert due is None or due > today or entry.schedule.last_review == today
        clock.advance(days=1)

    by_card: dict[str, list[LogEntry]] = defaultdict(list)
    for row in engine.log(deck):
        if row.kind is EntryKind.ANSWER and not row.undone:
            by_card[row.card_id].append(row)
    checked = 0
    for rows in by_card.values():
        ef, repetitions, interval = Fraction(5, 2), 0, 0
        last_counted_day: date | None = None
        for row in rows:
            memory = sm2_memory(row.after)
            quality = row.quality
            assert quality is not None
            if row.drill:
                # A same-day repetition changes nothing but the drill flag.
                assert row.day == last_counted_day
                assert math.isclose(memory.ef, ef, abs_tol=1e-9)
                assert (memory.repetitions, row.after.interval) == (repetitions, interval)
                assert row.after.drill == (quality < 4)
                continue
            ef, repetitions, interval = reference(int(quality), ef, repetitions, interval)
            assert math.isclose(memory.ef, ef, abs_tol=1e-9), row
            assert (memory.repetitions, row.after.interval) == (repetitions, interval), row
            assert row.after.due == row.day + timedelta(days=interval)
            assert row.after.drill == (quality < 4)
            last_counted_day = row.day
            checked += 1
    assert checked > 300  # the audit really covered months of answers

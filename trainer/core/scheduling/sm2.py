"""SuperMemo 2 (Wozniak, 1987) as published: an answer in, the next state and a log entry out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from trainer.core.scheduling.state import MIN_EF, CardState, Quality, SchedulingLog

# E-Factors are kept in whole hundredths: every change the formula makes is a multiple
# of 0.02 and both 2.5 and the 1.3 floor are whole hundredths, so integer arithmetic
# reproduces the published numbers exactly where floats would drift (25 × 2.2 in
# floating point is 55.00000000000001, which would round up to 56 days).
_HUNDRED = 100
_MIN_EF_HUNDREDTHS = round(MIN_EF * _HUNDRED)
_FIRST_INTERVAL = 1
_SECOND_INTERVAL = 6

# A replay step is an answer and its learning day, optionally with the due date that
# was recorded for it (exam mode may have brought that due date forward).
ReplayStep = tuple[Quality | int, date] | tuple[Quality | int, date, date | None]


def as_quality(value: Quality | int) -> Quality:
    """The grade as a Quality; a clear error for anything but a whole number from 0 to 5."""
    if isinstance(value, Quality):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a quality is a whole number from 0 to 5, not {value!r}")
    if not 0 <= value <= 5:
        raise ValueError(f"a quality is a whole number from 0 to 5, not {value}")
    return Quality(value)


def ef_change_hundredths(quality: Quality) -> int:
    """Wozniak's EF' = EF + (0.1 − (5−q)·(0.08 + (5−q)·0.02)), in hundredths."""
    miss = 5 - int(quality)
    return 10 - miss * (8 + miss * 2)


def ef_hundredths(ef: float) -> int:
    """An E-Factor as a whole number of hundredths (2.36 → 236)."""
    return round(ef * _HUNDRED)


def next_interval(previous_interval: int, repetitions: int, ef_hundredths_after: int) -> int:
    """I(1) = 1, I(2) = 6, I(n) = ⌈I(n−1) · EF'⌉, computed exactly."""
    if repetitions == 1:
        return _FIRST_INTERVAL
    if repetitions == 2:
        return _SECOND_INTERVAL
    # Ceiling division of integers: exact, no float product to round.
    return -(-previous_interval * ef_hundredths_after // _HUNDRED)


def is_drill_day(state: CardState, day: date) -> bool:
    """True when an answer on this day would be a same-day drill rather than a counted review.

    A day on or before the last counted review is a drill: only the first answer of a
    learning day counts, and a clock that moved backwards never moves the card back.
    """
    return state.last_review is not None and day <= state.last_review


def review_card(
    state: CardState, quality: Quality | int, day: date
) -> tuple[CardState, SchedulingLog]:
    """Apply one answer given on a learning day; return the new state and what changed."""
    grade = as_quality(quality)
    _check_day(day)
    _check_state(state)
    if is_drill_day(state, day):
        after = replace(state, drill=grade < Quality.CORRECT_HESITATION, reviews=state.reviews + 1)
        return after, SchedulingLog.between(day, grade, drill=True, before=state, after=after)

    ef = ef_hundredths(state.ef)
    if grade.passed:
        ef = max(_MIN_EF_HUNDREDTHS, ef + ef_change_hundredths(grade))
        repetitions = state.repetitions + 1
        interval = next_interval(state.interval, repetitions, ef)
        lapses = state.lapses
    else:
        # Start the repetitions again as if the card were new, E-Factor untouched. A lapse
        # is forgetting a card that had been recalled at its previous counted review.
        repetitions = 0
        interval = _FIRST_INTERVAL
        lapses = state.lapses + (1 if state.repetitions > 0 else 0)
    after = CardState(
        ef=ef / _HUNDRED,
        repetitions=repetitions,
        interval=interval,
        due=day + timedelta(days=interval),
        last_review=day,
        drill=grade < Quality.CORRECT_HESITATION,
        lapses=lapses,
        reviews=state.reviews + 1,
    )
    return after, SchedulingLog.between(day, grade, drill=False, before=state, after=after)


def replay(steps: Iterable[ReplayStep], initial: CardState | None = None) -> CardState:
    """Fold review_card over a card's log, oldest first, to rebuild its state.

    A step may carry the due date recorded for it; that date replaces the computed one
    (exam mode brings due dates forward). It must lie after the step's day and no later
    than SM-2's own due date, so a log can only record the moves exam mode makes.
    """
    state = CardState() if initial is None else initial
    for index, step in enumerate(steps):
        state, _ = review_card(state, step[0], step[1])
        if len(step) == 3 and step[2] is not None:
            state = replace(state, due=_recorded_due(state, step[1], step[2], index))
    return state


def _recorded_due(state: CardState, day: date, recorded: date, index: int) -> date:
    computed = state.due
    assert computed is not None  # every answered card has a due date
    if not day < recorded <= computed:
        raise ValueError(
            f"log entry {index + 1} ({day.isoformat()}) records due {recorded.isoformat()}, "
            f"but SM-2 gives {computed.isoformat()} and only an earlier date after "
            f"{day.isoformat()} can be recorded"
        )
    return recorded


def _check_day(day: date) -> None:
    # A datetime is a date subclass; passing one means the learning day was never computed.
    if not isinstance(day, date) or isinstance(day, datetime):
        raise TypeError(f"a review day is a date (the learning day), not {day!r}")


def _check_state(state: CardState) -> None:
    problems = []
    if ef_hundredths(state.ef) < _MIN_EF_HUNDREDTHS:
        problems.append(f"E-Factor {state.ef} is below {MIN_EF}")
    if state.repetitions < 0 or state.interval < 0 or state.lapses < 0 or state.reviews < 0:
        problems.append("a count is negative")
    if state.repetitions > 0 and state.interval < 1:
        problems.append("a recalled card has no interval")
    if state.last_review is not None and state.due is None:
        problems.append("a reviewed card has no due date")
    if problems:
        raise ValueError("corrupt card state (" + "; ".join(problems) + f"): {state!r}")


__all__ = [
    "ReplayStep",
    "as_quality",
    "ef_change_hundredths",
    "ef_hundredths",
    "is_drill_day",
    "next_interval",
    "replay",
    "review_card",
]

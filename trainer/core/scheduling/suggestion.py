"""Suggesting an SM-2 grade from how an answer was graded and how long the learner took."""

from __future__ import annotations

import math

from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.state import Quality

# Wrong answers are graded by how wrong they were; time does not matter.
_WRONG_QUALITY = {
    Outcome.BLANK: Quality.BLACKOUT,
    Outcome.WRONG: Quality.INCORRECT_REMEMBERED,
    Outcome.CLOSE: Quality.INCORRECT_EASY,
}
# A realistic typing speed for an answer being recalled: 3 characters a second (about
# 36 words a minute). The time to type the answer is added to both thresholds, so a long
# answer recalled at once still earns 5.
TYPING_CHARS_PER_SECOND = 3.0
# A response slower than this (beyond the reading and typing allowances) is a pause,
# not slow recall: the learner left, or the answer was on screen while they did other
# things. Its time says nothing, so it is treated as unknown.
LONG_PAUSE_SECONDS = 300.0
# A chronology this many pairs long (four events or more) with a single pair of
# neighbours swapped is known, with difficulty: it passes with 3.
_MIN_PAIRS_FOR_PARTIAL_CREDIT = 6


def reading_allowance(prompt_length: int, policy: Policy) -> float:
    """Seconds added to both time thresholds for reading a prompt of this many characters."""
    if prompt_length < 0:
        raise ValueError(f"a prompt's length cannot be negative ({prompt_length})")
    return prompt_length / policy.reading_chars_per_second


def typing_allowance(typed_length: int) -> float:
    """Seconds added to both time thresholds for typing an answer of this many characters."""
    if typed_length < 0:
        raise ValueError(f"an answer's length cannot be negative ({typed_length})")
    return typed_length / TYPING_CHARS_PER_SECOND


def suggest_quality(
    verdict: Verdict,
    response_seconds: float | None,
    *,
    prompt_length: int,
    policy: Policy,
    typed_length: int = 0,
) -> Quality:
    """The grade to offer the learner, who may always choose another.

    Blank 0, wrong 1, close 2; a chronology with one pair of neighbours swapped among 4
    or more events 3. A right answer earns 5 within the quick threshold, 4 within the
    slow one and 3 beyond; a typo earns at most 4. Both thresholds grow with the
    prompt's length and the typed answer's (see `reading_allowance`,
    `typing_allowance`). An unknown time (None, negative: the clock moved, or a pause of
    more than LONG_PAUSE_SECONDS beyond the allowances) is neutral: 4, which leaves the
    E-Factor unchanged.
    """
    if _one_swap_in_a_long_order(verdict):
        return Quality.CORRECT_DIFFICULT
    if verdict.outcome in _WRONG_QUALITY:
        return _WRONG_QUALITY[verdict.outcome]
    allowance = reading_allowance(prompt_length, policy) + typing_allowance(typed_length)
    seconds = _usable_seconds(response_seconds, allowance)
    if seconds is None:
        speed_quality = Quality.CORRECT_HESITATION
    elif seconds <= policy.quick_seconds + allowance:
        speed_quality = Quality.PERFECT
    elif seconds <= policy.slow_seconds + allowance:
        speed_quality = Quality.CORRECT_HESITATION
    else:
        speed_quality = Quality.CORRECT_DIFFICULT
    if verdict.outcome is Outcome.TYPO:
        return min(speed_quality, Quality.CORRECT_HESITATION)
    return speed_quality


def _one_swap_in_a_long_order(verdict: Verdict) -> bool:
    pairs = verdict.events * (verdict.events - 1) // 2
    return (
        verdict.outcome is Outcome.CLOSE
        and verdict.swaps == 1
        and pairs >= _MIN_PAIRS_FOR_PARTIAL_CREDIT
    )


def _usable_seconds(response_seconds: float | None, allowance: float) -> float | None:
    if response_seconds is None or math.isnan(response_seconds) or response_seconds < 0:
        return None
    if response_seconds > LONG_PAUSE_SECONDS + allowance:
        return None
    return response_seconds

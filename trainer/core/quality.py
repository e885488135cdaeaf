"""Suggesting an SM-2 grade from how an answer was graded and how long the learner took."""

from __future__ import annotations

import math

from trainer.core.grading import Outcome, Verdict
from trainer.core.policy import Policy
from trainer.core.state import Quality

# Wrong answers are graded by how wrong they were; time does not matter.
_WRONG_QUALITY = {
    Outcome.BLANK: Quality.BLACKOUT,
    Outcome.WRONG: Quality.INCORRECT_REMEMBERED,
    Outcome.CLOSE: Quality.INCORRECT_EASY,
}


def reading_allowance(prompt_length: int, policy: Policy) -> float:
    """Seconds added to both time thresholds for reading a prompt of this many characters."""
    if prompt_length < 0:
        raise ValueError(f"a prompt's length cannot be negative ({prompt_length})")
    return prompt_length / policy.reading_chars_per_second


def suggest_quality(
    verdict: Verdict, response_seconds: float | None, *, prompt_length: int, policy: Policy
) -> Quality:
    """The grade to offer the learner, who may always choose another.

    Blank 0, wrong 1, close 2. A right answer earns 5 within the quick threshold, 4
    within the slow one and 3 beyond; a typo earns at most 4. Both thresholds grow with
    the prompt's length (see `reading_allowance`). An unknown or impossible time (None,
    negative: the clock moved) counts as quick.
    """
    if verdict.outcome in _WRONG_QUALITY:
        return _WRONG_QUALITY[verdict.outcome]
    allowance = reading_allowance(prompt_length, policy)
    seconds = _usable_seconds(response_seconds)
    if seconds is None or seconds <= policy.quick_seconds + allowance:
        speed_quality = Quality.PERFECT
    elif seconds <= policy.slow_seconds + allowance:
        speed_quality = Quality.CORRECT_HESITATION
    else:
        speed_quality = Quality.CORRECT_DIFFICULT
    if verdict.outcome is Outcome.TYPO:
        return min(speed_quality, Quality.CORRECT_HESITATION)
    return speed_quality


def _usable_seconds(response_seconds: float | None) -> float | None:
    if response_seconds is None or math.isnan(response_seconds) or response_seconds < 0:
        return None
    return response_seconds

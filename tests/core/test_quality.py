"""The suggested grade: by outcome, by time against the thresholds, and the reading allowance."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.grading import Outcome, Verdict
from trainer.core.policy import Policy
from trainer.core.quality import reading_allowance, suggest_quality
from trainer.core.state import Quality

POLICY = Policy()  # quick 10 s, slow 30 s, 25 characters of prompt per extra second


def verdict(outcome: Outcome) -> Verdict:
    return Verdict(outcome, 1.0 if outcome is Outcome.EXACT else 0.5, "x", "x")


def suggest(
    outcome: Outcome, seconds: float | None, prompt_length: int = 0, policy: Policy = POLICY
) -> Quality:
    return suggest_quality(verdict(outcome), seconds, prompt_length=prompt_length, policy=policy)


@pytest.mark.parametrize(
    ("outcome", "seconds", "expected"),
    [
        (Outcome.BLANK, 1.0, 0),
        (Outcome.WRONG, 1.0, 1),
        (Outcome.CLOSE, 1.0, 2),
        (Outcome.CLOSE, 500.0, 2),
        (Outcome.TYPO, 1.0, 4),
        (Outcome.TYPO, 30.0, 4),
        (Outcome.TYPO, 30.5, 3),
        (Outcome.EXACT, 1.0, 5),
        (Outcome.EXACT, 10.0, 5),
        (Outcome.EXACT, 10.5, 4),
        (Outcome.EXACT, 30.0, 4),
        (Outcome.EXACT, 30.5, 3),
        (Outcome.EXACT, 3000.0, 3),
    ],
)
def test_the_table(outcome: Outcome, seconds: float, expected: int) -> None:
    assert suggest(outcome, seconds) == expected


@pytest.mark.parametrize("seconds", [None, -4.0, math.nan])
def test_an_unknown_time_counts_as_quick(seconds: float | None) -> None:
    assert suggest(Outcome.EXACT, seconds) is Quality.PERFECT
    assert suggest(Outcome.TYPO, seconds) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.WRONG, seconds) is Quality.INCORRECT_REMEMBERED


def test_long_prompts_get_reading_time() -> None:
    assert reading_allowance(500, POLICY) == 20.0
    # A 500-character cloze excerpt: quick up to 30 s, slow up to 50 s.
    assert suggest(Outcome.EXACT, 25.0, prompt_length=500) is Quality.PERFECT
    assert suggest(Outcome.EXACT, 45.0, prompt_length=500) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.EXACT, 55.0, prompt_length=500) is Quality.CORRECT_DIFFICULT
    assert suggest(Outcome.EXACT, 25.0, prompt_length=0) is Quality.CORRECT_HESITATION


def test_thresholds_come_from_the_policy() -> None:
    brisk = Policy(quick_seconds=3.0, slow_seconds=6.0, reading_chars_per_second=50.0)
    assert suggest(Outcome.EXACT, 4.0, policy=brisk) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.EXACT, 4.0, prompt_length=100, policy=brisk) is Quality.PERFECT
    assert suggest(Outcome.EXACT, 7.0, policy=brisk) is Quality.CORRECT_DIFFICULT


def test_a_negative_prompt_length_is_an_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        suggest(Outcome.EXACT, 1.0, prompt_length=-1)


@given(
    st.sampled_from(list(Outcome)),
    st.floats(min_value=0, max_value=1e6),
    st.floats(min_value=0, max_value=1e6),
    st.integers(min_value=0, max_value=5000),
)
def test_being_slower_never_raises_the_grade(
    outcome: Outcome, a: float, b: float, length: int
) -> None:
    faster, slower = sorted((a, b))
    assert suggest(outcome, slower, length) <= suggest(outcome, faster, length)
    assert suggest(outcome, faster, length).passed == (outcome in (Outcome.EXACT, Outcome.TYPO))

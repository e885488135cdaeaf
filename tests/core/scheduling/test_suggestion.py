"""The suggested grade: by outcome, by time against the thresholds, the reading and typing
allowances, unknown times and pauses, chronology partial credit; and the worked examples of
docs/scheduling.md."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, Verdict
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.state import Quality
from trainer.core.scheduling.suggestion import (
    LONG_PAUSE_SECONDS,
    reading_allowance,
    suggest_quality,
    typing_allowance,
)

POLICY = Policy()  # quick 10 s, slow 30 s, 25 characters of prompt per extra second
DOC = Path(__file__).resolve().parents[3] / "docs" / "scheduling.md"


def verdict(outcome: Outcome) -> Verdict:
    return Verdict(outcome, 1.0 if outcome is Outcome.EXACT else 0.5, "x", "x")


def suggest(
    outcome: Outcome,
    seconds: float | None,
    prompt_length: int = 0,
    policy: Policy = POLICY,
    typed_length: int = 0,
) -> Quality:
    return suggest_quality(
        verdict(outcome),
        seconds,
        prompt_length=prompt_length,
        policy=policy,
        typed_length=typed_length,
    )


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
        (Outcome.EXACT, 300.0, 3),
        (Outcome.EXACT, 300.5, 4),  # a pause: unknown
        (Outcome.EXACT, 3000.0, 4),
    ],
)
def test_the_table(outcome: Outcome, seconds: float, expected: int) -> None:
    assert suggest(outcome, seconds) == expected


@pytest.mark.parametrize("seconds", [None, -4.0, math.nan, LONG_PAUSE_SECONDS + 1, 1e9])
def test_an_unknown_time_is_neutral(seconds: float | None) -> None:
    # 4 leaves the E-Factor unchanged: neither the reward of 5 nor the penalty of 3.
    assert suggest(Outcome.EXACT, seconds) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.TYPO, seconds) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.WRONG, seconds) is Quality.INCORRECT_REMEMBERED


def test_long_prompts_get_reading_time() -> None:
    assert reading_allowance(500, POLICY) == 20.0
    # A 500-character cloze excerpt: quick up to 30 s, slow up to 50 s.
    assert suggest(Outcome.EXACT, 25.0, prompt_length=500) is Quality.PERFECT
    assert suggest(Outcome.EXACT, 45.0, prompt_length=500) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.EXACT, 55.0, prompt_length=500) is Quality.CORRECT_DIFFICULT
    assert suggest(Outcome.EXACT, 25.0, prompt_length=0) is Quality.CORRECT_HESITATION


def test_long_answers_get_typing_time() -> None:
    assert typing_allowance(36) == 12.0
    # "Chairman of Stalin's Supreme Council", typed in 20 s: quick, with 12 s to type it.
    assert suggest(Outcome.EXACT, 20.0, typed_length=36) is Quality.PERFECT
    assert suggest(Outcome.EXACT, 20.0, typed_length=0) is Quality.CORRECT_HESITATION
    # The pause limit moves with the allowances too.
    long_wait = LONG_PAUSE_SECONDS + 10
    assert suggest(Outcome.EXACT, long_wait, typed_length=36) is Quality.CORRECT_DIFFICULT


def test_thresholds_come_from_the_policy() -> None:
    brisk = Policy(quick_seconds=3.0, slow_seconds=6.0, reading_chars_per_second=50.0)
    assert suggest(Outcome.EXACT, 4.0, policy=brisk) is Quality.CORRECT_HESITATION
    assert suggest(Outcome.EXACT, 4.0, prompt_length=100, policy=brisk) is Quality.PERFECT
    assert suggest(Outcome.EXACT, 7.0, policy=brisk) is Quality.CORRECT_DIFFICULT


def test_negative_lengths_are_errors() -> None:
    with pytest.raises(ValueError, match="negative"):
        suggest(Outcome.EXACT, 1.0, prompt_length=-1)
    with pytest.raises(ValueError, match="negative"):
        suggest(Outcome.EXACT, 1.0, typed_length=-1)


def order_verdict(swaps: int, events: int, outcome: Outcome = Outcome.CLOSE) -> Verdict:
    return Verdict(outcome, 0.9, "x", "x", swaps=swaps, events=events)


def test_a_chronology_one_swap_from_right_passes_with_difficulty() -> None:
    def quality(swaps: int, events: int, outcome: Outcome = Outcome.CLOSE) -> Quality:
        return suggest_quality(
            order_verdict(swaps, events, outcome), 1.0, prompt_length=0, policy=POLICY
        )

    assert quality(1, 4) is Quality.CORRECT_DIFFICULT
    assert quality(1, 5) is Quality.CORRECT_DIFFICULT
    assert quality(1, 3) is Quality.INCORRECT_EASY  # a third of the pairs
    assert quality(2, 5) is Quality.INCORRECT_EASY
    assert quality(6, 4, Outcome.WRONG) is Quality.INCORRECT_REMEMBERED


@given(
    st.sampled_from(list(Outcome)),
    st.floats(min_value=0, max_value=LONG_PAUSE_SECONDS),
    st.floats(min_value=0, max_value=LONG_PAUSE_SECONDS),
    st.integers(min_value=0, max_value=5000),
    st.integers(min_value=0, max_value=1000),
)
def test_being_slower_never_raises_the_grade_short_of_a_pause(
    outcome: Outcome, a: float, b: float, length: int, typed: int
) -> None:
    faster, slower = sorted((a, b))
    assert suggest(outcome, slower, length, typed_length=typed) <= suggest(
        outcome, faster, length, typed_length=typed
    )
    assert suggest(outcome, faster, length, typed_length=typed).passed == (
        outcome in (Outcome.EXACT, Outcome.TYPO)
    )


@given(
    st.sampled_from(list(Outcome)),
    st.floats(min_value=0, max_value=1e7),
    st.integers(min_value=0, max_value=5000),
    st.integers(min_value=0, max_value=1000),
)
def test_a_pause_counts_as_an_unknown_time(
    outcome: Outcome, extra: float, length: int, typed: int
) -> None:
    pause = LONG_PAUSE_SECONDS + reading_allowance(length, POLICY) + typing_allowance(typed)
    unknown = suggest(outcome, None, length, typed_length=typed)
    assert suggest(outcome, pause + 1 + extra, length, typed_length=typed) == unknown


# --- the worked examples of docs/scheduling.md ----------------------------------------


def _doc_rows(header: str) -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(header)
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


TIME_EXAMPLES = _doc_rows(
    "| outcome | prompt characters | typed characters | seconds | suggested q |"
)
ORDER_EXAMPLES = _doc_rows("| events | pairs typed the other way round | suggested q |")


def test_the_doc_has_worked_examples() -> None:
    assert len(TIME_EXAMPLES) >= 12
    assert len(ORDER_EXAMPLES) >= 5
    assert {row[0] for row in TIME_EXAMPLES} == {o.value for o in Outcome}
    assert re.search(r"\| - \|", DOC.read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", TIME_EXAMPLES, ids=" ".join)
def test_the_docs_time_examples(row: list[str]) -> None:
    outcome, prompt, typed, seconds, quality = row
    time = None if seconds == "-" else float(seconds)
    assert suggest(Outcome(outcome), time, int(prompt), typed_length=int(typed)) == int(quality)


@pytest.mark.parametrize("row", ORDER_EXAMPLES, ids=" ".join)
def test_the_docs_chronology_examples(row: list[str]) -> None:
    events, swaps, quality = (int(cell) for cell in row)
    pairs = events * (events - 1) // 2
    in_order = 1 - swaps / pairs
    outcome = Outcome.CLOSE if in_order >= POLICY.close_similarity else Outcome.WRONG
    suggested = suggest_quality(
        order_verdict(swaps, events, outcome), 1.0, prompt_length=0, policy=POLICY
    )
    assert suggested == quality

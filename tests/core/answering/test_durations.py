"""A length of time typed in other units or pieces is the same answer; another is not."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.durations import duration_of, near_duration
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judged(expected: str, typed: str) -> bool:
    return grade(Answer(AnswerType.TEXT, expected), typed, policy=POLICY).correct


@pytest.mark.parametrize(
    "typed",
    [
        *("4.5 hours", "four and a half hours", "270 minutes", "4 hours and a half"),
        *("16200 seconds", "4 h 30 min", "4.5 h"),  # an hour's symbol beside a time
        *("4h 30m", "4h30m", "4 h 30 m"),  # "m" between hours and nothing else: minutes
    ],
)
def test_the_same_length_of_time_in_other_words_is_right(typed: str) -> None:
    assert judged("4 hours and 30 minutes", typed)


@pytest.mark.parametrize("typed", ["5 hours", "4 hours", "4.5 days", "half a day", "4 h 20 min"])
def test_another_length_of_time_is_not(typed: str) -> None:
    assert not judged("4 hours and 30 minutes", typed)


def test_calendar_time_is_compared_in_months_and_never_with_days() -> None:
    assert judged("1 year and 6 months", "18 months")
    assert judged("a year and a half", "18 months")
    assert not judged("6 weeks", "1.5 months")
    assert duration_of(["6", "week", "and", "1", "month"]) is None  # mixed: not judged so
    assert duration_of(["the", "4", "hour"]) is None  # anything else said: not a length


@given(st.integers(0, 48), st.integers(0, 59), st.integers(0, 3000))
def test_hours_and_minutes_equal_their_total_in_minutes_and_no_other(
    hours: int, minutes: int, other: int
) -> None:
    expected = f"{hours} hours and {minutes} minutes"
    total = hours * 60 + minutes
    assert duration_of([str(total), "minute"]) == ("clock", Fraction(total * 60))
    assert judged(expected, f"{total} minutes")
    if other != total:
        assert not judged(expected, f"{other} minutes")


def test_a_vulgar_fraction_is_read_as_its_words() -> None:
    # Unicode alone would read "2½" as "21⁄2": the number 21, then 2.
    assert judged("150 minutes", "2½ hours")
    assert judged("2 and a half hours", "2½ hours")
    assert not judged("21 hours", "2½ hours")


def test_quarters_and_fortnights_are_lengths_too() -> None:
    assert judged("an hour and a quarter", "75 minutes")
    assert judged("2 and three quarters hours", "165 minutes")
    assert judged("a fortnight", "14 days")
    assert not judged("an hour and a quarter", "80 minutes")


def test_an_h_is_an_hour_only_after_a_number_beside_a_time() -> None:
    assert judged("96 minutes", "1 h 36 min")
    assert not judged("96 minutes", "1 h 30 min")
    assert judged("the H-bomb", "the H bomb")  # no number: a letter, as written


def test_a_compact_length_of_time_reads_its_m_as_minutes() -> None:
    assert judged("8 minutes 20 seconds", "8m 20s")
    assert judged("8 minutes 20 seconds", "8min20s")
    assert judged("108 minutes", "1h 48m")
    assert not judged("8 minutes 20 seconds", "8m 30s")
    # A lone "8m" is still metres (or millions).
    assert judged("8 m", "8m")
    assert not judged("8 minutes", "8m")


def test_a_length_of_time_rounded_to_the_digits_typed_is_the_same() -> None:
    assert judged("8 minutes 20 seconds", "8.33 minutes")
    assert judged("8 minutes 20 seconds", "8.333 minutes")
    assert judged("1 hour 20 minutes", "1.33 hours")
    # Coarser than the answer is written, or another rounding, is another length.
    assert not judged("8 minutes 20 seconds", "8.3 minutes")
    assert not judged("8 minutes 20 seconds", "8.34 minutes")
    assert not judged("3 days", "2.9 days")


def test_an_approximate_length_of_time_is_met_within_a_twentieth() -> None:
    asked = "How long does sunlight take to reach the Earth?"
    answer = Answer(AnswerType.TEXT, "about 8 minutes 20 seconds")
    for typed in ("8.3 minutes", "8 min", "about 8 minutes", "490 seconds"):
        verdict = grade(answer, typed, policy=Policy(), question=asked)
        assert verdict.outcome is Outcome.TYPO, typed
    for typed in ("9 minutes", "7 minutes", "7.5 minutes"):
        assert grade(answer, typed, policy=Policy(), question=asked).outcome is Outcome.WRONG
    assert near_duration(["8", "minute"], ["8.3", "minute"], approximate=True)
    assert not near_duration(["8", "minute"], ["8.5", "minute"], approximate=True)


def test_a_length_of_time_rounded_more_coarsely_is_close() -> None:
    # "24.6 hours" for "24 hours 37 minutes" (24.62 hours) was wrong: "numbers differ".
    asked = "How long is a day on Mars?"
    answer = Answer(AnswerType.TEXT, "24 hours 37 minutes")
    for typed in ("24.6 hours", "25 hours"):
        assert grade(answer, typed, policy=Policy(), question=asked).outcome is Outcome.CLOSE
    for typed in ("24.7 hours", "24 hours", "26 hours"):
        assert grade(answer, typed, policy=Policy(), question=asked).outcome is Outcome.WRONG

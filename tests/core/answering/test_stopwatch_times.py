"""A race's time written as a stopwatch shows it is a length of time, however typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.stopwatch_times import stopwatch_times
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

QUESTION = "What is the world record time?"


def outcome(expected: str, typed: str) -> Outcome:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=QUESTION).outcome


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # The audit's cases: a stopwatch's writing was read as a time of day.
        ("9.58 s", "0:09.58"),
        ("19.19 s", "0:19.19"),
        ("3:26.00", "3:26"),
        ("3:26.00", "206 seconds"),
        ("3:26.00", "3 min 26 s"),
        ("3 min 26 s", "3:26"),
        ("2:00:35", "2 h 0 min 35 s"),
        ("2:00:35", "2h00m35s"),
        ("3 min 59.4 s", "3:59.4"),
        # Beside hours or minutes alone, "1:30" is hours and minutes.
        ("1 h 5 min", "1:05"),
        ("1:30", "90 minutes"),
        ("2 hours 30 minutes", "2:30"),
        ("90 seconds", "1:30"),
        # Seconds against a fraction, and in a compact time.
        ("9.58 s", "9.58s"),
        ("3 min 59.4 s", "3m 59.4s"),
        # In one unit where the answer holds hours: "seconds" is a unit, not a "second".
        ("2:00:35", "7235 seconds"),
        ("2:00:35", "120 minutes 35 seconds"),
        ("2 h 0 min 35 s", "7235 seconds"),
    ],
)
def test_a_stopwatch_time_is_its_length_of_time(expected: str, typed: str) -> None:
    assert outcome(expected, typed) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("3:26.00", "3:27"),
        ("2:00:35", "2:01:35"),
        ("9.58 s", "0:09.68"),
        ("3 min 26 s", "3:36"),
        ("1 h 5 min", "1:50"),
    ],
)
def test_another_time_is_not_the_answer(expected: str, typed: str) -> None:
    assert outcome(expected, typed) is not Outcome.EXACT


def test_a_time_of_day_stays_a_time_of_day() -> None:
    # Minutes and seconds alone are read so only beside a length of time.
    assert stopwatch_times("10:30", "10:30 am") == ("10:30", "10:30 am")
    assert stopwatch_times("2:00:35 pm", "14:00") == ("2:00:35 pm", "14:00")
    assert stopwatch_times("1990s", "the 1990s") == ("1990s", "the 1990s")


@given(st.integers(0, 9), st.integers(0, 59), st.integers(0, 99))
def test_minutes_and_seconds_to_a_fraction_read_the_same_in_words(
    minutes: int, seconds: int, hundredths: int
) -> None:
    written = f"{minutes}:{seconds:02d}.{hundredths:02d}"
    words = f"{minutes} min {seconds}.{hundredths:02d} s"
    assert outcome(words, written) is Outcome.EXACT

"""Tests for trainer.core.answering.times_of_day: a time of day graded however it is written."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.answering.times_of_day import times_as_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("11 a.m.", "11 am"),
        ("11am", "11 am"),
        ("11.00 A.M.", "11 am"),
        ("10.30 p.m.", "10.30 pm"),
        ("11 o'clock", "11"),
        ("eleven o'clock", "11"),
        ("3 in the afternoon", "3 pm"),
        ("eleven in the morning", "11 am"),
        ("10.30 at night", "10.30 pm"),
        ("a walk in the afternoon", "a walk in the afternoon"),
        ("11:00", "11"),
        ("23:00", "11 pm"),
        ("at 9:05", "at 9.05"),
        # No time: a number past the clock, a decimal, a score of one digit.
        ("24:00", "24:00"),
        ("9:75", "9:75"),
        ("13 pm", "13 pm"),
        ("5.1 million", "5.1 million"),
        ("2:1", "2:1"),
    ],
)
def test_a_time_is_written_one_way(written: str, read: str) -> None:
    assert times_as_words(written) == read


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("11 a.m.", "11am", True),
        ("11 a.m.", "11:00", True),
        ("11 a.m.", "11 o'clock", True),
        ("11 a.m.", "11.00 a.m.", True),
        ("11 p.m.", "23:00", True),
        ("at 10.30 p.m.", "10:30 pm", True),
        # The other part of the day, or another hour, is wrong.
        ("11 a.m.", "11 pm", False),
        ("11 p.m.", "11 a.m.", False),
        ("11 a.m.", "10 a.m.", False),
        ("11 a.m.", "11:30", False),
        ("at 3 p.m.", "3 in the afternoon", True),
        ("11 a.m.", "eleven at night", False),
    ],
)
def test_a_time_typed_its_own_way_is_graded_as_the_time(
    answer: str, typed: str, right: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.correct is right, verdict


@pytest.mark.parametrize(
    ("expected", "typed", "right"),
    [
        # An hour with its zero on the 24-hour clock is before noon.
        ("02:56", "2:56 am", True),
        ("02:56", "2.56 a.m.", True),
        ("02:56", "02:56", True),
        ("02:56", "2:56", True),
        ("02:56", "2:56 pm", False),
        ("02:56", "14:56", False),
        ("02:56", "2.56 p.m.", False),
        ("00:30", "12:30 am", True),
        ("00:30", "12:30 pm", False),
        ("14:05", "2:05 pm", True),
        ("14:05", "2:05 am", False),
    ],
)
def test_a_24_hour_time_fixes_the_part_of_the_day(expected: str, typed: str, right: bool) -> None:
    verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy())
    assert verdict.correct is right, verdict.rule


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("noon", "12 pm"),
        ("12 noon", "12 pm"),
        ("at midday", "at 12 pm"),
        ("Midnight", "12 am"),
        ("twelve midnight", "12 am"),
        ("12:30", "12.30 pm"),  # after noon on either clock
        ("the afternoon", "the afternoon"),
        ("a noonday sun", "a noonday sun"),
    ],
)
def test_noon_and_midnight_are_the_hours_they_name(written: str, read: str) -> None:
    assert times_as_words(written) == read


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("noon", "12 pm", True),
        ("noon", "12:00", True),
        ("noon", "midday", True),
        ("at midnight", "at 12 am", True),
        ("midnight", "00:00", True),
        ("from 9 am to noon", "9am-12pm", True),
        ("from 9 am to noon", "09:00-12:00", True),
        ("12 noon", "noon", True),
        ("noon", "midnight", False),
        ("midnight", "12 pm", False),
        ("midnight", "12:00", False),
        ("from 9 am to noon", "9 am to midnight", False),
        ("12:30", "12:30 am", False),
    ],
)
def test_noon_and_midnight_are_graded_as_the_hours(answer: str, typed: str, right: bool) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.correct is right, verdict


def test_another_half_of_the_day_is_told_where_it_starts() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "midnight"), "noon", policy=Policy())
    assert verdict.rule == "'pm' (from noon) is another half of the day than 'am' (from midnight)"

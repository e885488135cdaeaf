"""Tests for trainer.core.answering.si_rates: speeds and accelerations in any SI notation."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.si_rates import rates_in_words
from trainer.core.answering.units import units_in
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words
from trainer.core.model import AnswerType

_SPEEDS = ["100 m/s", "100 m s^-1", "100 ms-1", "100 m·s⁻¹", "100 metres per second"]
_ACCELERATIONS = ["9.8 m/s²", "9.8 m/s^2", "9.8 m s^-2", "9.8 m/s/s", "9.8 m·s⁻²"]
_ACCELERATIONS += ["9.8 metres per second squared", "9.8 m per second per second"]


@pytest.mark.parametrize("typed", _SPEEDS)
def test_every_writing_of_a_speed_is_one_unit(typed: str) -> None:
    assert units_in(answer_words(typed)) == {"speed": "metre/second"}


@pytest.mark.parametrize("typed", _ACCELERATIONS)
def test_every_writing_of_an_acceleration_is_one_unit(typed: str) -> None:
    assert units_in(answer_words(typed)) == {"speed": "metre/second²"}


@pytest.mark.parametrize("answer_type", [AnswerType.TEXT, AnswerType.NUMBER])
@pytest.mark.parametrize("typed", _ACCELERATIONS)
def test_an_acceleration_is_right_in_any_notation(typed: str, answer_type: AnswerType) -> None:
    question = "What is the acceleration due to gravity?"
    assert graded("9.8 m/s²", typed, question, answer_type=answer_type) is Outcome.EXACT


@pytest.mark.parametrize("answer_type", [AnswerType.TEXT, AnswerType.NUMBER])
@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("9.8 m/s²", "9.8 m/s"),  # a speed for an acceleration
        ("100 m/s", "100 m/s²"),
        ("100 m/s", "100 m"),  # a length for a speed: "/s" is no stray letter
        ("100 m/s", "100 km/s"),
    ],
)
def test_another_rate_or_a_length_is_wrong(
    expected: str, typed: str, answer_type: AnswerType
) -> None:
    assert graded(expected, typed, "How fast?", answer_type=answer_type) is Outcome.WRONG


def test_milliseconds_and_text_without_a_rate_are_left_alone() -> None:
    assert rates_in_words("5 ms") == "5 ms"
    assert rates_in_words("The Treaty of Rapallo") == "The Treaty of Rapallo"
    assert units_in(answer_words("5 ms")) == {"time": "millisecond"}
    assert rates_in_words("3 km/s") == "3 km per sec"


def test_a_bare_number_for_an_acceleration_is_a_slip_as_for_any_unit() -> None:
    assert graded("9.8 m/s²", "9.8", "What is g?") is Outcome.TYPO
    assert graded("20 V", "20", "What is the potential difference?") is Outcome.TYPO


_FLOWS = ["5 l/s", "5 L/s", "5 litres per second", "5 litres a second", "5 l s-1", "5 l s⁻¹"]


@pytest.mark.parametrize("expected", ["5 l/s", "5 litres per second"])
@pytest.mark.parametrize("typed", _FLOWS)
def test_any_unit_per_second_is_one_rate_in_any_notation(expected: str, typed: str) -> None:
    assert graded(expected, typed, "How fast does the pump move water?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("5 kg/s", "5 kg"),  # the amount for its rate: "/s" is no stray letter
        ("5 l/s", "5 l/min"),  # per another time
        ("5 litres per second", "5 litres per minute"),
        ("3 m³/s", "3 m³"),
        ("50 times per second", "50 times per minute"),
    ],
)
def test_an_amount_or_a_rate_per_another_time_is_wrong(expected: str, typed: str) -> None:
    assert graded(expected, typed, "How fast does it flow?") is Outcome.WRONG


def test_a_rate_per_second_converts_like_any_other() -> None:
    assert graded("5 l/s", "300 litres per minute", "How fast?") is Outcome.EXACT
    assert graded("3 m³/s", "3 cubic metres per second", "How fast?") is Outcome.EXACT
    assert graded("5 kg/s", "5 kilograms a second", "How fast?") is Outcome.EXACT


def test_a_second_that_counts_is_still_an_ordinal() -> None:
    for text in ("came a second time", "He won a second Nobel Prize", "the second"):
        assert rates_in_words(text) == text
    assert graded("a second Nobel Prize", "a third Nobel Prize", "What?") is Outcome.WRONG
    assert graded("second", "2nd", "Which place did he take?") is Outcome.EXACT

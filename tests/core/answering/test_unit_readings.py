"""Units as the answer means them: "m" as metres, "K" as kelvin, areas, speeds, swapped units."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
EVEREST = "What height did the older survey give Everest?"


def outcome(kind: AnswerType, answer: str, typed: str, question: str = "") -> Outcome:
    return grade(Answer(kind, answer), typed, policy=POLICY, question=question).outcome


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("8,848 m", "8848 feet", Outcome.WRONG),
        ("8,848 m", "8848 ft", Outcome.WRONG),
        ("8,848 m", "8848 km", Outcome.WRONG),
        ("8,848 m", "8848 metres", Outcome.EXACT),
        ("8,848 m", "8848", Outcome.EXACT),
        ("4,810 m", "4806 ft", Outcome.WRONG),
        ("17.1 million km²", "17.1 million km", Outcome.WRONG),  # a length for an area
        ("17.1 million km²", "17.1 million miles²", Outcome.WRONG),
        ("17.1 million km²", "17.1 million km2", Outcome.EXACT),
        ("17.1 million km²", "17.1 million square kilometres", Outcome.EXACT),
        ("17.1 million km²", "17,100,000 sq km", Outcome.EXACT),
        ("17.1 million km²", "17.1 million", Outcome.EXACT),
        ("6,650 km", "6650 miles", Outcome.WRONG),
    ],
)
def test_a_number_answer_with_a_unit(answer: str, typed: str, expected: Outcome) -> None:
    assert outcome(AnswerType.NUMBER, answer, typed, EVEREST) is expected


def test_m_after_a_money_amount_is_millions() -> None:
    assert outcome(AnswerType.TEXT, "£5m", "£5 million") is Outcome.EXACT
    assert outcome(AnswerType.TEXT, "50m", "50 million") is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("1,642 m", "1642 ft", False),
        ("1,642 m", "1642", True),
        ("1,642 m", "1.642 km", True),
        ("−273.15 °C", "-273.15 K", False),  # the letter K after a number is kelvin
        ("−196 °C", "-196 K", False),
        ("−273.15 °C", "-273.15 degrees Celsius", True),
        ("373.15 K", "373.15 kelvin", True),
        ("373.15 K", "373.15", True),
        ("373.15 K", "373.15 °C", False),
        ("300,000 km/s", "300,000 m/s", False),  # a prefix lost in a compound unit
        ("300,000 km/s", "300,000,000 m/s", True),
        ("3.00 × 10^8 m/s", "300000 km/s", True),
        ("8 minutes 20 seconds", "20 minutes 8 seconds", False),  # each number has its unit
        ("8 minutes 20 seconds", "8 min 20 s", True),
        ("8 minutes 20 seconds", "500 s", True),
        ("5 kg and 3 m", "3 kg and 5 m", False),
        ("2 hours 30 minutes", "30 minutes 2 hours", True),
        ("$7.25 an hour", "$7.25 a day", False),
        ("2.5 cm a year", "25 mm a year", True),  # a rate in another unit
        ("2.5 cm a year", "25 mm a day", False),
    ],
)
def test_a_text_answer_with_a_unit(answer: str, typed: str, right: bool) -> None:
    assert grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY).correct is right


def test_a_decade_written_with_an_apostrophe_keeps_its_s() -> None:
    assert outcome(AnswerType.TEXT, "the 1920s", "the 1920's") is Outcome.EXACT


_PHYSICS = "What does the meter read?"


@pytest.mark.parametrize("kind", [AnswerType.TEXT, AnswerType.NUMBER])
@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("98 N", "98 newtons", Outcome.EXACT),
        ("98 N", "98 n", Outcome.EXACT),
        ("98 N", "98 J", Outcome.WRONG),  # energy for a force: no slip of a letter
        ("500 J", "500 N", Outcome.WRONG),
        ("3 A", "3 amps", Outcome.EXACT),
        ("3 A", "3 V", Outcome.WRONG),
        ("60 W", "60 J", Outcome.WRONG),
        ("12 V", "12 W", Outcome.WRONG),
        ("10 Ω", "10 ohms", Outcome.EXACT),
        ("10 Ω", "10 V", Outcome.WRONG),
        ("273 K", "273 kelvin", Outcome.EXACT),
        ("273 K", "273 °C", Outcome.WRONG),
        # Seconds and metres as SI writes them, after a space: a time is no length.
        ("5 m", "5 s", Outcome.WRONG),
        ("10 s", "10 m", Outcome.WRONG),
        ("10 s", "10 seconds", Outcome.EXACT),
        ("2.5 s", "2.5 sec", Outcome.EXACT),
    ],
)
def test_a_one_letter_si_symbol_is_its_unit(
    kind: AnswerType, answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(kind, answer, typed, _PHYSICS) is expected


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("51 N, 0 W", "51° N, 0° W", "Where is Greenwich?"),  # a pair of coordinates
        ("51 N", "51 north", "Where is it?"),  # a bearing typed
        ("51 N", "51 n", "Which latitude?"),
        ("Group 2 A", "group 2 a", "Which group?"),
        ("23.4 s", "23.4 south", "Which latitude does the tropic run along?"),
        ("the 1920s", "the 1920s", "Which decade?"),
        ("$5 m", "$5 million", "How much did it cost?"),
    ],
)
def test_a_letter_that_is_no_unit_there_is_read_as_written(
    answer: str, typed: str, question: str
) -> None:
    assert outcome(AnswerType.TEXT, answer, typed, question) is Outcome.EXACT

"""Tests for trainer.core.answering.conversions: an amount in another unit of the same measure."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.conversions import ratio
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def outcome(kind: AnswerType, answer: str, typed: str, question: str) -> Outcome:
    return grade(Answer(kind, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("answer", "question", "typed", "expected"),
    [
        ("4", "How many days after the murder was Corday guillotined?", "96 hours", Outcome.EXACT),
        ("14", "How many days did the siege last?", "2 weeks", Outcome.EXACT),
        ("14", "How many days did the siege last?", "a fortnight", Outcome.EXACT),
        ("1.5", "How many days did the trial last?", "1 day and 12 hours", Outcome.EXACT),
        ("2", "How many weeks did the siege last?", "14 days", Outcome.EXACT),
        ("3", "How many years did the war last?", "36 months", Outcome.EXACT),
        ("100", "How many years did the war last?", "a century", Outcome.EXACT),
        ("3", "How many kilometres long is the tunnel?", "3,000 metres", Outcome.EXACT),
        ("5", "How many tonnes did the bell weigh?", "5,000 kg", Outcome.EXACT),
        ("2", "How many hours did the flight take?", "120 minutes", Outcome.EXACT),
        # Not the answer once converted, or not convertible: another unit, wrong.
        ("4", "How many days after the murder was Corday guillotined?", "4 weeks", Outcome.WRONG),
        ("4", "How many days after the murder was Corday guillotined?", "100 hours", Outcome.WRONG),
        ("3", "How many years did the war last?", "1095 days", Outcome.WRONG),
        ("14", "How many days did the siege last?", "half a month", Outcome.WRONG),
        ("3", "How many kilometres long is the tunnel?", "3 miles", Outcome.WRONG),
        ("6650", "How long is the Nile, in kilometres?", "4130 miles", Outcome.WRONG),
    ],
)
def test_a_number_card_takes_the_answer_in_another_unit_that_converts_to_it(
    answer: str, question: str, typed: str, expected: Outcome
) -> None:
    assert outcome(AnswerType.NUMBER, answer, typed, question) is expected


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("3 km", "3,000 metres", Outcome.EXACT),
        ("5 tonnes", "5,000 kg", Outcome.EXACT),
        ("2 litres", "2,000 ml", Outcome.EXACT),
        ("3 km", "3 miles", Outcome.WRONG),
        ("3 km", "3,000 feet", Outcome.WRONG),
    ],
)
def test_a_measure_in_text_is_the_same_amount_in_another_unit(
    answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(AnswerType.TEXT, answer, typed, "How big?") is expected


def test_units_convert_only_within_their_measure() -> None:
    assert ratio("hour", "day") == Fraction(1, 24)
    assert ratio("mile", "km") == Fraction("1.609344")
    assert ratio("kilonewton", "newton") == 1000
    assert ratio("month", "day") is None  # a month has no fixed number of days
    assert ratio("gallon", "litre") is None  # US or imperial?
    assert ratio("km", "kg") is None


@given(st.integers(min_value=1, max_value=10_000))
def test_a_count_of_days_is_that_many_24_hours(days: int) -> None:
    question = "How many days did it last?"
    assert outcome(AnswerType.NUMBER, str(days), f"{days * 24} hours", question) is Outcome.EXACT
    assert outcome(AnswerType.NUMBER, str(days), f"{days * 24 + 1} hours", question) is (
        Outcome.WRONG
    )


@pytest.mark.parametrize(
    ("expected", "typed", "question", "outcome"),
    [
        ("1,000 bytes", "1 kB", "How big was its memory?", "exact"),
        ("1,048,576 bytes", "1 MiB", "How big was its memory?", "exact"),
        ("32-bit", "4 bytes", "How wide were its addresses?", "exact"),
        ("32-bit", "32", "How wide were its addresses?", "typo"),
        ("32-bit", "32-byte", "How wide were its addresses?", "wrong"),
        ("100 MB", "100 Mb", "How big was the disk?", "wrong"),  # a megabit
        ("100 MB", "100 megabytes", "How big was the disk?", "exact"),
        # The amount in the unit the question asks about only gives the question back.
        ("8 bits", "1 byte", "How many bits are there in a byte?", "wrong"),
        ("1,000 bytes", "1 kB", "How many bytes are there in a kilobyte?", "wrong"),
        ("72 hours", "3 days", "The trip took 3 days: how many hours is that?", "wrong"),
        ("4 days", "96 hours", "How many days did the siege last?", "exact"),
    ],
)
def test_amounts_of_information_and_the_questions_own_unit(
    expected: str, typed: str, question: str, outcome: str
) -> None:
    assert graded(expected, typed, question).value == outcome


def test_the_questions_own_unit_in_a_number_answer() -> None:
    question = "How many bits are there in a byte?"
    number = AnswerType.NUMBER
    assert graded("8", "1 byte", question, answer_type=number) is Outcome.WRONG
    assert graded("8", "8 bits", question, answer_type=number) is Outcome.EXACT


@pytest.mark.parametrize("kind", [AnswerType.TEXT, AnswerType.NUMBER])
@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        # A speed is a length per a time.
        ("100 m/s", "360 km/h", Outcome.EXACT),
        ("30 m/s", "108 kilometres per hour", Outcome.EXACT),
        ("20 knots", "37.04 km/h", Outcome.EXACT),
        ("9.8 m/s²", "9800 mm/s²", Outcome.EXACT),
        ("100 m/s", "100 km/h", Outcome.WRONG),
        ("9.8 m/s²", "9.8 m/s", Outcome.WRONG),  # a speed is no acceleration
        # A temperature's scales differ by their zero as well as their degree.
        ("100 °C", "212 °F", Outcome.EXACT),
        ("0 °C", "273.15 K", Outcome.EXACT),
        ("-273.15 °C", "0 K", Outcome.EXACT),
        ("37 °C", "98.6 °F", Outcome.EXACT),
        ("100 °C", "100 K", Outcome.WRONG),
        ("37 °C", "37 °F", Outcome.WRONG),
        ("0 °C", "274 K", Outcome.WRONG),
    ],
)
def test_speeds_and_temperatures_convert_to_other_units_of_theirs(
    kind: AnswerType, answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(kind, answer, typed, "How fast, or how hot?") is expected


def test_speeds_convert_by_their_lengths_and_times() -> None:
    assert ratio("metre/second", "km/hour") == Fraction(18, 5)
    assert ratio("knot", "metre/second") == Fraction(1852, 3600)
    assert ratio("metre/second", "metre/second²") is None


def test_a_temperature_converts_exactly_or_not_at_all() -> None:
    # 273 K is −0.15 °C: an amount in another unit converts exactly, as "4130 miles" is
    # no 6,650 km; a tolerance allows more.
    assert outcome(AnswerType.NUMBER, "0 °C", "273 K", "How hot?") is Outcome.WRONG
    assert grade(Answer(AnswerType.NUMBER, "0 °C", tolerance=0.5), "273 K", policy=Policy()).correct


CLOSE, EXACT = Outcome.CLOSE, Outcome.EXACT


@pytest.mark.parametrize(
    ("kind", "answer", "question", "typed", "expected"),
    [
        # The right amount in another unit than the one the question asks for: close.
        (AnswerType.TEXT, "-273.15 °C", "What is absolute zero in degrees Celsius?", "0 K", CLOSE),
        (AnswerType.NUMBER, "-273.15", "What is absolute zero in Celsius?", "0 K", CLOSE),
        (AnswerType.TEXT, "5 km", "How far is the walk in km?", "5000 m", CLOSE),
        (AnswerType.NUMBER, "96", "How long did the siege last in hours?", "4 days", CLOSE),
        (AnswerType.TEXT, "500 g", "What does the bag weigh, in grams?", "0.5 kg", CLOSE),
        # Asked in no unit, it converts; "in" before no unit of its measure asks for none.
        (AnswerType.TEXT, "5 km", "How far is the walk?", "5000 m", EXACT),
        (AnswerType.TEXT, "96 hours", "How long did the siege last?", "4 days", EXACT),
        (AnswerType.TEXT, "5 km", "How far did they walk in a day?", "5000 m", EXACT),
        (AnswerType.TEXT, "5 km", "How far is the walk in km?", "5 km", EXACT),
    ],
)
def test_an_amount_in_another_unit_than_the_question_asks_for_is_close(
    kind: AnswerType, answer: str, question: str, typed: str, expected: Outcome
) -> None:
    verdict = grade(Answer(kind, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is expected, verdict
    assert (expected is CLOSE) == ("the question asks for" in verdict.rule)


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        # The same amount in another unit, rounded to the typed number's last digit.
        ("100 °C", "373 K", Outcome.EXACT),
        ("343 m/s", "1235 km/h", Outcome.EXACT),
        ("1 mile", "1.61 km", Outcome.EXACT),
        ("1 mile", "1609 m", Outcome.EXACT),
        ("−196 °C", "77 K", Outcome.EXACT),
        # A digit off at that place is another amount; a number written more coarsely
        # than the answer is a rounding of it, not its amount ("0 km" for 300 m).
        ("100 °C", "372 K", Outcome.WRONG),
        ("343 m/s", "1240 km/h", Outcome.WRONG),
        ("1 mile", "1.60 km", Outcome.WRONG),
        ("300 m", "0 km", Outcome.WRONG),
    ],
)
def test_an_amount_in_another_unit_may_be_rounded_where_it_is_typed(
    expected: str, typed: str, outcome: Outcome
) -> None:
    assert graded(expected, typed, "How much is it?") is outcome


def test_a_number_card_takes_the_answer_in_another_unit_rounded_as_typed() -> None:
    answer = Answer(AnswerType.NUMBER, "120 metres per second")
    asked = "How fast can a nerve impulse travel?"

    def verdict(typed: str) -> tuple[Outcome, str]:
        found = grade(answer, typed, policy=Policy(), question=asked)
        return found.outcome, found.rule

    assert verdict("268 mph")[0] is Outcome.TYPO  # 268.4 mph, rounded as typed
    assert verdict("432 km/h")[0] is Outcome.EXACT
    # Off, it is told in the answer's unit: a speed, but not the answer's.
    assert verdict("300 mph") == (
        Outcome.WRONG,
        "134.112 metres per second in another unit, not 120",
    )
    assert verdict("430 km/h")[0] is Outcome.WRONG

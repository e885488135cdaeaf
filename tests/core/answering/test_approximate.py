"""Tests for trainer.core.answering.approximate: a number near an approximate answer is right."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.approximate import last_digits_unit, near_enough, question_approximates
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "kind", "typed", "outcome"),
    [
        ("about 300,000", AnswerType.NUMBER, "290,000", Outcome.TYPO),
        ("about 300,000", AnswerType.NUMBER, "300000", Outcome.EXACT),
        ("about 300,000", AnswerType.NUMBER, "250,000", Outcome.CLOSE),
        ("about 4.6 billion years", AnswerType.TEXT, "4.5 billion years", Outcome.TYPO),
        ("about 22 km", AnswerType.TEXT, "21 km", Outcome.TYPO),
        ("about 22 km", AnswerType.TEXT, "20 km", Outcome.WRONG),
        # A number given exactly keeps to its digits.
        ("57,470", AnswerType.NUMBER, "57,000", Outcome.CLOSE),
        ("4.6 billion years", AnswerType.TEXT, "4.5 billion years", Outcome.WRONG),
        # A number answer is no looser than its last digit either.
        ("about 104.5°", AnswerType.NUMBER, "104.6°", Outcome.TYPO),
        ("about 104.5°", AnswerType.NUMBER, "109.5°", Outcome.CLOSE),
        ("about 37", AnswerType.NUMBER, "35.5", Outcome.CLOSE),
        # Any approximator may be left out, and the amount given in another unit.
        ("roughly 28,000 km/h", AnswerType.TEXT, "28,000 km/h", Outcome.EXACT),
        ("approximately 28,000 km/h", AnswerType.TEXT, "27,500 km/h", Outcome.TYPO),
        ("roughly 28,000 km/h", AnswerType.TEXT, "25,000 km/h", Outcome.WRONG),
        ("about 27 tonnes", AnswerType.TEXT, "27,000 kg", Outcome.EXACT),
        ("about 400 km", AnswerType.TEXT, "400,000 m", Outcome.EXACT),
        ("about 8 minutes 20 seconds", AnswerType.TEXT, "500 seconds", Outcome.EXACT),
        ("about 8 minutes 20 seconds", AnswerType.TEXT, "8 minutes and 20 seconds", Outcome.EXACT),
        # Near the approximate amount in another unit: miles for km, pounds for kg.
        ("about 300,000 km/s", AnswerType.TEXT, "186,000 miles per second", Outcome.TYPO),
        ("about 300,000 km/s", AnswerType.NUMBER, "186,000 mi/s", Outcome.TYPO),
        ("about 100 km", AnswerType.TEXT, "62 miles", Outcome.TYPO),
        ("about 5 kg", AnswerType.TEXT, "11 lb", Outcome.TYPO),
        ("about 100 km", AnswerType.TEXT, "80 miles", Outcome.WRONG),
        ("about 300,000 km/s", AnswerType.NUMBER, "300,000 miles per second", Outcome.WRONG),
        ("100 km", AnswerType.TEXT, "62 miles", Outcome.WRONG),  # exact: no nearness
        # An approximator is no bound: "more than" still claims otherwise.
        ("around 400 km", AnswerType.TEXT, "more than 400 km", Outcome.WRONG),
        # "around" before no number is a word of the answer.
        ("around the Sun", AnswerType.TEXT, "the Sun", Outcome.WRONG),
    ],
)
def test_a_near_number_is_right_only_for_an_approximate_answer(
    answer: str, kind: AnswerType, typed: str, outcome: Outcome
) -> None:
    assert grade(Answer(kind, answer), typed, policy=Policy()).outcome is outcome


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=-100, max_value=100))
def test_near_is_within_a_twentieth_either_way(wanted: int, percent: int) -> None:
    typed = Fraction(wanted) * (100 + percent) / 100
    assert near_enough(Fraction(wanted), typed) is (abs(percent) <= 5)


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        # A measure typed rounded is close, as a near bare number is.
        ("110.6 metres", "about 110 metres", Outcome.CLOSE),
        ("110.6 metres", "111 m", Outcome.CLOSE),
        ("83.6 kilograms", "84 kg", Outcome.CLOSE),
        ("83.6 kilograms", "about 84 kilos", Outcome.CLOSE),
        # So is a share: a percentage is measured as much as a weight.
        ("37.3 per cent", "37%", Outcome.CLOSE),
        ("37.3%", "37 percent", Outcome.CLOSE),
        ("37.3%", "38%", Outcome.WRONG),
        # A measure typed to more places than the answer gives, rounding to it, is right
        # with a slip, as a bare number is ("9.81 m/s²" was wrong: "numbers differ").
        ("9.8 m/s²", "9.81 m/s²", Outcome.TYPO),
        ("1.5 metres", "1.52 m", Outcome.TYPO),
        ("9.8 m/s²", "9.87 m/s²", Outcome.WRONG),
        ("110 metres", "110.4 m", Outcome.WRONG),  # a whole number claims no places
        ("0.1 M", "0.149 M", Outcome.WRONG),  # rounds to it, yet half as much again
        # Not in another unit, not a thing of another number, not far off.
        ("83.6 kilograms", "84 g", Outcome.WRONG),
        ("Apollo 11", "Apollo 12", Outcome.WRONG),
        ("110.6 metres", "50 metres", Outcome.WRONG),
    ],
)
def test_a_measure_typed_rounded_is_close(answer: str, typed: str, outcome: Outcome) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.outcome is outcome, verdict.rule


@pytest.mark.parametrize(
    ("answer", "tolerance", "typed", "outcome"),
    [
        # The card's tolerance holds for a measure written in words, as for a number.
        ("9.81 m/s²", 0.1, "9.9 m/s^2", Outcome.TYPO),
        ("150 million km", 5e6, "149.6 million km", Outcome.TYPO),
        ("100 °C", 1, "101 °C", Outcome.TYPO),
        ("100 °C", 1, "103 °C", Outcome.WRONG),
        ("100 °C", 1, "101 °F", Outcome.WRONG),  # another unit
        ("9.81 m/s²", 0.1, "9.9 m/s", Outcome.WRONG),  # a speed
        ("9.81 m/s²", 0, "9.9 m/s²", Outcome.WRONG),
    ],
)
def test_a_measure_within_the_cards_tolerance_is_right(
    answer: str, tolerance: float, typed: str, outcome: Outcome
) -> None:
    expected = Answer(AnswerType.TEXT, answer, tolerance=tolerance)
    verdict = grade(expected, typed, policy=Policy())
    assert verdict.outcome is outcome, verdict.rule


@pytest.mark.parametrize(
    ("prompt", "approximate"),
    [
        ("Wheat farming in Kansas, where about [number] sell an identical crop.", True),
        ("Some [number] attackers died.", True),
        ("Nearly [...] soldiers died at Verdun.", True),
        ("An army of c. [number] men.", True),
        ("About how many hectares did the estate cover?", True),
        ("Roughly how long is the Nile?", True),
        ("About how far is the Moon from the Earth?", True),
        ("How long is the Nile?", False),
        ("About how the Nile floods: when?", False),
        ("[number] soldiers died at Verdun, about a third of them French.", False),
        ("How many hectares did the estate cover?", False),
        ("About [number] farms and [number] ranches.", False),
    ],
)
def test_a_prompt_may_say_its_number_is_approximate(prompt: str, approximate: bool) -> None:
    assert question_approximates(prompt) is approximate


@pytest.mark.parametrize(
    ("kind", "prompt", "typed", "outcome"),
    [
        (
            AnswerType.NUMBER,
            "where about [number] sell an identical crop",
            "19,500 farms",
            Outcome.TYPO,
        ),
        (AnswerType.NUMBER, "where about [number] sell an identical crop", "20,000", Outcome.EXACT),
        (AnswerType.NUMBER, "where [number] sell an identical crop", "19,500 farms", Outcome.CLOSE),
        (AnswerType.TEXT, "where about [...] sell an identical crop", "19,500 farms", Outcome.TYPO),
        (AnswerType.TEXT, "where [...] sell an identical crop", "19,500 farms", Outcome.WRONG),
    ],
)
def test_a_number_the_prompt_calls_approximate_takes_a_near_one(
    kind: AnswerType, prompt: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(kind, "20,000 farms"), typed, policy=Policy(), question=prompt)
    assert verdict.outcome is outcome
    assert verdict.matched == "20,000 farms"


@pytest.mark.parametrize(
    ("written", "unit"),
    [("104.5", Fraction(1, 10)), ("37", 1), ("300000", 100000), ("4600000000", 10**8), ("0", 1)],
)
def test_the_last_significant_digit_sets_how_near(written: str, unit: Fraction) -> None:
    assert last_digits_unit(written) == unit


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        # A number written to its tenths or its units is no nearer than one of them.
        ("about 104.5°", "109.5°", Outcome.WRONG),  # the angle of another molecule
        ("about 104.5°", "104.6°", Outcome.TYPO),
        ("about 37 °C", "35.5 °C", Outcome.WRONG),
        ("about 37 °C", "38 °C", Outcome.TYPO),
        ("about 75%", "72%", Outcome.WRONG),
        ("about 75%", "74%", Outcome.TYPO),
        # A rounding of it to fewer digits is as near as it claims to be.
        ("about 6,650 km", "6,700 km", Outcome.TYPO),
        ("about 6,650 km", "6,600 km", Outcome.TYPO),
        ("about 9.98 million km²", "10 million km²", Outcome.TYPO),
        ("about 6,650 km", "6,800 km", Outcome.WRONG),
        ("about 104.5°", "100°", Outcome.WRONG),  # a rounding, but 4% off
    ],
)
def test_an_approximate_number_is_no_looser_than_its_digits(
    answer: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.outcome is outcome, verdict.rule

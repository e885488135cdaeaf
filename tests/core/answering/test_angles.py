"""A degree sign alone is an angle's; °C, °F, % and pH are other kinds: each another answer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
ANGLE_QUESTION = "What is the bond angle in a water molecule?"


def outcome(
    expected: str, typed: str, question: str = ANGLE_QUESTION, alternatives: tuple[str, ...] = ()
) -> Outcome:
    answer = Answer(AnswerType.TEXT, expected, alternatives=alternatives)
    return grade(answer, typed, policy=POLICY, question=question).outcome


def test_a_degree_sign_alone_after_a_number_is_an_angles() -> None:
    assert answer_words("104.5°") == ("104.5", "arcdeg")
    assert answer_words("104.5º") == ("104.5", "arcdeg")  # the ordinal sign, alike to see
    assert answer_words("104.5 °C") == ("104.5", "degc")
    assert answer_words("212°F") == ("212", "degfahr")
    assert answer_words("51° N") == ("51", "degrees", "north")  # a coordinate, as before


@pytest.mark.parametrize(
    "typed",
    ["104.5", "104.5°", "104.5 °", "104.5º", "104.5˚", "104.5 degrees", "104.5 deg", "104.5 degs"],
)
def test_an_angle_in_any_notation_is_right(typed: str) -> None:
    assert outcome("104.5°", typed) is Outcome.EXACT
    assert outcome("104.5°", typed, alternatives=("104.5 degrees",)) is Outcome.EXACT


@pytest.mark.parametrize(
    "typed", ["104.5 °C", "104.5 °F", "104.5%", "104.5 per cent", "104.5 radians", "109.5°"]
)
def test_a_temperature_a_percentage_or_another_angle_is_wrong(typed: str) -> None:
    assert outcome("104.5°", typed) is Outcome.WRONG
    # Nor does an accepted answer in words let it pass: "104.5 degrees" is the angle too.
    assert outcome("104.5°", typed, alternatives=("104.5 degrees",)) is Outcome.WRONG


@given(
    st.integers(1, 359),
    st.sampled_from(["°C", "°F", "%", " °C", " percent", "℃", " per cent"]),
)
def test_any_angle_is_no_temperature_nor_percentage(angle: int, other: str) -> None:
    assert outcome(f"{angle}°", f"{angle}{other}", "What is the angle?") is not Outcome.EXACT
    assert outcome(f"{angle}°", f"{angle} degrees", "What is the angle?") is Outcome.EXACT


def test_a_degree_sign_beside_a_temperature_or_a_coordinate_is_only_degrees() -> None:
    for typed in ("100", "100°", "100 degrees", "100 °C"):
        assert outcome("100 °C", typed, "At what temperature does water boil?") is Outcome.EXACT
    assert outcome("-4 °C", "-4°", "How cold?") is Outcome.EXACT
    assert outcome("23.4° S", "23.4°", "Where?") is Outcome.CLOSE  # the hemisphere left out


def test_a_ph_is_no_temperature_nor_angle_nor_percentage() -> None:
    question = "At about what pH does salivary amylase work best?"
    for typed in ("7", "pH 7", "about pH 7", "pH of 7"):
        assert outcome("pH 7", typed, question) is Outcome.EXACT, typed
    for typed in ("7 °C", "7°", "7%", "7 mol"):
        assert outcome("pH 7", typed, question) is Outcome.WRONG, typed
        assert outcome("pH 7", typed, question, alternatives=("7",)) is Outcome.WRONG, typed


def test_a_percentage_is_no_temperature() -> None:
    assert outcome("50%", "50 °C", "How much?") is Outcome.WRONG
    assert outcome("100 °C", "100%", "How hot?") is Outcome.WRONG


def test_a_number_card_asked_in_degrees_takes_the_angle_only() -> None:
    answer = Answer(AnswerType.NUMBER, "104.5")
    question = "A water molecule has a bond angle of about [number]°."
    for typed in ("104.5", "104.5°", "104.5º", "104.5 deg", "104.5 degrees"):
        assert grade(answer, typed, policy=POLICY, question=question).correct, typed
    for typed in ("104.5 °C", "104.5 °F", "104.5 radians"):
        assert not grade(answer, typed, policy=POLICY, question=question).correct, typed
    boiling = Answer(AnswerType.NUMBER, "100")
    assert grade(boiling, "100°", policy=POLICY, question="Water boils at [number] °C.").correct


def test_another_temperature_scale_is_no_slip_among_options() -> None:
    options = ["37 °C", "pH 2", "801 °C", "45 °C"]
    answer = Answer(AnswerType.CHOICE, "", key=(0,))
    for typed, right in [
        ("37 °F", False),
        ("37 degrees F", False),
        ("37 K", False),
        ("37°C", True),
        ("37 degrees C", True),
        ("37", True),
    ]:
        verdict = grade(answer, typed, choices=options, policy=POLICY, question="Which?")
        assert verdict.correct is right, typed
    ph = Answer(AnswerType.CHOICE, "", key=(1,))
    assert not grade(ph, "2 °C", choices=options, policy=POLICY, question="What pH?").correct

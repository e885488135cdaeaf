"""Tests for trainer.core.answering.written_numbers: a number's sign and value in grading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.words import answer_words
from trainer.core.answering.written_numbers import (
    signed_numbers,
    signs_as_words,
    value_of,
    values_lined_up,
)
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def right(kind: AnswerType, answer: str, typed: str, question: str = "What?") -> bool:
    return grade(Answer(kind, answer), typed, policy=POLICY, question=question).correct


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-36", "minus 36"),
        ("\u22124 °C", "minus 4 degc"),
        ("-$36", "minus 36 usd"),
        ("$-36", "minus 36 usd"),
        ("- 1.5", "minus 1.5"),
        ("-.5", "minus 0.5"),
        ("negative 1.5", "minus 1.5"),
        ("4 degrees below zero", "minus 4 degrees"),
        ("fell to -4", "fell to minus 4"),
        ("an elasticity of - 1.5", "an elasticity of minus 1.5"),
        ("(-4)", "minus 4"),
        # A hyphen or a dash that joins or separates is no sign.
        ("1914-1918", "1914 1918"),
        ("1914 \u2013 1918", "1914 1918"),
        ("20 - 30", "20 30"),
        ("a 2-1 vote", "a 2 1 vote"),
        ("F-16", "f 16"),
        ("COVID-19", "covid 19"),
        ("1789-07-14", "1789 7 14"),
        ("5%-10%", "5 percent 10 percent"),
        ("Lipetsk - 4 schools", "lipetsk 4 schools"),
        ("- Lipetsk", "lipetsk"),
        ("the Sino-Soviet split", "the sino soviet split"),
    ],
)
def test_a_minus_before_a_number_is_read_as_its_sign(text: str, words: str) -> None:
    assert " ".join(answer_words(text)) == words


@pytest.mark.parametrize(
    ("answer", "typed", "is_right"),
    [
        ("$15", "-$15", False),
        ("$15", "-15", False),
        ("-$36", "$36", False),
        ("-$36", "$-36", True),
        ("-$36", "minus 36 dollars", True),
        ("\u22124 °C", "4 °C", False),
        ("\u22124 °C", "-4 °C", True),
        ("\u22124 °C", "minus 4 degrees Celsius", True),
        ("\u22124 °C", "4 degrees below zero", True),
        ("-1.5", "1.5", False),
        ("1.5", "-1.5", False),
        ("an elasticity of -1.5", "an elasticity of 1.5", False),
        ("an elasticity of -1.5", "an elasticity of negative 1.5", True),
        ("a balance of -250 euros", "a balance of 250 euros", False),
        ("the years 1914-1918", "the years 1914 to 1918", True),
        ("a 2-1 vote", "a 2 1 vote", True),
        ("the F-16", "the F 16", True),
    ],
)
def test_a_sign_one_side_has_alone_makes_a_text_answer_wrong(
    answer: str, typed: str, is_right: bool
) -> None:
    assert right(AnswerType.TEXT, answer, typed) is is_right


@pytest.mark.parametrize(
    ("typed", "is_right"),
    [
        ("-1.5", True),
        ("\u22121.5", True),
        ("- 1.5", True),
        ("minus 1.5", True),
        ("negative 1.5", True),
        ("-3/2", True),
        ("minus one and a half", True),
        ("1.5", False),
        ("3/2", False),
    ],
)
def test_a_signed_number_card_takes_its_sign_in_any_writing(typed: str, is_right: bool) -> None:
    assert right(AnswerType.NUMBER, "-1.5", typed, "What is the elasticity?") is is_right


def test_a_number_below_zero_is_negative() -> None:
    assert parse_number("40 below zero") == -40
    assert parse_number("4 degrees below zero") == -4
    assert parse_number("-4 below zero") is None
    assert right(AnswerType.NUMBER, "-40", "40 below zero", "At what temperature…?")


@pytest.mark.parametrize(
    ("answer", "typed", "is_right"),
    [
        ("$36", "$36.00", True),
        ("$36", "36.00 dollars", True),
        ("$3.30", "$3.3", True),
        ("2.50", "2.5", True),
        ("2.5 kg", "2.50 kg", True),
        ("0.5 litres", ".5 litres", True),
        ("$36", "$360", False),
        ("$36", "$3.6", False),
        ("2.5 kg", "25 kg", False),
        ("CO2", "CO3", False),
    ],
)
def test_numbers_are_compared_by_value(answer: str, typed: str, is_right: bool) -> None:
    assert right(AnswerType.TEXT, answer, typed) is is_right


def test_numbers_are_lined_up_and_read_with_their_sign() -> None:
    assert values_lined_up(["3.30", "usd"], ["3.3", "usd", "330"]) == ["3.30", "usd", "330"]
    assert signed_numbers(["minus", "4", "t34"]) == [("-4", "-4"), ("34", "34")]
    assert signs_as_words("x = - 4") == "x =  minus 4"


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=4),
)
def test_zeros_after_the_decimals_change_no_value(whole: int, part: int, zeros: int) -> None:
    written = f"{whole}.{part:03d}"
    assert value_of(written + "0" * zeros) == value_of(written)
    assert value_of(f"{whole}0") != value_of(str(whole)) or whole == 0


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False).filter(bool))
def test_a_number_typed_with_the_other_sign_is_never_right(value: object) -> None:
    written = f"{value}"
    other = written[1:] if written.startswith("-") else f"-{written}"
    for kind in (AnswerType.TEXT, AnswerType.NUMBER):
        verdict = grade(Answer(kind, written), other, policy=POLICY, question="What?")
        assert verdict.outcome is Outcome.WRONG, (kind, written, other)


@pytest.mark.parametrize(
    ("answer", "typed", "is_right"),
    [
        ("one vote", "a single vote", True),
        ("one vote", "by a single vote", True),
        ("a single vote", "one vote", True),
        ("one vote", "two votes", False),
        ("single market", "a single market", True),
    ],
)
def test_a_single_thing_is_one_thing_in_text(answer: str, typed: str, is_right: bool) -> None:
    assert right(AnswerType.TEXT, answer, typed, "By how much?") is is_right


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("100x", ("100", "times")),
        ("100×", ("100", "times")),
        ("it rose 10x faster", ("it", "rose", "10", "times", "faster")),
        ("2x faster", ("2", "times", "faster")),
        # Algebra and products keep their x.
        ("2x + 1", ("2x", "1")),
        ("2x", ("2x",)),
        ("x2", ("x2",)),
        ("100 x 5", ("100", "x", "5")),
    ],
)
def test_a_multipliers_sign_is_the_word_times(text: str, words: tuple[str, ...]) -> None:
    assert answer_words(text) == words


DEEP = "How deep is the Challenger Deep, in metres below sea level?"
COLD = "How cold did it get, in degrees below zero?"


@pytest.mark.parametrize(
    ("kind", "answer", "question", "typed", "outcome"),
    [
        # The other side of the level the question or the answer measures from.
        (AnswerType.TEXT, "about 10,935 m", DEEP, "10,935 m above sea level", Outcome.WRONG),
        (AnswerType.NUMBER, "10935", DEEP, "10,935 m above sea level", Outcome.WRONG),
        (AnswerType.NUMBER, "40", COLD, "40 above zero", Outcome.WRONG),
        (
            AnswerType.TEXT,
            "430 m below sea level",
            "Where is the shore?",
            "430 m above sea level",
            Outcome.WRONG,
        ),
        # The side asked, typed again, is the question's: the number as the answer has it.
        (AnswerType.TEXT, "about 10,935 m", DEEP, "10,935 m below sea level", Outcome.EXACT),
        (AnswerType.NUMBER, "10935", DEEP, "10,935 m below sea level", Outcome.EXACT),
        (AnswerType.TEXT, "about 10,935 m", DEEP, "10,935 m", Outcome.EXACT),
        (AnswerType.NUMBER, "40", COLD, "40 below zero", Outcome.EXACT),
        # A side no one asks is a plain number, or a minus.
        (
            AnswerType.TEXT,
            "8,849 m",
            "How high is Everest?",
            "8,849 m above sea level",
            Outcome.EXACT,
        ),
        (AnswerType.TEXT, "-430 m", "Where is the shore?", "430 m below sea level", Outcome.EXACT),
    ],
)
def test_a_number_on_the_other_side_of_a_level_is_another_number(
    kind: AnswerType, answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(kind, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule

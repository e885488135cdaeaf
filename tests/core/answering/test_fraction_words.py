"""Fractions in words, a decimal point in words, and shares as percentages."""

from __future__ import annotations

from fractions import Fraction

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.parsing import parse_number
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def correct(kind: AnswerType, answer: str, typed: str) -> bool:
    return grade(Answer(kind, answer), typed, policy=POLICY).correct


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("a fifth", Fraction(1, 5)),
        ("one fifth", Fraction(1, 5)),
        ("two thirds", Fraction(2, 3)),
        ("three tenths", Fraction(3, 10)),
        ("a thousandth", Fraction(1, 1000)),
        ("one billionth", Fraction(1, 10**9)),
        ("minus two thirds", Fraction(-2, 3)),
        ("the fifth", Fraction(5)),  # an ordinal
        ("one point four billion", Fraction(1_400_000_000)),
        ("three point one four", Fraction("3.14")),
        ("twenty three point five", Fraction("23.5")),
    ],
)
def test_fractions_and_points_in_words(typed: str, value: Fraction) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("A fifth", "one fifth", True),
        ("A fifth", "20%", True),
        ("A fifth", "20 per cent", True),
        ("A fifth", "0.2", True),
        ("A fifth", "1/5", True),
        ("A fifth", "5", False),
        ("A fifth", "five", False),
        ("A fifth", "the fifth", False),
        ("A fifth", "a quarter", False),
        ("A fifth", "5%", False),
        ("The fifth", "5th", True),
        ("The fifth", "a fifth", False),
        ("Two thirds", "2/3", True),
        ("about a fifth of the water", "about 20% of the water", True),
        ("a third party", "third party", True),  # an ordinal before its noun
        ("20%", "a fifth", True),
        ("75%", "three quarters", True),
        ("25%", "a quarter", True),
        ("50%", "half", True),
        ("75%", "a quarter", False),
        ("the Latin Quarter", "the latin quarter", True),
        ("three quarters", "75%", True),
        ("half", "50 per cent", True),
        ("three quarters", "70%", False),
        # A share that ends in no decimal, as a percentage rounded to the digits written.
        ("a third", "33%", True),
        ("33%", "a third", True),
        ("two thirds", "66.7 per cent", True),
        ("two thirds", "66%", False),
        ("a third", "30%", False),
        # "per cent" in words is a percentage as "%" is.
        ("20 per cent", "a fifth", True),
        ("75 per cent", "three quarters", True),
        ("1.4 billion", "one point four billion", True),
        ("3.5", "three point five", True),
        ("point of view", "point of view", True),
        # Halves and quarters in words for a share written in figures.
        ("3/4", "three quarters", True),
        ("0.75", "three quarters", True),
        ("1/2", "a half", True),
        ("3/4", "a quarter", False),
    ],
)
def test_a_text_answer_with_a_fraction(answer: str, typed: str, right: bool) -> None:
    assert correct(AnswerType.TEXT, answer, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("a fifth", "0.2", True),
        ("a fifth", "20%", True),
        ("a fifth", "5", False),
        ("20%", "0.2", True),
        ("75%", "three quarters", True),
        ("66.7%", "two thirds", True),  # the answer is two thirds rounded
        ("66.7%", "66.67%", True),
        ("66.7%", "66.6%", False),
        ("206", "206.3", False),  # a whole number claims no places to give more of
        ("0.001", "a thousandth", True),
        ("3", "the third", True),
    ],
)
def test_a_number_answer_with_a_fraction(answer: str, typed: str, right: bool) -> None:
    assert correct(AnswerType.NUMBER, answer, typed) is right


def test_a_fraction_is_not_its_ordinal() -> None:
    verdict = grade(Answer(AnswerType.NUMBER, "a fifth"), "5", policy=POLICY)
    assert verdict.outcome is Outcome.WRONG


@pytest.mark.parametrize(
    ("kind", "answer", "typed", "right"),
    [
        # Odds are a share of a whole: "1 in 4" is a quarter, 25%.
        (AnswerType.NUMBER, "25%", "1 in 4", True),
        (AnswerType.NUMBER, "25%", "one in four", True),
        (AnswerType.NUMBER, "25%", "1 in 5", False),
        (AnswerType.NUMBER, "25%", "4 in 1", False),
        (AnswerType.TEXT, "25%", "1 in 4", True),
        (AnswerType.TEXT, "a fifth", "one in five", True),
        (AnswerType.TEXT, "33%", "1 in 3", True),  # the share rounded as the answer writes it
        (AnswerType.TEXT, "33%", "1 in 4", False),
        # Words the answer itself writes are no odds: "first in" is no 1 in 1.
        (AnswerType.TEXT, "First in, first out", "first in, first out", True),
        (AnswerType.TEXT, "First in, first out", "First-In First-Out", True),
        (AnswerType.TEXT, "First in, first out", "last in, first out", False),
    ],
)
def test_odds_are_a_share_of_a_whole(
    kind: AnswerType, answer: str, typed: str, right: bool
) -> None:
    assert correct(kind, answer, typed) is right


def test_words_around_in_are_no_odds() -> None:
    assert parse_number("made in 1920") == 1920
    assert parse_number("5 in 2") is None


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # "1/4" was wrong for "a quarter" ("numbers differ: 0.25 typed, none expected"),
        # though "a quarter" was right for "1/4".
        ("a quarter", "1/4"),
        ("a quarter", "0.25"),
        ("a quarter", "one quarter"),
        ("a half", "1/2"),
        ("half", "0.5"),
        ("three quarters", "3/4"),
        ("three quarters", "75%"),
    ],
)
def test_an_answer_that_is_only_halves_or_quarters_is_their_fraction(
    answer: str, typed: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="What share?")
    assert verdict.outcome is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("half", "two halves"), ("a quarter", "1/3"), ("the Latin Quarter", "0.25")],
)
def test_other_halves_and_quarters_are_not(answer: str, typed: str) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="What?")
    assert verdict.outcome is Outcome.WRONG

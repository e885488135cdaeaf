"""Tests of answer type inference from values and from fact field names or declarations."""

from __future__ import annotations

import pytest

from trainer.core.authored import FieldSpec
from trainer.core.deck.answer_types import field_spec, infer_answer_type, is_number, is_year
from trainer.core.model import AnswerType


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1926", AnswerType.YEAR),
        (" 1000 ", AnswerType.YEAR),
        ("2099", AnswerType.YEAR),
        ("0999", AnswerType.NUMBER),
        ("2100", AnswerType.NUMBER),
        ("1926.0", AnswerType.NUMBER),
        ("1,926", AnswerType.NUMBER),
        ("50,000", AnswerType.NUMBER),
        ("50%", AnswerType.NUMBER),
        ("3.5", AnswerType.NUMBER),
        ("-12", AnswerType.NUMBER),
        ("7", AnswerType.NUMBER),
        ("50,00", AnswerType.TEXT),
        ("١٩٢٦", AnswerType.TEXT),
        ("Lipetsk", AnswerType.TEXT),
        ("1926-03", AnswerType.TEXT),
        ("", AnswerType.TEXT),
    ],
)
def test_infer_answer_type(value: str, expected: AnswerType) -> None:
    assert infer_answer_type(value) is expected


def test_years_and_numbers_are_ascii_digits_only() -> None:
    assert is_year("1926") and not is_year("١٩٢٦")
    assert is_number("1926") and not is_number("١٩٢٦")


def test_field_spec_prefers_the_declaration_then_the_name() -> None:
    declared = {"size": FieldSpec("size", AnswerType.NUMBER, tolerance=5.0)}
    assert field_spec(declared, "size") == declared["size"]
    assert field_spec(declared, "year").type is AnswerType.YEAR
    assert field_spec(declared, "date").type is AnswerType.DATE
    assert field_spec(declared, "where").type is AnswerType.TEXT
    assert field_spec(declared, "where").tolerance == 0.0


@pytest.mark.parametrize(
    ("question", "value", "expected"),
    [
        ("How many milligrams are in a gram?", "1000", AnswerType.NUMBER),
        ("How long is the Nile, in kilometres?", "6650", AnswerType.NUMBER),
        ("How high is Ben Nevis?", "1345", AnswerType.NUMBER),
        ("What is the melting point of iron in °C?", "1538", AnswerType.NUMBER),
        ("What was the population of the town?", "1200", AnswerType.NUMBER),
        ("How much did the ship cost, in pounds?", "1850", AnswerType.NUMBER),
        # A time asked for, or no amount at all: a year, as before.
        ("In what year did the Beagle sail?", "1831", AnswerType.YEAR),
        ("When did the war end?", "1918", AnswerType.YEAR),
        ("Which year saw the treaty signed?", "1922", AnswerType.YEAR),
        ("How did the war end in 1918?", "1918", AnswerType.YEAR),
        ("Who wrote Emma?", "1815", AnswerType.YEAR),
        ("How many milligrams are in a gram?", "one thousand", AnswerType.TEXT),
    ],
)
def test_a_four_digit_answer_to_a_question_for_an_amount_is_a_number(
    question: str, value: str, expected: AnswerType
) -> None:
    assert infer_answer_type(value, question) is expected


@pytest.mark.parametrize("value", ["44 BC", "480 BCE", "31 B.C.", "AD 79", "79 CE"])
def test_a_year_with_its_era_is_a_year(value: str) -> None:
    assert infer_answer_type(value) is AnswerType.YEAR


@pytest.mark.parametrize("value", ["the 5th century BC", "BC", "44 BC or 43 BC"])
def test_other_text_with_an_era_is_text(value: str) -> None:
    assert infer_answer_type(value) is AnswerType.TEXT


def test_a_whole_number_asked_for_as_a_year_is_a_year() -> None:
    asked = "In what year was Charlemagne crowned emperor?"
    assert infer_answer_type("800", asked) is AnswerType.YEAR
    assert infer_answer_type("79", "Which year did Vesuvius erupt?") is AnswerType.YEAR
    assert infer_answer_type("800", "How many ships sailed?") is AnswerType.NUMBER
    assert infer_answer_type("3.5", asked) is AnswerType.NUMBER

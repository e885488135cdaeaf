"""Tests for trainer.core.answering.formulas: a substance typed by its formula or its name."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.formulas import formulas_spelled_out, is_formula
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def test_a_formula_is_spelled_out_beside_its_name() -> None:
    assert formulas_spelled_out(["carbon", "dioxide"], ["co2"]) == (
        ["carbon", "dioxide"],
        ["carbon", "dioxide"],
    )
    assert formulas_spelled_out(["h2o"], ["water"]) == (["water"], ["water"])
    # Beside anything else, a formula stays as it is.
    assert formulas_spelled_out(["oxygen"], ["co2"]) == (["oxygen"], ["co2"])
    assert is_formula("co2") and not is_formula("lipetsk1")


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("oxygen", "O2", True),
        ("carbon dioxide", "CO2", True),
        ("its thick carbon dioxide atmosphere", "its thick CO2 atmosphere", True),
        ("water", "H2O", True),
        # Another substance's formula, and digits on a word that is no formula.
        ("oxygen", "CO2", False),
        ("carbon dioxide", "CO", False),
        ("Lipetsk", "Lipetsk1", False),
    ],
)
def test_a_substance_typed_as_its_formula_is_graded_as_its_name(
    answer: str, typed: str, right: bool
) -> None:
    assert grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy()).correct is right


@pytest.mark.parametrize(
    ("expected", "typed", "question", "wanted"),
    [
        # The case of a symbol's letters is its meaning: CO is carbon monoxide.
        ("Co", "CO", "What is the chemical symbol for cobalt?", "wrong"),
        ("CO", "Co", "Which poisonous gas does a blocked flue give off?", "wrong"),
        ("Co", "co", "What is the chemical symbol for cobalt?", "exact"),
        ("No", "NO", "Did the treaty hold?", "exact"),  # no formula: a word in capitals
        # A formula's name written in the question is no answer to it, nor the reverse.
        ("H2O", "water", "What is the chemical formula of water?", "wrong"),
        ("water", "H2O", "Which compound has the formula H2O?", "wrong"),
        ("water", "H2O", "What do plants draw up through their roots?", "exact"),
        ("NaCl", "salt", "What is the chemical formula of sodium chloride?", "wrong"),
        ("sodium chloride", "NaCl", "What is common salt made of?", "exact"),
    ],
)
def test_symbols_and_formulas_against_the_question(
    expected: str, typed: str, question: str, wanted: str
) -> None:
    assert graded(expected, typed, question).value == wanted


@pytest.mark.parametrize(
    ("expected", "typed", "question", "verdict"),
    [
        # An element by its symbol, where the answer names the substance.
        ("iron", "Fe", "What catalyst is used in the Haber process?", "exact"),
        ("iodine", "I", "A lack of which element causes goitre?", "exact"),
        ("mercury", "Hg", "Which metal is liquid at room temperature?", "exact"),
        # The gases and the halogens too: "O" was wrong for oxygen, "Cl" for chlorine.
        ("oxygen", "O", "Which element has atomic number 8?", "exact"),
        ("chlorine", "Cl", "Which gas was used at Ypres in 1915?", "exact"),
        ("oxygen", "N", "Which element has atomic number 8?", "wrong"),
        # Not for a name the answer capitalises: the planet is no metal.
        ("Mercury", "Hg", "Which planet is closest to the Sun?", "wrong"),
        # Nor where the symbol is what is asked for.
        ("Fe", "iron", "What is the symbol of iron?", "wrong"),
    ],
)
def test_an_element_by_its_symbol(expected: str, typed: str, question: str, verdict: str) -> None:
    assert graded(expected, typed, question).value == verdict


@pytest.mark.parametrize(
    ("expected", "typed", "verdict"),
    [
        ("200 atmospheres", "200 atm", "exact"),
        ("1 atm", "760 mmHg", "exact"),
        ("1 atm", "101325 Pa", "exact"),
        ("1 atm", "2 atm", "wrong"),
    ],
)
def test_pressure_in_atmospheres(expected: str, typed: str, verdict: str) -> None:
    answer = Answer(AnswerType.NUMBER, expected)
    assert grade(answer, typed, policy=Policy(), question="At what pressure?").outcome.value == (
        verdict
    )


@pytest.mark.parametrize("typed", ["WHO", "W.H.O.", "the WHO"])
def test_an_acronym_that_is_a_function_word_needs_no_article(typed: str) -> None:
    question = "Which body declared smallpox eradicated?"
    assert graded("the World Health Organization", typed, question).value == "exact"


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        # "C02" was "numbers differ: 02 typed": a zero for the letter O is a slip.
        ("carbon dioxide", "C02", Outcome.TYPO),
        ("CO2", "C02", Outcome.TYPO),
        ("water", "H20", Outcome.TYPO),
        ("glucose", "C6H1206", Outcome.TYPO),
        # Only where the letter makes the answer: never another formula or number.
        ("carbon monoxide", "C02", Outcome.WRONG),
        ("carbon dioxide", "C03", Outcome.WRONG),
        ("the B10 bus", "the B1O bus", Outcome.WRONG),
    ],
)
def test_a_zero_typed_for_the_letter_o_in_a_formula_is_a_slip(
    answer: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.outcome is outcome, verdict.rule

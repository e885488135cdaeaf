"""Tests for trainer.core.answering.function_notation: formulas compared as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.function_notation import (
    FormulaMatch,
    compact,
    is_formula,
    match_formula,
)
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    "text", ["O(n log n)", "Θ(n²)", "f(x) = 2x + 1", "P(A|B)", "O(1)", "Ω(log n)"]
)
def test_function_notation_is_a_formula(text: str) -> None:
    assert is_formula(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vitamin C (ascorbic acid)",  # a space before the bracket: a note, not a call
        "Henry VIII (Tudor)",
        "O(n log n) time",  # a word outside the call: more than a formula
        "Ca(OH)2",  # a chemical formula: its bracket follows a symbol of two letters
        "the Treaty of Rapallo",
    ],
)
def test_other_text_is_not(text: str) -> None:
    assert not is_formula(text)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("O(n log n)", "O(nlogn)"),
        ("O(n log n)", "o(n log n)"),
        ("O(n²)", "O(n^2)"),
        ("O(n²)", "O(n**2)"),
        ("O(2^n)", "O(2ⁿ)"),
        ("O(n⁻¹)", "O(n^-1)"),
        ("Θ(n log n)", "Theta(n log n)"),
        ("f(x) = 2x + 1", "f(x) = 2·x + 1"),
        ("P(A|B)", "P(A | B)"),
        ("O(n²)", "O(n2)"),  # a power typed without its mark
        ("O(n log n)", "O(n*log(n))"),
        # In asymptotic notation a logarithm's base changes nothing.
        ("O(log n)", "O(lg n)"),
        ("O(n log n)", "O(n log2 n)"),
    ],
)
def test_the_same_formula_however_written(expected: str, typed: str) -> None:
    assert match_formula(expected, typed) is FormulaMatch.SAME


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # Each shares the answer's words, and names another complexity class.
        ("O(log n)", "O(n log n)"),
        ("O(log n)", "O(log log n)"),
        ("O(n log n)", "O(n log log n)"),
        ("O(n log n)", "O(n)"),
        ("O(n²)", "O(n^3)"),
        ("O(log n)", "O"),
        ("O(log n)", "n log n"),
        ("f(x) = 2x + 1", "f(x) = 2x - 1"),
        ("O(2·3)", "O(23)"),  # a product of digits is kept
        ("O(log n)", "O(log^2 n)"),  # a logarithm squared is no base
        ("f(log x)", "f(ln x)"),  # outside asymptotic notation, a base counts
    ],
)
def test_another_formula(expected: str, typed: str) -> None:
    assert match_formula(expected, typed) is FormulaMatch.OTHER


def test_the_argument_alone_lacks_the_notation() -> None:
    assert match_formula("O(log n)", "log n") is FormulaMatch.ARGUMENT_ONLY


def test_text_that_is_no_formula_is_left_to_word_grading() -> None:
    assert match_formula("the Treaty of Rapallo", "Rapallo") is None


@given(st.text(alphabet="Onlog()^23 ", min_size=1, max_size=20))
def test_compact_ignores_case_and_spaces(text: str) -> None:
    assert compact(text) == compact(text.upper().replace(" ", "  ")) == compact(text.lower())


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        ("O(log n)", "O(log n)", Outcome.EXACT),
        ("O(log n)", "O(n log n)", Outcome.WRONG),
        ("O(log n)", "O(log log n)", Outcome.WRONG),
        ("O(log n)", "n log n", Outcome.WRONG),
        # The bracket is the formula's, not a note that may be left out.
        ("O(log n)", "O", Outcome.WRONG),
        ("O(log n)", "log n", Outcome.TYPO),
        ("O(n²)", "O(n^2)", Outcome.EXACT),
    ],
)
def test_grading_a_formula_answer(expected: str, typed: str, outcome: Outcome) -> None:
    question = "What is the average-case running time, in big-O notation?"
    assert graded(expected, typed, question) is outcome


@pytest.mark.parametrize(
    ("expected", "typed", "found"),
    [
        # A bracket inside the call is part of the formula.
        ("O((V + E) log V)", "O((V+E) log V)", FormulaMatch.SAME),
        ("O((V + E) log V)", "O((V + E) * log(V))", FormulaMatch.SAME),
        ("O((V + E) log V)", "O(n log n)", FormulaMatch.OTHER),
        # A sum's terms in any order; a difference's not.
        ("O(V + E)", "O(E + V)", FormulaMatch.SAME),
        ("O((V + E) log V)", "O((E + V) log V)", FormulaMatch.SAME),
        ("O(n - m)", "O(m - n)", FormulaMatch.OTHER),
        # Words after the formula that deny nothing say where it holds.
        ("O(n log n)", "O(n log n) time", FormulaMatch.SAME),
        ("O(n^2)", "O(n^2) on a sorted array", FormulaMatch.SAME),
        ("O(n log n)", "O(n log n) not", FormulaMatch.OTHER),
        ("O(n log n)", "O(n^2) time", FormulaMatch.OTHER),
    ],
)
def test_nested_brackets_sums_and_remarks(expected: str, typed: str, found: FormulaMatch) -> None:
    assert match_formula(expected, typed) is found


def test_a_letter_before_a_bracket_holding_it_multiplies() -> None:
    assert not is_formula("n(n − 1)/2")
    assert is_formula("f(x)")


COMPLEXITY = "What is the time complexity of this algorithm?"


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        # A class by its name, with or without "time".
        ("O(n)", "linear", Outcome.EXACT),
        ("O(n)", "linear time", Outcome.EXACT),
        ("O(log n)", "logarithmic", Outcome.EXACT),
        ("O(n^2)", "quadratic", Outcome.EXACT),
        ("O(1)", "constant time", Outcome.EXACT),
        ("Θ(n log n)", "linearithmic", Outcome.EXACT),
        ("O(n)", "quadratic", Outcome.WRONG),
        ("O(1)", "linear", Outcome.WRONG),
        # A tight bound for an upper one is right; an upper one for a tight, a slip.
        ("O(n)", "Θ(n)", Outcome.EXACT),
        ("O(n log n)", "Θ(n log n)", Outcome.EXACT),
        ("Θ(n)", "O(n)", Outcome.TYPO),
        ("Θ(n)", "Θ(n^2)", Outcome.WRONG),
        # A letter written twice over is its square.
        ("O(n^2)", "O(n*n)", Outcome.EXACT),
        ("O(n^2)", "O(n*n*n)", Outcome.WRONG),
    ],
)
def test_a_complexity_by_its_class_or_a_tighter_bound(
    expected: str, typed: str, outcome: Outcome
) -> None:
    assert graded(expected, typed, COMPLEXITY) is outcome


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("O(n^2)", "O(n squared)", Outcome.EXACT),
        ("O(n^3)", "O(n cubed)", Outcome.EXACT),
        ("O(n^2)", "n squared", Outcome.TYPO),  # was "another formula"; the O left out
        ("O(n^2)", "O(n cubed)", Outcome.WRONG),
        ("O(n^3)", "O(n squared)", Outcome.WRONG),
    ],
)
def test_a_square_or_a_cube_said_in_words_is_the_power(
    expected: str, typed: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, "What is the worst-case running time?") is wanted

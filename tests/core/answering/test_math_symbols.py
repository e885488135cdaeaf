"""Tests for trainer.core.answering.math_symbols: an answer's symbols are part of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        # Another symbol, or a sign lost or added before a term: wrong.
        ("A ∪ B", "A ∩ B", "wrong"),
        ("A ∪ B", "A intersection B", "wrong"),
        ("p ∧ q", "p ∨ q", "wrong"),
        ("p ∧ q", "p or q", "wrong"),
        ("x ≤ 5", "x < 5", "wrong"),
        ("x > 0", "x is less than 0", "wrong"),
        ("cos x", "-cos x", "wrong"),
        ("−sin x", "sin x", "wrong"),
        ("y = −x", "y = x", "wrong"),
        ("-π", "π", "wrong"),
        # A one-way symbol's sides swapped: wrong.
        ("A ⊆ B", "B ⊆ A", "wrong"),
        ("x ≤ 5", "5 ≤ x", "wrong"),
        ("nominal GDP / real GDP × 100", "real GDP / nominal GDP × 100", "wrong"),
        # A term and its negative at once, or a prime lost or added: wrong.
        ("cos x", "cos x or -cos x", "wrong"),
        ("sin x", "±sin x", "wrong"),
        ("sin x", "sin x, -sin x", "wrong"),
        ("f'(x)", "f(x)", "wrong"),
        ("f'(x)", "f''(x)", "wrong"),
        ("A′", "A", "wrong"),
        ("A ∪ B", "(A ∪ B)′", "wrong"),
        ("f′(x)", "f'(x)", "exact"),  # one prime however written
        ("O'Brien", "OBrien", "exact"),  # an apostrophe, no prime
        ("x = ±2", "x = ±2", "exact"),
        # The symbol left out: close.
        ("A ∪ B", "A B", "close"),
        # The same symbol however written: right.
        ("A ∪ B", "A union B", "exact"),
        ("x ≤ 5", "x <= 5", "exact"),
        ("x ≤ 5", "x is at most 5", "exact"),
        ("x > 0", "x is greater than 0", "exact"),
        ("p ∧ q", "p and q", "exact"),
        ("a ≠ b", "a != b", "exact"),
        ("f: A → B", "f: A -> B", "exact"),
        ("x ≤ 5", "5 ≥ x", "exact"),  # the mirrored symbol says the same
        ("A ⊆ B", "B ⊇ A", "exact"),
        ("A ∪ B", "B ∪ A", "exact"),  # a symbol whose sides may be turned about
        ("p ∧ q", "q ∧ p", "exact"),
        ("A ∪ B", "A U B", "exact"),  # a keyboard's U
        ("nominal GDP / real GDP × 100", "nominal GDP divided by real GDP times 100", "exact"),
        # Prose with a slash or hyphen is no mathematics.
        ("bookshop / bookstore", "bookstore / bookshop", "exact"),
        ("Austria-Hungary", "Austria Hungary", "exact"),
        ("-ing", "ing", "exact"),  # a suffix, not a negative term
        ("-s", "s", "exact"),  # a letter's minus is a term's only in mathematics
        ("well-known", "well known", "exact"),
    ],
)
def test_an_answers_symbols_are_part_of_it(expected: str, typed: str, wanted: str) -> None:
    assert graded(expected, typed, "Which is it?").value == wanted


# Symbols of one kind, each of which is another answer than the others.
SETS = ["∪", "∩", "⊆", "⊇", "∈", "∉"]
# "x ≠ 3" and "x ≈ 3" were right for "x = 3": its words and number are the same.
ORDERS = ["<", ">", "≤", "≥", "≠", "=", "≈"]
variables = st.sampled_from("abcpqxyAB")


@given(variables, variables, st.sampled_from([SETS, ORDERS]), st.data())
def test_another_symbol_between_the_same_terms_is_never_right(
    left: str, right: str, kind: list[str], data: st.DataObject
) -> None:
    symbol = data.draw(st.sampled_from(kind), label="symbol")
    other = data.draw(st.sampled_from([s for s in kind if s != symbol]), label="other")
    expected = Answer(AnswerType.TEXT, f"{left} {symbol} {right}")
    verdict = grade(expected, f"{left} {other} {right}", policy=Policy(), question="Which?")
    assert not verdict.correct, verdict
    spaced = grade(expected, f"{left}{symbol}{right}", policy=Policy(), question="Which?")
    assert spaced.correct, spaced


@pytest.mark.parametrize("typed", ["x ≠ 3", "x != 3", "x > 3", "x ≤ 3", "x is not equal to 3"])
def test_another_relation_for_a_solutions_equals_sign_is_wrong(typed: str) -> None:
    assert graded("x = 3", typed, "Solve 2x + 4 = 10.").value == "wrong"


@pytest.mark.parametrize("typed", ["x = 3", "3", "x=3", "x == 3", "3 = x"])
def test_a_solution_with_or_without_its_equals_sign_stays_right(typed: str) -> None:
    assert graded("x = 3", typed, "Solve 2x + 4 = 10.").value == "exact"


def test_plus_or_minus_before_a_number_gives_both_signs() -> None:
    from tests.support.grading import graded
    from trainer.core.answering.verdict import Outcome

    assert graded("4", "±4", "What is the standard deviation?") is Outcome.WRONG
    assert graded("4", "4", "What is the standard deviation?") is Outcome.EXACT

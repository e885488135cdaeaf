"""Tests for trainer.core.answering.symbol_case: a formula or unit typed in other capitals."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.symbol_case import ELEMENTS, symbol_case_problem
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("CO2", "Co2", "What is the formula of carbon dioxide?"),  # cobalt
        ("CaCO3", "CaCo3", "What is limestone mostly made of?"),
        ("It gives off CO2", "It gives off Co2", "What happens when petrol burns?"),
        ("Sn", "SN", "What is the symbol for tin?"),  # sulfur and nitrogen
        ("0.511 MeV", "0.511 meV", "What is the electron's rest energy?"),  # milli-
        ("5 mW", "5 MW", "What does the laser pointer draw?"),
        ("MW", "mW", "What is the symbol of the megawatt?"),  # the whole answer asked for
        ("700 MB", "700 Mb", "How much did a CD hold?"),  # megabits
        ("2mW", "2MW", "What does it draw?"),  # written against the number
        ("CnH2n+2", "CnH2n-2", "What is the general formula of the alkanes?"),
        ("C2H5OH", "C2H5OH-2", "What is ethanol?"),
    ],
)
def test_capitals_or_signs_that_write_another_symbol_are_wrong(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question).value == "wrong"


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # A letter more, less or other in a formula writes another substance: no typo.
        ("NaCl", "NaClO", "What is the formula of table salt?"),  # sodium hypochlorite
        ("NaCl", "NaCN", "What is the formula of table salt?"),  # sodium cyanide
        ("NaOH", "NaOCl", "What is the formula of caustic soda?"),
        ("KMnO4", "KMnO", "What is the formula of potassium permanganate?"),
        ("It is NaCl", "It is NaClO", "What is in the bottle?"),
        ("NaCl solution", "NaClO solution", "What is in the bottle?"),
    ],
)
def test_a_formula_is_never_mistyped_into_another(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question).value == "wrong"


def test_a_name_keeps_its_typo_allowance_beside_a_formula() -> None:
    assert graded("Alexander Fleming", "Alexander Flemming").value == "typo"
    assert graded("NaCl", "nacl", "What is the formula of table salt?").value == "exact"


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("0.511 MeV", "0.511 mev", "What is the electron's rest energy?"),  # no unit else
        ("50 N/m", "50 n/m", "What is the spring constant?"),
        ("It gives off CO2", "it gives off co2", "What happens when petrol burns?"),
        ("No", "NO", "Did the treaty hold?"),  # a word, not nobelium's symbol
        ("In", "IN", "Is the cat in or out?"),
        # Capitals that write nothing else are a careless hand, as case is anywhere.
        ("N", "n", "What is the symbol of the newton?"),
        ("Pa", "PA", "What is the symbol of the pascal?"),  # no one uses a peta-ampere
        ("CO2", "co2", "What is the formula of carbon dioxide?"),
        ("20 mg", "20 MG", "What is the dose?"),
        ("Austria-Hungary", "Austria–Hungary", "Which empire fell in 1918?"),
    ],
)
def test_careless_capitals_are_let_go(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question).value == "exact"


def test_the_reason_names_what_was_typed() -> None:
    found = symbol_case_problem("0.511 MeV", "0.511 meV", frozenset())
    assert found is not None and "'meV' is not 'MeV'" in found


# Elements, the one-letter ones drawn more often: they are what capitals cut anew.
element = st.one_of(st.sampled_from(sorted(ELEMENTS)), st.sampled_from("CNOSHBPKVYIWUF"))
formula_parts = st.lists(st.tuples(element, st.integers(1, 3)), min_size=2, max_size=5)


def _written(parts: list[tuple[str, int]]) -> str:
    return "".join(symbol + (str(count) if count > 1 else "") for symbol, count in parts)


def _cuts(rest: str) -> list[str]:
    """Every way of writing `rest` (in any case) as element symbols and counts."""
    if not rest:
        return [""]
    if rest[0].isdigit():
        return [rest[0] + tail for tail in _cuts(rest[1:])]
    found = []
    for size in (1, 2):
        symbol = rest[:size].capitalize()
        if len(symbol) == size and symbol.isalpha() and symbol in ELEMENTS:
            found += [symbol + tail for tail in _cuts(rest[size:])]
    return found


@st.composite
def recapitalised(draw: st.DrawFn) -> tuple[str, str]:
    """A formula and the same letters cut into other element symbols: "CoO" and "COO"."""
    formula = _written(draw(formula_parts))
    others = [cut for cut in _cuts(formula) if cut != formula]
    assume(others)
    return formula, draw(st.sampled_from(others))


@given(recapitalised())
# Found by Hypothesis: "NO" asked for a formula was read as a reply, and "No" said it again.
@example(("NO", "No"))
def test_a_formula_recapitalised_into_other_elements_is_never_right(
    pair: tuple[str, str],
) -> None:
    """Two formulas of real elements alike but for capitals ("CoO", "COO") never pass for
    each other, asked for a formula; nor elsewhere where the answer is written as one
    (with a count, a two-letter symbol beside another, or three symbols: "CS" alone may
    be computer science)."""
    answer, typed = pair
    expected = Answer(AnswerType.TEXT, answer)
    asked = grade(expected, typed, policy=Policy(), question="What is its formula?")
    assert not asked.correct, (answer, typed, asked)
    symbols = re.findall("[A-Z][a-z]?", answer)
    if re.search(r"\d", answer) or len(symbols) >= 3 or "".join(symbols) != answer.upper():
        elsewhere = grade(expected, typed, policy=Policy(), question="Which is it?")
        assert not elsewhere.correct, (answer, typed, elsewhere)

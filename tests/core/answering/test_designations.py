"""Tests for trainer.core.answering.designations: "F-16", "F 16" and "F16" are one name."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.designations import (
    both_designations,
    designation_before_its_kind,
    designations_lined_up,
)
from trainer.core.answering.verdict import Outcome

# Letters that name aircraft, tanks, rockets and rifles, as they are written.
_CODES = [
    *"ABCDEGJKLMQRTUVWXYZ",
    *[
        "AK",
        "An",
        "Bf",
        "Fw",
        "IS",
        "Il",
        "Ju",
        "KV",
        "Ka",
        "Ki",
        "Me",
        "Mi",
        "MiG",
        "Su",
        "Tu",
        "Yak",
    ],
]

# Elements whose ions a hyphen may write ("O-2" is the oxide ion, "He-1" and "SR-1"
# helium's and strontium's): named so only beyond any anion's charge ("SR-71").
_CHARGED = ["F", "H", "N", "O", "P", "S", "He", "SR"]


@pytest.mark.parametrize(
    ("expected", "typed", "question", "wanted"),
    [
        ("F-16", "F16", "Which fighter?", Outcome.EXACT),  # was the farad to the 16th
        ("F16", "F-16", "Which fighter?", Outcome.EXACT),
        ("T-34", "T34", "Which tank?", Outcome.EXACT),  # was the tesla to the 34th
        ("T-34", "T34 tank", "Which tank?", Outcome.EXACT),  # was "'t' is missing"
        ("the T-34", "a T34 tank", "Which tank?", Outcome.EXACT),
        ("C-130", "C130", "Which plane?", Outcome.EXACT),  # its "C" was read as circa
        ("the MiG-15", "Mig15", "Which jet?", Outcome.EXACT),
        ("vitamin B12", "vitamin B 12", "Which vitamin?", Outcome.EXACT),
        ("F-5", "F5", "Which fighter?", Outcome.EXACT),  # was the fluoride ion, charged 5−
        ("P-51", "P51", "Which fighter?", Outcome.EXACT),
        ("F-16", "F-16s", "Which fighter?", Outcome.EXACT),  # a plural: no second unit
        ("F-16", "F16s", "Which fighter?", Outcome.EXACT),
        ("F-16", "F-15s", "Which fighter?", Outcome.WRONG),
        ("the 1920s", "the 1920", "When?", Outcome.CLOSE),  # a decade is no plural
        ("F-16", "F-15", "Which fighter?", Outcome.WRONG),
        ("F-16", "F15", "Which fighter?", Outcome.WRONG),
        ("F-16", "16", "Which fighter?", Outcome.WRONG),
        ("T-34", "34", "Which tank?", Outcome.WRONG),
        ("V-2", "V-1", "Which rocket?", Outcome.WRONG),
    ],
)
def test_a_designation_is_one_name_however_joined(
    expected: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, question) is wanted


@pytest.mark.parametrize(
    ("expected", "typed", "question", "wanted"),
    [
        ("m2", "m^2", "In what units is area measured?", Outcome.EXACT),
        ("kg s-2 A-1", "kg s^-2 A^-1", "What is the tesla in SI base units?", Outcome.EXACT),
        ("kg s^-2 A^-1", "kg s^-2 A", "What is the tesla in SI base units?", Outcome.WRONG),
        ("O2-", "O-2", "Which ion is it?", Outcome.EXACT),  # the oxide ion, as before
        # A question asking for units reads them before algebra: the second to the −1.
        ("s^-1", "s-1", "In what units is a first-order rate constant measured?", Outcome.EXACT),
        ("mol-1", "mol^-1", "What are the units of the Avogadro constant?", Outcome.EXACT),
        # Not asked for units, "n-1" is n minus one.
        ("n^-1", "n-1", "What is the inverse of n?", Outcome.WRONG),
    ],
)
def test_units_ions_and_algebra_are_read_as_before(
    expected: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, question) is wanted


@pytest.mark.parametrize(
    ("expected", "typed", "named"),
    [
        ("F-16", "F16", True),
        ("T-34", "T 34", False),  # spaced: no run-on, left to the words
        ("m2", "m-2", False),  # a lower-case symbol and a power a unit takes
        ("K-1", "K1", True),  # a capital and a hyphen: named so, as a charge would be
        ("s7", "s-7", True),  # no unit is raised to the 7th
        ("kg m2", "kg m-2", False),
    ],
)
def test_both_designations(expected: str, typed: str, named: bool) -> None:
    assert both_designations(expected, typed) is named


def test_split_words_are_joined_only_where_the_other_side_runs_them_on() -> None:
    assert designations_lined_up(["the", "f", "16"], ["f16"]) == (["the", "f16"], ["f16"])
    assert designations_lined_up(["f", "16"], ["f", "15"]) == (["f", "16"], ["f", "15"])
    assert designations_lined_up(["c", "130"], ["c130"]) == (["c130"], ["c130"])


@given(
    st.sampled_from(_CODES + _CHARGED),
    st.integers(1, 999),
    st.sampled_from(["Which aircraft was it?", "Which tank?", "What was it called?"]),
)
def test_any_joining_is_the_same_name_and_another_number_is_not(
    code: str, number: int, question: str
) -> None:
    if code in _CHARGED:
        number += 4  # "O-2" may be the oxide ion
    writings = (f"{code}-{number}", f"{code} {number}", f"{code}{number}")
    for expected, typed in itertools.permutations(writings, 2):
        assert graded(expected, typed, question) is Outcome.EXACT, (expected, typed)
    assert graded(writings[0], f"{code}{number + 1}", question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "designation"),
    [
        ("U-2 spy planes", "U-2"),
        ("the V-2 rocket", "V-2"),
        ("F-16 fighter jets", "F-16"),
        ("F-16 of the air force", None),  # more than its kind
        ("the Enola Gay", None),
        ("U-2", None),
    ],
)
def test_a_designation_before_its_kind_names_it_alone(answer: str, designation: str | None) -> None:
    assert designation_before_its_kind(answer) == designation


@pytest.mark.parametrize(
    ("typed", "right"),
    [("U-2", True), ("U2", True), ("U-2s", True), ("spy planes", False), ("U-3", False)],
)
def test_the_designation_alone_answers_for_it_and_its_kind(typed: str, right: bool) -> None:
    question = "What kind of aircraft photographed the missile sites?"
    outcome = graded("U-2 spy planes", typed, question)
    assert (outcome in (Outcome.EXACT, Outcome.TYPO)) is right, outcome

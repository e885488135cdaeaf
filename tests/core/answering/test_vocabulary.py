"""Tests for trainer.core.answering.vocabulary: what grading knows of an answer's words."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.vocabulary import vocabulary_of


def test_acronyms_and_compounds_are_read_from_how_the_answer_is_written() -> None:
    vocabulary = vocabulary_of("the NAND gate and the half-life of DNA", (), (), ())
    assert vocabulary.acronyms == {"nand", "dna"}
    assert vocabulary.compounds == {("half", "life")}


@pytest.mark.parametrize(
    ("expected", "typed"),
    [("NAND", "AND"), ("XNOR", "XOR"), ("DNA", "RNA"), ("NASA", "NSA"), ("NAND", "NAN")],
)
def test_an_acronym_takes_no_slip(expected: str, typed: str) -> None:
    assert graded(expected, typed, "Which one is it?") is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed"), [("NAND", "nand"), ("DNA", "D.N.A."), ("CPU", "CPUs")]
)
def test_an_acronym_in_any_case_or_with_dots_is_itself(expected: str, typed: str) -> None:
    assert graded(expected, typed, "Which one is it?") in (Outcome.EXACT, Outcome.TYPO)


def test_a_part_of_a_hyphenated_word_is_given_only_by_the_whole() -> None:
    asked = "What is the time taken for half of the nuclei to decay called?"
    assert graded("the half-life", "life", asked) is Outcome.WRONG
    assert graded("the half-life", "half-life", asked) is Outcome.EXACT
    whole = "Which Soviet-German treaty was signed in 1926?"
    assert graded("the Soviet-German Treaty of Berlin", "the Treaty of Berlin", whole) is (
        Outcome.EXACT
    )

"""Tests for trainer.core.answering.abbreviations: abbreviations known whatever their letters."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.abbreviations import WELL_KNOWN_ABBREVIATIONS
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("DNA", "deoxyribonucleic acid"),
        ("deoxyribonucleic acid", "DNA"),
        ("ATP", "adenosine triphosphate"),
        ("mRNA", "messenger RNA"),
        ("TNT", "trinitrotoluene"),
        ("the USSR", "the Soviet Union"),
    ],
)
def test_a_compound_words_abbreviation_is_its_words(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("DNA", "ribonucleic acid"),
        ("ATP", "adenosine diphosphate"),
        ("DNA", "deoxyribonucleic"),
        ("mRNA", "transfer RNA"),
    ],
)
def test_another_molecules_words_are_not(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which?") not in (Outcome.EXACT, Outcome.TYPO)


def test_every_expansion_is_folded_words() -> None:
    for letters, expansions in WELL_KNOWN_ABBREVIATIONS.items():
        assert letters == letters.casefold()
        assert all(word == word.casefold() for words in expansions for word in words)

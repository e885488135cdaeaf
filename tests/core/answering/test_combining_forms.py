"""Tests for trainer.core.answering.combining_forms: another root before the same form."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.combining_forms import another_root
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("wanted", "typed"),
    [
        # The same ending after another root.
        ("ribosomes", "lysosomes"),
        ("ribosome", "chromosomes"),
        ("haemoglobin", "myoglobin"),
        ("meiosis", "mitosis"),
        ("deflation", "stagflation"),
        ("prokaryote", "eukaryote"),
        ("biology", "geology"),
        ("transcription", "translation"),
        ("erythrocyte", "leucocyte"),
        # The same opening before another form.
        ("chloroplast", "chlorophyll"),
        ("photosphere", "photosynthesis"),
    ],
)
def test_another_root_on_the_same_form_is_another_term(wanted: str, typed: str) -> None:
    assert another_root(wanted, typed)
    assert another_root(typed, wanted)


@pytest.mark.parametrize(
    ("wanted", "typed"),
    [
        ("strings", "stings"),  # a slip: one letter
        ("haemoglobin", "hemoglobin"),  # a spelling
        ("enzymes", "coenzymes"),  # a prefix added: judged by `morphemes`
        ("inflation", "hyperinflation"),
        ("meiosis", "meiotic"),  # forms of one word
        ("respiration", "respiratory"),
        ("photosynthesis", "photosynthetic"),
        ("ribosomes", "ribosome"),
        ("glucose", "fructose"),  # a shared ending too short to be a form
        ("kuibyshev", "kuybyshev"),
        ("h2o", "co2"),
    ],
)
def test_slips_forms_and_prefixes_are_not_another_root(wanted: str, typed: str) -> None:
    assert not another_root(wanted, typed)


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("ribosomes", "lysosomes", "Which organelles synthesise proteins?"),
        ("the ribosome", "the chromosome", "Where are proteins made?"),
        ("meiosis", "mitosis", "Which division makes four haploid cells?"),
        ("haemoglobin", "myoglobin", "Which protein carries oxygen in the blood?"),
        ("chloroplast", "chlorophyll", "Where does photosynthesis take place?"),
        ("chloroplast", "chromoplast", "Where does photosynthesis take place?"),
        ("deflation", "disinflation", "What is a general fall in prices called?"),
        ("stagflation", "stagnation", "What is inflation with high unemployment called?"),
        ("transcription", "translation", "Which process copies DNA into RNA?"),
        ("an erythrocyte", "a leucocyte", "Which cell carries oxygen?"),
    ],
)
def test_another_term_of_the_same_form_is_wrong_not_close(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        ("ribosomes", "ribozomes", Outcome.TYPO),
        ("ribosomes", "ribosome", Outcome.TYPO),
        ("inflation", "hyperinflation", Outcome.CLOSE),
        ("the strings", "the stings", Outcome.CLOSE),
    ],
)
def test_slips_and_degrees_keep_their_verdicts(expected: str, typed: str, outcome: Outcome) -> None:
    assert graded(expected, typed, "What is it?") is outcome

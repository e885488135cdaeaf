"""Tests of initials beyond the answer's given names: they stand for middle names."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.middle_initials import middle_initials_dropped
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Edsger Dijkstra", "E. W. Dijkstra"),
        ("Edsger Dijkstra", "E.W. Dijkstra"),
        ("Vladimir Lenin", "V. I. Lenin"),
        ("John Kennedy", "J. F. Kennedy"),
        ("Donald Knuth", "Donald E. Knuth"),  # a middle initial after a given name
        ("Vladimir Ilyich Lenin", "V. I. Lenin"),  # every given name has its initial
    ],
)
def test_initials_of_the_given_names_then_middle_ones_are_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was it?") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Donald Knuth", "A. E. Knuth"),  # the first initial is another given name's
        ("Tony Hoare", "C. A. R. Hoare"),  # no initial of the answer's given name
    ],
)
def test_initials_of_other_given_names_are_not_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was it?") not in RIGHT


def test_only_dotted_letters_are_initials() -> None:
    # "ew" typed as a word is no run of initials.
    assert middle_initials_dropped(["edsger", "dijkstra"], ["ew", "dijkstra"], "ew Dijkstra") == [
        "ew",
        "dijkstra",
    ]
    assert middle_initials_dropped(
        ["edsger", "dijkstra"], ["ew", "dijkstra"], "E. W. Dijkstra"
    ) == ["e", "dijkstra"]


@pytest.mark.parametrize(
    ("species", "typed", "wanted"),
    [
        ("Drosophila melanogaster", "D. melanogaster", Outcome.EXACT),
        ("Homo sapiens", "H. sapiens", Outcome.EXACT),
        ("Saccharomyces cerevisiae", "S cerevisiae", Outcome.EXACT),
        ("Homo sapiens", "sapiens", Outcome.WRONG),  # the genus is never left out
        ("Drosophila melanogaster", "M. drosophila", Outcome.WRONG),
    ],
)
def test_a_species_genus_may_be_its_initial(species: str, typed: str, wanted: Outcome) -> None:
    assert graded(species, typed, "What is its scientific name?") is wanted


def test_a_species_written_with_its_genus_initial_keeps_the_initial() -> None:
    # "E. coli" accepted beside "Escherichia coli": its "E." is no given name to drop.
    question = "Which bacterium lives in the gut?"
    assert graded("Escherichia coli", "coli", question, "E. coli") is not Outcome.EXACT
    assert graded("Escherichia coli", "E. coli", question, "E. coli") is Outcome.EXACT
    # Not a species: a word in use after a capitalised one ("Hydroxide ions").
    assert graded("Hydroxide ions", "H", "Which ions do alkalis produce?") is Outcome.WRONG

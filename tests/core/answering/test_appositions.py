"""Tests of an answer that names a thing and says what it is (`appositions`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.appositions import apposition_halves
from trainer.core.answering.verdict import Outcome

_PROMISED = "What did the October Manifesto promise?"


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # "the Duma" was wrong ("'elected' is missing"): it names what was promised.
        ("an elected parliament, the Duma", "the Duma", _PROMISED),
        ("an elected parliament, the Duma", "Duma", _PROMISED),
        ("Gavrilo Princip, a Bosnian Serb", "Gavrilo Princip", "Who shot Franz Ferdinand?"),
        ("the Reichstag, Germany's parliament", "the Reichstag", "What burned in 1933?"),
        ("a secret pact, the Treaty of Rapallo", "Treaty of Rapallo", "What was signed?"),
        ("Lenin, the Bolshevik leader", "Lenin", "Who returned in April 1917?"),
        ("Apollo 11, the first landing", "Apollo 11", "Which mission?"),
        # A head named in small letters, and a longer description after it.
        ("the aorta, the largest artery in the body", "aorta", "Into which vessel?"),
        ("Jupiter, the largest planet", "Jupiter", "Which planet has the Great Red Spot?"),
        ("the king, Charles I", "Charles I", "Who was executed in 1649?"),
    ],
)
def test_either_half_of_a_name_and_its_description_answers(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A description after a name only adds to it: it says not who.
        ("Gavrilo Princip, a Bosnian Serb", "a Bosnian Serb"),
        ("an elected parliament, the Duma", "a parliament"),
        ("a secret pact, the Treaty of Rapallo", "Treaty of Versailles"),
        ("Lenin, the Bolshevik leader", "Stalin"),
        # Two names or two descriptions are a list or a place, not one thing.
        ("the Reds, the Whites", "the Whites"),
        ("a sword, a shield", "a sword"),
        ("a sword, a shield of bronze", "a sword"),
        ("the aorta, the largest artery in the body", "the largest artery"),
        ("a sword, a shield and the Holy Grail", "the Holy Grail"),
        # A description alone says not which; a thing and another one are a list.
        ("the king, Charles I", "the king"),
        ("a Bosnian Serb, Gavrilo Princip", "a Bosnian Serb"),
        ("reparations, the loss of all colonies", "reparations"),
        ("the cell membrane, the cell wall of plants", "the cell membrane"),
        ("Britain, its empire", "Britain"),
        ("the workers, the Bolsheviks", "the Bolsheviks"),  # two groups
    ],
)
def test_no_other_half_answers(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What was it?") is not Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # A question that counts what it asks for wants a list.
        ("the peasants, the Bolsheviks", "the peasants", "Which two groups gained?"),
        ("Gavrilo Princip, a Bosnian Serb", "Gavrilo Princip", "Name two facts of the killer."),
        # A half the question names answers nothing.
        ("Wilson, the American president", "Wilson", "Who was Woodrow Wilson?"),
        ("the Duma, an elected parliament", "the Duma", "What was the Duma?"),
    ],
)
def test_a_list_asked_for_or_the_question_s_own_name_is_no_answer(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is not Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "halves"),
    [
        ("an elected parliament, the Duma", ["the Duma"]),
        ("Gavrilo Princip, a Bosnian Serb", ["Gavrilo Princip"]),
        ("the Rentenmark, a new currency", ["the Rentenmark"]),
        ("Paris, France", []),
        ("peace, bread and land", []),
        ("the Kremlin, Moscow's fortress, and the Duma", []),
        ("a tax on salt, the gabelle", []),  # no capital: which half names it is unsaid
    ],
)
def test_the_halves_that_answer(answer: str, halves: list[str]) -> None:
    assert apposition_halves(answer) == halves


@given(st.text(max_size=60))
def test_every_half_is_a_piece_of_the_answer(answer: str) -> None:
    for half in apposition_halves(answer):
        assert half and half in answer and "," not in half

"""Tests for trainer.core.answering.name_continuations: "of" after a name."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.name_continuations import name_goes_on
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("Herodotus", "Herodotus of Halicarnassus", "Who wrote the Histories?"),
        # Asked who, a one-word name that is no common word says whence its bearer came.
        ("Socrates", "Socrates of Athens", "Who was Plato's teacher?"),
        ("Aristotle", "Aristotle of Stagira", "Who taught Alexander?"),
        ("Zeno", "Zeno of Citium", "Who founded Stoicism?"),
    ],
)
def test_of_a_place_after_a_persons_one_word_name_says_whence(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # A given name goes on into another person's name.
        ("John", "John of Gaunt", "Which king signed Magna Carta?"),
        ("Joan", "Joan of Arc", "Who was burned at Rouen?"),
        ("the National Gallery", "the National Gallery of Art", "Which gallery?"),
    ],
)
def test_of_after_a_given_name_or_a_longer_name_makes_another(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) in (Outcome.CLOSE, Outcome.WRONG)


def test_only_a_person_asked_for_lets_a_known_word_say_whence() -> None:
    typed = ["socrates", "of", "athens"]
    assert not name_goes_on(typed, 0, 2, frozenset(), matched=1, person=True)
    assert name_goes_on(typed, 0, 2, frozenset(), matched=1, person=False)


@pytest.mark.parametrize(
    "typed", ["Minamoto Yoritomo", "Yoritomo Minamoto", "minamoto no yoritomo"]
)
def test_the_japanese_particle_no_may_be_left_out(typed: str) -> None:
    question = "Who was the first shogun of the Kamakura shogunate?"
    assert graded("Minamoto no Yoritomo", typed, question) is Outcome.EXACT
    assert graded("Minamoto no Yoritomo", "Taira no Kiyomori", question) is Outcome.WRONG
    # Anywhere else "no" is a negation still.
    assert graded("no rain at all", "rain at all", "What fell?") is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Another language's "of" carries a place's name on as "of" does.
        ("Mont Blanc", "Mont Blanc du Tacul", "What is the highest peak of the Alps?"),
        ("Mont Blanc", "Mont Blanc de Courmayeur", "What is the highest peak of the Alps?"),
        ("Reggio", "Reggio di Calabria", "Which city lies on the strait?"),
        ("Puerto Rico", "Puerto Rico de Oro", "Which island did it reach?"),
    ],
)
def test_another_languages_of_after_a_name_makes_another(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) in (Outcome.CLOSE, Outcome.WRONG)


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Before a country it says where; after a person's name it opens a surname.
        ("Santiago", "Santiago de Chile", "What is the capital of Chile?"),
        ("Leonardo", "Leonardo da Vinci", "Who painted the Mona Lisa?"),
        ("Vasco", "Vasco da Gama", "Who sailed to India?"),
    ],
)
def test_another_languages_of_says_whence_before_a_country_or_after_a_person(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT

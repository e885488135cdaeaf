"""Tests for trainer.core.answering.listed_rivals: an answer listed beside a rival is a hedge."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.listed_rivals import listed_rival
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "question", "typed", "outcome"),
    [
        # Another thing of the answer's kind, listed beside it: two answers.
        ("UDP", "Which transport protocol is connectionless?", "TCP/UDP", Outcome.WRONG),
        ("UDP", "Which transport protocol is connectionless?", "UDP & TCP", Outcome.WRONG),
        ("UDP", "Which transport protocol is connectionless?", "UDP, TCP", Outcome.WRONG),
        ("UDP", "Which transport protocol is connectionless?", "UDP + ICMP", Outcome.WRONG),
        ("Ethernet", "Which LAN technology uses CSMA/CD?", "Wi-Fi/Ethernet", Outcome.WRONG),
        ("Ethernet", "Which LAN technology uses CSMA/CD?", "Ethernet / Wi-Fi", Outcome.WRONG),
        ("Karl Marx", "Who wrote Capital?", "Karl Marx & Friedrich Engels", Outcome.WRONG),
        # The answer written with the sign, or one thing said twice: no hedge.
        ("TCP/IP", "Which suite runs the internet?", "TCP/IP", Outcome.EXACT),
        ("Marx and Engels", "Who wrote the Communist Manifesto?", "Marx & Engels", Outcome.EXACT),
        ("sodium chloride", "What is table salt?", "NaCl / sodium chloride", Outcome.EXACT),
        ("water", "What do plants take up through their roots?", "H2O/water", Outcome.EXACT),
        # A comma between names joins a place to its country, a surname to a given name.
        ("Paris", "In which city is the Louvre?", "Paris, France", Outcome.EXACT),
        ("Karl Marx", "Who wrote Capital?", "Marx, Karl", Outcome.EXACT),
    ],
)
def test_an_answer_listed_beside_another_of_its_kind_is_two_answers(
    answer: str, question: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict.rule


def test_a_list_without_the_answer_is_left_to_the_rest_of_grading() -> None:
    assert listed_rival("UDP", "TCP/IP") is None
    assert listed_rival("UDP", "UDP") is None
    assert listed_rival("1/2", "1/2") is None
    refusal = listed_rival("UDP", "TCP/UDP")
    assert refusal is not None and refusal.decisive and not refusal.accepted


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # A comma lists rivals of one shape and length: two verb forms, two nouns with
        # their articles, two people with their titles.
        ("sont", "sont, sommes"),
        ("estar", "ser, estar"),
        ("the sea", "the sea, the mother"),
        ("Mr Darcy", "Mr Darcy, Mr Bingley"),
        ("UDP", "tcp/udp"),
        # Typed in small letters, two of a kind are still two answers.
        ("the Nile", "the nile, the amazon"),
        ("Berlin", "berlin, bonn"),
    ],
)
def test_a_comma_lists_rivals_of_the_answers_shape(expected: str, typed: str) -> None:
    assert graded(expected, typed, "Which is it?").value == "wrong"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # Where it lies, what else is true of it, or another shape: no rival.
        ("Lipetsk", "Lipetsk, Russia"),
        ("Paris", "Paris, France"),
        ("above the kidneys", "above the kidneys, near the spine"),
        # Typed in small letters, a place and its country are still that ("canberra,
        # australia" was "more than one answer": two lower-case words of one shape).
        ("Canberra", "canberra, australia"),
        ("Lipetsk", "lipetsk, russia"),
    ],
)
def test_a_comma_that_adds_where_or_what_lists_no_rival(expected: str, typed: str) -> None:
    assert graded(expected, typed, "Where is it?").value == "exact"


@pytest.mark.parametrize("typed", ["avons ou avez", "nous avons ou avez"])
def test_or_in_french_is_a_hedge(typed: str) -> None:
    assert graded("avons", typed, "Nous ___ (avoir) un chien.").value == "wrong"
    # "où" folds to "ou": written in the answer, it is the answer's word.
    assert graded("Où est la gare ?", "ou est la gare", "Ask where the station is.").value == (
        "exact"
    )


@pytest.mark.parametrize("typed", ["Herodotus, Thucydides", "Thucydides, Herodotus"])
def test_asked_who_any_name_beside_the_answer_is_a_rival(typed: str) -> None:
    question = "Who wrote the History of the Peloponnesian War?"
    assert graded("Thucydides", typed, question) is Outcome.WRONG
    # Asked for a place, a name after a comma may say where it lies.
    assert graded("Kazan", "Kazan, Tatarstan", "Where was the tank school?") is Outcome.EXACT


def test_a_name_a_comma_lists_before_the_answer_is_a_rival() -> None:
    question = "Where was the German flying school?"
    assert graded("Lipetsk", "Moscow, Lipetsk", question) is Outcome.WRONG
    # Where it lies comes after it, or is a region wherever it stands.
    assert graded("Lipetsk", "Lipetsk, Russia", question) is Outcome.EXACT
    assert graded("Lipetsk", "Russia, Lipetsk", question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the Vice President", "the Vice President or the President"),
        ("the Vice President", "the President or the Vice President"),
        ("the Blue Nile", "the Blue Nile or the Nile"),
        ("the pineal gland", "either the pineal gland or the gland"),
    ],
)
def test_a_choice_of_two_forms_of_the_answer_is_a_hedge(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which one?") is Outcome.WRONG


def test_the_same_form_twice_or_an_answer_saying_or_is_no_choice() -> None:
    assert graded("the Blue Nile", "the Blue Nile, or the Blue Nile", "Which?") is Outcome.EXACT
    assert graded("tea or coffee", "tea or coffee", "What is offered?") is Outcome.EXACT


def test_typed_in_small_letters_a_person_beside_the_answer_is_still_a_rival() -> None:
    assert graded("Duncan", "duncan, banquo", "Whom did Macbeth kill?").value == "wrong"

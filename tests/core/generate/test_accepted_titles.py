"""Tests of the surnames accepted for a name that an office, initials or a given name of
another language open."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.name_titles import is_personal_title
from trainer.core.answering.words import answer_words
from trainer.core.generate.surnames import opens_with_title
from trainer.core.model import Answer, AnswerType, DeckDefaults
from trainer.core.scheduling.policy import Policy


def _auto_cloze_answers(make: type[Make], text: str) -> dict[str, tuple[str, ...]]:
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True))
    return {card.answer.text: card.answer.alternatives for card in make.cards(deck)}


@pytest.mark.parametrize(
    ("text", "answer", "surname"),
    [
        # An office before the name says a person, whatever the words around it.
        (
            "At the opening the MP William Huskisson was struck by a locomotive.",
            "MP William Huskisson",
            "Huskisson",
        ),
        (
            "In 1910 the Prime Minister H. H. Asquith faced a crisis over the budget.",
            "Prime Minister H. H. Asquith",
            "Asquith",
        ),
        # So do initials where a given name would stand.
        ("In 1922 {{c1::T. S. Eliot}} published a long poem.", "T. S. Eliot", "Eliot"),
        # A given name of another language than English is one too.
        (
            "The Marriage of Figaro had a libretto by Lorenzo Da Ponte, first sung in 1786.",
            "Lorenzo Da Ponte",
            "Da Ponte",
        ),
    ],
)
def test_an_office_or_initials_before_a_name_say_a_person(
    make: type[Make], text: str, answer: str, surname: str
) -> None:
    answers = _auto_cloze_answers(make, text)
    assert surname in answers[answer]


def test_a_word_that_is_a_title_only_before_another_says_no_person(make: type[Make]) -> None:
    # "Grand" opens "Grand Duke", and a place's name too.
    text = "The next morning the sun rose behind the rugged outline of Grand Canary."
    answers = _auto_cloze_answers(make, text)
    assert "Canary" not in answers["Grand Canary"]
    assert not opens_with_title(["Grand", "Canary"])
    assert opens_with_title(["Grand", "Duke", "Michael"])
    assert opens_with_title(["Prime", "Minister", "Asquith"])


def test_titles_in_a_row_are_one_title_before_a_name() -> None:
    words = answer_words("Prime Minister H. H. Asquith")
    assert is_personal_title(words, 0)
    assert is_personal_title(words, 1)
    assert not is_personal_title(answer_words("Prime Minister"), 0)  # no name follows


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        ("William Huskisson", "'mp' left out, a title"),
        ("Huskisson", "exact"),
    ],
)
def test_an_office_left_out_is_told_once_as_a_title(typed: str, note: str) -> None:
    expected = Answer(AnswerType.TEXT, "MP William Huskisson", alternatives=("Huskisson",))
    graded = grade(expected, typed, policy=Policy(), question="Who was killed?")
    assert graded.outcome is Outcome.EXACT
    assert graded.rule == note


@pytest.mark.parametrize(
    "prompt", ["¿Quién ganó la batalla de Boyacá?", "Wer gewann die Schlacht?", "Qui a gagné ?"]
)
def test_a_who_question_of_another_language_gets_the_surname(make: type[Make], prompt: str) -> None:
    question = make.question(prompt, "Simón Bolívar", slot="who")
    excerpt = make.excerpt("e", "Simón Bolívar derrotó a los españoles.", questions=(question,))
    (card,) = make.cards(make.deck(excerpt))
    assert card.answer.alternatives == ("Bolívar",)


@pytest.mark.parametrize(
    ("text", "answer", "surname"),
    [
        # A given name that is as often a surname still ends a name as its surname.
        (
            "{{c1::David Ricardo}} set out comparative advantage in 1817.",
            "David Ricardo",
            "Ricardo",
        ),
        ("{{c1::Ferdinand Marcos}} ruled the Philippines from 1965.", "Ferdinand Marcos", "Marcos"),
    ],
)
def test_a_surname_that_is_also_a_given_name_is_accepted(
    make: type[Make], text: str, answer: str, surname: str
) -> None:
    assert surname in _auto_cloze_answers(make, text)[answer]

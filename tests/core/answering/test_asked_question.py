"""Tests of what grading takes from a card's prompt: here, whether it asks who."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.asked_question import Question
from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    "prompt",
    [
        *("Who crossed the Andes?", "Whom did Sucre defeat?", "¿Quién cruzó los Andes?"),
        *("¿A quién venció Sucre?", "Qui a écrit Candide ?", "Wer schrieb Faust?"),
        *("Mit wem reiste er?", "Chi ha scritto la Divina Commedia?"),
    ],
)
def test_a_question_asks_who_in_any_language_a_deck_is_written_in(prompt: str) -> None:
    assert Question.of(prompt, cloze=False).asks_who


@pytest.mark.parametrize("prompt", ["Where was it signed?", "¿Dónde se firmó?", "Was ist das?"])
def test_other_questions_ask_no_one(prompt: str) -> None:
    assert not Question.of(prompt, cloze=False).asks_who


def test_a_surname_picks_its_option_asked_who_in_spanish() -> None:
    # As "Hall" picks "Asaph Hall" asked "Who …?".
    options = ("Asaph Hall", "William Herschel", "Johann Galle")
    answer = Answer(AnswerType.CHOICE, "Asaph Hall", key=(0,))
    found = grade(answer, "Hall", choices=options, policy=Policy(), question="¿Quién los vio?")
    assert found.outcome is Outcome.EXACT


@pytest.mark.parametrize(
    "prompt",
    [
        # Asked which one by what they were, as generation reads it: grading read only
        # "Who …?" so.
        "Which pilot was shot down over Cuba?",
        "What scientist split the atom?",
        "Which two poets met in Rome?",
        "Which young painter trained with Verrocchio?",
    ],
)
def test_a_question_asks_which_person_by_what_they_were(prompt: str) -> None:
    assert Question.of(prompt, cloze=False).asks_who


@pytest.mark.parametrize("prompt", ["Which river runs through Rome?", "What two gases mix?"])
def test_which_of_a_thing_asks_no_one(prompt: str) -> None:
    assert not Question.of(prompt, cloze=False).asks_who


def test_who_in_another_language_is_asked_only_in_a_question() -> None:
    assert Question.of("¿A quién derrotó César en Farsalia?", cloze=False).asks_who
    assert Question.of("Wer schrieb Faust?", cloze=False).asks_who
    # A cloze's text opening with the same letters asks for nobody, as generation reads it.
    assert not Question.of(
        "Chi-squared tests compare [...] with expected counts.", cloze=True
    ).asks_who


@pytest.mark.parametrize(
    ("prompt", "typed"),
    [
        ("How many labours did Heracles perform?", "labors"),
        ("What colour is copper sulfate?", "color"),
        ("Which organization ran the games?", "organisation"),
    ],
)
def test_a_question_has_its_word_in_the_other_spelling(prompt: str, typed: str) -> None:
    assert Question.of(prompt, cloze=False).has(typed)


def test_a_word_the_question_names_in_another_spelling_is_no_claim() -> None:
    # "12 labors" was wrong, "extra word 'labors'", for twelve asked of "labours".
    assert graded("twelve", "12 labors", "How many labours did Heracles perform?") in (
        Outcome.EXACT,
        Outcome.TYPO,
    )
    assert graded("twelve", "12 labours", "How many tasks did Heracles perform?") is Outcome.WRONG

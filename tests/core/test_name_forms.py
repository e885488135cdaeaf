"""Familiar forms of given names make a person's name."""

from __future__ import annotations

from tests.support.decks import cards_by_slot, compiled_text
from trainer.core.answering.grading import grade
from trainer.core.model import Answer, AnswerType
from trainer.core.name_forms import familiar_form_of
from trainer.core.scheduling.policy import Policy


def test_a_person_known_by_a_familiar_form_of_a_given_name_is_a_person() -> None:
    compiled = compiled_text(
        """id: d
title: T
templates:
  - id: who-feat
    kind: choice
    prompt: Who {feat}?
    answer: who
excerpts:
  - id: a
    page: 1
    text: Laika orbited in Sputnik 2. Yuri Gagarin orbited. Alan Shepard flew. Ed White walked.
    facts:
      - {id: laika, who: Laika, feat: went into orbit before anyone else}
      - {id: gagarin, who: Yuri Gagarin, feat: became the first person to orbit the Earth}
      - {id: shepard, who: Alan Shepard, feat: became the first American in space}
      - {id: white, who: Ed White, feat: made the first American spacewalk}
"""
    )
    # (A question that named an animal would make no card: see `answer_kinds`.)
    assert any("'Laika' is the only option" in str(warning) for warning in compiled.warnings)
    assert cards_by_slot(compiled.cards)["white.who-feat"].answer.alternatives == ("White",)


def test_a_familiar_form_and_its_formal_name_are_one_name_either_way() -> None:
    assert familiar_form_of("bill", "william") and familiar_form_of("william", "bill")
    assert familiar_form_of("gus", "augustus")
    # Two names that share a form, or two forms of one name, are not one another.
    assert not familiar_form_of("albert", "alfred")
    assert not familiar_form_of("bill", "will")


def test_a_russian_name_and_its_english_form_are_one_name() -> None:
    assert familiar_form_of("lev", "leo") and familiar_form_of("nicholas", "nikolai")
    assert familiar_form_of("iosif", "joseph") and familiar_form_of("pyotr", "peter")
    # A name listed twice keeps every form: Kolya is Nikolai's as Nicholas is.
    assert familiar_form_of("kolya", "nikolai")
    assert not familiar_form_of("pavel", "peter") and not familiar_form_of("nick", "nikolai")


def test_a_russian_name_typed_in_its_english_form_is_right() -> None:
    for answer, typed in (("Leo Tolstoy", "Lev Tolstoy"), ("Nicholas II", "Nikolai II")):
        assert grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy()).correct
    assert not grade(
        Answer(AnswerType.TEXT, "Peter the Great"), "Paul the Great", policy=Policy()
    ).correct


def test_a_european_name_typed_in_its_english_form_is_right() -> None:
    for answer, typed in (
        ("Friedrich Engels", "Frederick Engels"),
        ("Kaiser Wilhelm II", "Kaiser William II"),
        ("Karl Marx", "Carl Marx"),
    ):
        assert grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy()).correct
    # Another man's name still is another man's.
    assert not grade(
        Answer(AnswerType.TEXT, "Friedrich Engels"), "Heinrich Engels", policy=Policy()
    ).correct


def test_an_explorers_or_a_kings_name_in_its_english_form_is_right() -> None:
    for answer, typed in (
        ("João II", "John II"),
        ("Fernão de Magalhães", "Ferdinand de Magalhães"),
        ("Bartolomeu Dias", "Bartholomew Dias"),
        ("Cristoforo Colombo", "Christopher Colombo"),
        ("Pedro Cabral", "Peter Cabral"),
        ("Jan Vermeer", "Johannes Vermeer"),  # two forms of one name
        ("Johannes Kepler", "Hans Kepler"),
    ):
        assert grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy()).correct, typed
    # Two formal names that share an English form are two names: Juan is not João.
    assert not grade(Answer(AnswerType.TEXT, "Juan Elcano"), "João Elcano", policy=Policy()).correct
    # Jean is a woman's name too: never taken for John.
    assert not grade(Answer(AnswerType.TEXT, "Jean Batten"), "John Batten", policy=Policy()).correct

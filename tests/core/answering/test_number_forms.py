"""Tests for trainer.core.answering.number_forms: a number asked for in one form."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.number_forms import form_asked
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("What is 3/4 as a decimal?", "decimal"),
        ("Give 0.2 as a fraction.", "fraction"),
        ("What share voted, as a percentage?", "percentage"),
        ("Write 300,000,000 in standard form.", "standard form"),
        ("What is the speed of light in scientific notation?", "standard form"),
        ("What share voted?", None),
        ("Which symbol was used as a mark of respect?", None),
    ],
)
def test_the_form_a_question_names(question: str, form: str | None) -> None:
    assert form_asked(answer_words(question)) == form


@pytest.mark.parametrize("kind", [AnswerType.NUMBER, AnswerType.TEXT])
@pytest.mark.parametrize(
    ("question", "answer", "typed", "outcome"),
    [
        # The right value in another form than asked: close (or the question's own).
        ("What share voted, as a percentage?", "52%", "0.52", Outcome.CLOSE),
        ("What share voted, as a decimal?", "0.52", "52%", Outcome.CLOSE),
        ("What share of the vote did they win, as a fraction?", "1/5", "0.2", Outcome.CLOSE),
        ("What is 3/4 as a decimal?", "0.75", "3/4", Outcome.WRONG),  # the question's own
        # In the form asked: right, however written.
        ("What share voted, as a percentage?", "52%", "52 per cent", Outcome.EXACT),
        ("What share of the vote did they win, as a fraction?", "1/5", "one fifth", Outcome.EXACT),
        ("Write 300,000,000 in standard form.", "3 × 10^8", "3e8", Outcome.EXACT),
        # Asked in no form, any writing of the value is right.
        ("What share voted?", "52%", "0.52", Outcome.EXACT),
    ],
)
def test_a_value_in_another_form_than_asked_is_not_right(
    kind: AnswerType, question: str, answer: str, typed: str, outcome: Outcome
) -> None:
    verdict = grade(Answer(kind, answer), typed, policy=Policy(), question=question)
    assert verdict.outcome is outcome, verdict


def test_a_question_naming_a_form_of_no_number_is_answered_in_words() -> None:
    answer = Answer(AnswerType.TEXT, "the Eye of Horus")
    verdict = grade(answer, "Eye of Horus", policy=Policy(), question="Which sign was a fraction?")
    assert verdict.correct
    asked = "Which sign was written as a fraction?"
    assert grade(answer, "the Eye of Horus", policy=Policy(), question=asked).correct


@pytest.mark.parametrize(
    "typed", ["the fith amendment", "the fifht amendment", "the fitfh amendment"]
)
def test_the_word_of_the_answers_number_misspelt_is_that_number(typed: str) -> None:
    question = "Which amendment protects against self-incrimination?"
    assert graded("the Fifth Amendment", typed, question) in (Outcome.EXACT, Outcome.TYPO)
    assert graded("the Fifth Amendment", "the sixth amendment", question) is Outcome.WRONG
    # Only the answer's own numbers: a country a letter off a number is still a country.
    assert graded("Sweden", "Seden", "Which country?") is Outcome.TYPO


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # A number's word in the plural is a unit or a share, not a slip of the number.
        ("2 h 0 min 35 s", "7235 seconds", "How long did the race take?"),
        ("2 min", "120 seconds", "How long is the pause?"),
        ("3 tenths", "3 tenths", "What share?"),
        ("20 minutes", "1200 seconds", "How long does it take?"),
    ],
)
def test_a_numbers_word_in_the_plural_is_no_slip(expected: str, typed: str, question: str) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize("typed", ["Art. 6", "Art 6", "art. 6"])
def test_a_law_parts_abbreviation_is_the_part(typed: str) -> None:
    question = "Which article of the ECHR guarantees a fair trial?"
    assert graded("Article 6", typed, question) is Outcome.EXACT
    assert graded("Article 6", "Art. 7", question) is Outcome.WRONG
    assert graded("art", "article", "What is the subject?") is Outcome.WRONG  # one way only


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        # Asked which percentage, "0.25" was exact for 25%: the share, not the percentage.
        ("25%", "0.25", Outcome.CLOSE),
        ("25%", "1/4", Outcome.CLOSE),
        # The number is the percentage, with its sign or without.
        ("25%", "25", Outcome.EXACT),
        ("25%", "25 per cent", Outcome.EXACT),
        ("0.5%", "0.5", Outcome.EXACT),
    ],
)
def test_asked_what_percentage_the_number_is_the_percentage(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert graded(answer, typed, "What percentage of voters backed the party?") is outcome


def test_a_number_card_asked_what_percentage_takes_its_own_number() -> None:
    card = Answer(AnswerType.NUMBER, "25")
    question = "What percentage of voters backed the party?"
    assert grade(card, "25", policy=Policy(), question=question).outcome is Outcome.EXACT
    # Another question asks for the share in any form.
    assert graded("25%", "0.25", "What share of voters backed the party?") is Outcome.EXACT

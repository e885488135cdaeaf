"""A name typed without its number: close, told which number, never right nor another number."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.name_numbers import name_number_left_out
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("answer", "typed", "told"),
    [
        ("Darius I", "Darius", "'I' left out: which Darius?"),
        ("Henry VIII", "henry", "'VIII' left out: which Henry?"),
        ("Louis XVI", "Louis", "'XVI' left out: which Louis?"),
        ("Tsar Nicholas II", "Nicholas", "'II' left out: which Tsar Nicholas?"),
        ("World War II", "World War", "'II' left out: which World War?"),
        ("First Consul", "Consul", "'First' left out: which one?"),
        ("the Third Reich", "the Reich", "'Third' left out: which one?"),
        ("the 1980 Moscow Olympics", "the Moscow Olympics", "'1980' left out: which one?"),
    ],
)
def test_a_name_without_its_number_is_close_and_told_which(
    answer: str, typed: str, told: str
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question="Who?")
    assert verdict.outcome is Outcome.CLOSE, verdict
    assert verdict.rule == told


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Henry VIII", "Henry VII"),  # another king
        ("Darius I", "Darius the Great Persian"),  # more than the name
        ("Tsar Nicholas II", "Tsar"),  # the title alone
        ("World War II", "the war"),
        ("second place", "place"),  # a rank, not a name's number
        ("the 5th Amendment", "the Amendment"),  # digits say a count of amendments
        ("12 apostles", "apostles"),
        ("the 1980 Moscow Olympics", "the Olympics"),  # the place left out too
        ("1980 treaties", "treaties"),  # no name: a count
    ],
)
def test_what_is_no_name_without_its_number_is_judged_as_before(answer: str, typed: str) -> None:
    assert name_number_left_out(answer, answer_words(answer), answer_words(typed)) is None
    assert graded(answer, typed, "Who?") is Outcome.WRONG


def test_the_name_with_its_number_stays_right() -> None:
    assert graded("Darius I", "Darius I", "Who?") is Outcome.EXACT
    assert graded("First Consul", "the first consul", "What title?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        # The question gives "Games": the place alone, or with "Olympics", is which Games
        # but for the year.
        ("Paris", Outcome.CLOSE),
        ("the Paris Olympics", Outcome.CLOSE),
        # Only what the question gives is no answer at all.
        ("the Games", Outcome.WRONG),
        ("the 1924 Paris Games", Outcome.WRONG),
    ],
)
def test_words_the_question_gives_may_go_with_the_names_number(typed: str, wanted: Outcome) -> None:
    assert graded("the 1900 Paris Games", typed, "At which Games did women first compete?") is (
        wanted
    )

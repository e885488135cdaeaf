"""A short accepted answer's right verdict, taken back only when a fuller one names another word."""

from __future__ import annotations

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _outcome(answer: str, accepted: tuple[str, ...], typed: str, question: str = "") -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accepted)
    return grade(expected, typed, policy=Policy(), question=question).outcome


def test_another_given_name_before_an_accepted_surname_is_another_person() -> None:
    assert _outcome("Humphry Davy", ("Davy",), "John Davy", "Who?") is Outcome.WRONG
    assert _outcome("Humphry Davy", ("Davy",), "Sir Davy", "Who?") is Outcome.EXACT


def test_the_short_answer_typed_exactly_is_never_taken_back() -> None:
    # A fuller accepted form that joins its words differently ("B:A" reads as 'ba') must
    # not find the short answer's own word standing in the place of one of its words.
    assert _outcome("B", ("B:A",), "B", "lipetsk") is Outcome.EXACT
    assert _outcome("Davy", ("Humphry Davy",), "Davy", "Who?") is Outcome.EXACT

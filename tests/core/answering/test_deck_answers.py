"""Grading by the card's other accepted answers and the deck's other answers."""

from __future__ import annotations

from trainer.core.answering.deck_answers import another_answers_value, each_accepted
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.verdict import Verdict
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

CAPITALS = Answer(AnswerType.TEXT, "Pretoria", alternatives=("Cape Town", "Bloemfontein"))
QUESTION = "What is the capital of South Africa?"


def _outcome(answer: Answer, typed: str) -> Outcome:
    return grade(answer, typed, policy=Policy(), question=QUESTION).outcome


def test_accepted_answers_named_together_are_right() -> None:
    assert _outcome(CAPITALS, "Pretoria and Cape Town") is Outcome.EXACT
    assert _outcome(CAPITALS, "Pretoria and Cape Town and Bloemfontein") is Outcome.EXACT
    assert _outcome(CAPITALS, "Pretoria & Bloemfontein") is Outcome.EXACT
    assert _outcome(CAPITALS, "Cape Town or Pretoria") is Outcome.EXACT
    assert _outcome(CAPITALS, "Pretroia and Cape Town") is Outcome.TYPO


def test_a_wrong_answer_beside_an_accepted_one_is_still_a_hedge() -> None:
    assert _outcome(CAPITALS, "Pretoria or Durban") is Outcome.WRONG
    assert _outcome(CAPITALS, "Johannesburg and Cape Town") is Outcome.WRONG


def test_one_answer_named_twice_is_no_second() -> None:
    def judge(accepted: str, typed: str) -> Verdict:
        same = accepted.casefold() == typed.casefold()
        return Verdict(Outcome.EXACT if same else Outcome.WRONG, 1.0 * same, accepted, "")

    assert each_accepted(("Pretoria", "Tshwane"), "Pretoria and Pretoria", judge) is None
    assert each_accepted(("Pretoria",), "Pretoria and Pretoria", judge) is None
    both = each_accepted(("Pretoria", "Tshwane"), "Pretoria or Tshwane", judge)
    assert both is not None and both.outcome is Outcome.EXACT


def test_a_number_that_is_another_answer_of_the_deck_is_wrong() -> None:
    def judge(accepted: str, typed: str) -> Verdict:
        exact = accepted == typed.replace(",", "")
        return Verdict(Outcome.EXACT if exact else Outcome.CLOSE, 0.9, accepted, "8849")

    close = Verdict(Outcome.CLOSE, 0.9, "8849", "8849", rule="off by 238")
    assert another_answers_value(("8611",), "8,611", close, judge).outcome is Outcome.WRONG
    assert another_answers_value(("8611",), "8700", close, judge) == close

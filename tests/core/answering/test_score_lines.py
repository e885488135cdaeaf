"""Tests for trainer.core.answering.score_lines: a score with team names, judged by who scored."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.score_lines import score_verdict
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

VERSUS = "What was the score of the 2010 final, Spain v Netherlands?"
EXCERPT = "The 1970 final in Mexico City ended Brazil 4, Italy 1, Pelé scoring the first goal."
ASKED_PLAINLY = "What was the score of the 1970 World Cup final?"


def outcome(expected: str, typed: str, question: str, context: str = "") -> Outcome:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=question, context=context).outcome


@pytest.mark.parametrize(
    "typed",
    [
        "Spain 1, Netherlands 0",
        "Netherlands 0, Spain 1",
        "Spain won 1-0",
        "1-0 to Spain",
        "Spain beat the Netherlands 1-0",
        "Netherlands lost 0-1",
        "Spain 1-0",
    ],
)
def test_the_question_s_teams_in_order_pin_the_score(typed: str) -> None:
    assert outcome("1-0", typed, VERSUS) is Outcome.EXACT


@pytest.mark.parametrize(
    "typed",
    [
        "Spain 0, Netherlands 1",
        "Netherlands 1, Spain 0",
        "1-0 to the Netherlands",
        "Netherlands won 1-0",
        "Netherlands beat Spain 1-0",
        "Spain lost 0-1",
    ],
)
def test_the_score_the_other_way_round_is_wrong(typed: str) -> None:
    assert outcome("1-0", typed, VERSUS) is Outcome.WRONG


def test_the_excerpt_s_result_pins_the_score_when_the_question_names_no_team() -> None:
    assert outcome("4-1", "Brazil 4, Italy 1", ASKED_PLAINLY, EXCERPT) is Outcome.EXACT
    assert outcome("4-1", "Brazil won 4-1", ASKED_PLAINLY, EXCERPT) is Outcome.EXACT
    assert outcome("4-1", "Italy 4, Brazil 1", ASKED_PLAINLY, EXCERPT) is Outcome.WRONG
    assert outcome("4-1", "4-1 to Italy", ASKED_PLAINLY, EXCERPT) is Outcome.WRONG
    between = "It finished Brazil 4–1 Italy at the Azteca."
    assert outcome("4-1", "Italy 1, Brazil 4", ASKED_PLAINLY, between) is Outcome.EXACT
    assert outcome("4-1", "Italy 4, Brazil 1", ASKED_PLAINLY, between) is Outcome.WRONG


def test_left_to_other_rules() -> None:
    def verdict(accepted: str, typed: str, question: str = VERSUS, context: str = "") -> object:
        return score_verdict(accepted, typed, accepted, question, context)

    assert verdict("1-0", "1-0") is None  # no team named
    assert verdict("1-0", "Spain 2, Netherlands 0") is None  # other numbers
    assert verdict("1-0", "Spain 1, Netherlands 0 or 1-1") is None  # a hedge: more numbers
    assert verdict("1-0", "Spain 1, Netherlands 0", "What was the score?") is None  # no teams
    assert verdict("9:45", "Spain 9, Netherlands 45") is None  # a time, not a score
    assert verdict("Spain", "Spain 1, Netherlands 0") is None  # no score asked
    assert verdict("4-1", "Brazil 4, Italy 1", ASKED_PLAINLY, "Brazil 3, Italy 2") is None


def test_a_bare_score_is_judged_as_before() -> None:
    assert outcome("1-0", "1-0", VERSUS) is Outcome.EXACT
    assert outcome("1-0", "1–0", VERSUS) is Outcome.EXACT
    assert outcome("1-0", "2-0", VERSUS) is Outcome.WRONG

"""Words that only stress an answer may be left out: a bare number answers "exactly two"
(a bounded one does not), and the rest of an answer "only …"."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.stress_words import (
    all_there_is_word,
    exact_number_word,
    exactly_left_out,
)
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def outcome(answer: str, typed: str) -> Outcome:
    question = "How many divisors does a prime number have?"
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("answer", "typed", "expected"),
    [
        ("exactly two", "2", Outcome.EXACT),
        ("exactly two", "two", Outcome.EXACT),
        ("precisely 100 days", "100 days", Outcome.EXACT),
        ("exactly two", "at least two", Outcome.WRONG),
        ("exactly two", "more than two", Outcome.WRONG),
        ("exactly two", "three", Outcome.WRONG),
    ],
)
def test_exactly_may_be_left_out_of_a_bare_number(
    answer: str, typed: str, expected: Outcome
) -> None:
    assert outcome(answer, typed) is expected


def test_the_note_says_why() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "exactly two"), "2", policy=Policy())
    assert "a number alone is exact" in verdict.rule


def test_only_a_word_before_a_number_stresses_it() -> None:
    assert exact_number_word(["exactly", "2"], 0)
    assert not exact_number_word(["exactly", "right"], 0)
    assert not exact_number_word(["2", "exactly"], 1)
    assert not exactly_left_out(["exactly", "2"], 0, ["at", "least", "2"])


@pytest.mark.parametrize(
    ("answer", "typed", "question", "expected"),
    [
        ("only shadows on a wall", "shadows on a wall", "What do the prisoners see?", True),
        ("only Congress", "Congress", "Who may declare war?", True),
        ("solely by sea", "by sea", "How was the island supplied?", True),
        ("only shadows on a wall", "only shadows on a wall", "What do they see?", True),
        # Not where it says which thing, nor another thing typed.
        ("the only planet with life", "a planet with life", "What is the Earth?", False),
        ("only Congress", "the President", "Who may declare war?", False),
    ],
)
def test_a_word_saying_the_answer_is_all_there_is_may_be_left_out(
    answer: str, typed: str, question: str, expected: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert (verdict.outcome is Outcome.EXACT) is expected, verdict.rule


def test_only_an_opening_word_says_all_there_is() -> None:
    assert all_there_is_word(["only", "congress"], 0)
    assert not all_there_is_word(["only"], 0)
    assert not all_there_is_word(["the", "only", "planet"], 1)
    verdict = grade(Answer(AnswerType.TEXT, "only Congress"), "Congress", policy=Policy())
    assert "'only' left out: the rest names all there is" in verdict.rule


@pytest.mark.parametrize(
    ("answer", "typed", "question", "expected"),
    [
        # Typed before the answer's number, it says the count and that it is all.
        ("one", "only one", "How many operas did Beethoven write?", True),
        ("3", "only 3", "How many moons does it have?", True),
        ("two", "merely two", "How many movements are complete?", True),
        # Before a name it is a claim of its own, and before another number no count.
        ("Fidelio", "only Fidelio", "Which opera did he write?", False),
        ("3", "only 4", "How many moons does it have?", False),
    ],
)
def test_a_word_saying_all_there_is_before_the_number_typed_is_the_count(
    answer: str, typed: str, question: str, expected: bool
) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question)
    assert (verdict.outcome is Outcome.EXACT) is expected, verdict.rule

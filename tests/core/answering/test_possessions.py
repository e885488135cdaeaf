"""Tests for trainer.core.answering.possessions: "Pavlov's dog" is not Pavlov."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.possessions import possession_for_owner
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # "Pavlov's dog" was right for Pavlov: "dog" was read as the kind of the answer.
        ("Ivan Pavlov", "Pavlov's dog", "Who showed classical conditioning?"),
        ("Ivan Pavlov", "Pavlov's experiments", "Who showed classical conditioning?"),
        ("Charles Darwin", "Darwin's finches", "Who wrote On the Origin of Species?"),
    ],
)
def test_a_thing_of_the_answers_is_not_the_answer(answer: str, typed: str, question: str) -> None:
    # With the surname accepted alone, as a deck accepts it.
    assert graded(answer, typed, question, answer.split()[-1]) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Isaac Newton", "Isaac Newton's", "Who formulated the laws of motion?"),
        # The question names what is owned: the learner names its owner.
        ("Newton", "Newton's laws", "Who formulated the laws of motion?"),
        # The answer is itself the thing owned, or writes the possessive.
        ("Pavlov's dog", "Pavlov's dogs", "What did Pavlov condition?"),
        ("St John's College", "St John's College", "Which college?"),
    ],
)
def test_an_owner_named_as_the_question_asks_stays_right(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) in (Outcome.EXACT, Outcome.TYPO)


def test_only_a_possessive_of_the_word_the_answer_ends_with_counts() -> None:
    assert possession_for_owner(("ivan", "pavlov"), "Pavlov's dog", lambda word: False)
    assert possession_for_owner(("pavlov", "dog"), "Pavlov's dogs", lambda word: False) is None
    assert possession_for_owner(("ivan", "pavlov"), "Pavlov dog", lambda word: False) is None

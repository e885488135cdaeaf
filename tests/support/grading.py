"""One typed answer graded against an answer written out, as a card's would be."""

from __future__ import annotations

from trainer.core.answering.grading import grade
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def graded(
    expected: str,
    typed: str,
    question: str = "Who was it?",
    *alternatives: str,
    answer_type: AnswerType = AnswerType.TEXT,
) -> Outcome:
    """The outcome of `typed` for a card asking `question` whose answer is `expected`
    (or any of `alternatives`), under the default policy."""
    answer = Answer(answer_type, expected, alternatives=alternatives)
    return grade(answer, typed, policy=Policy(), question=question).outcome

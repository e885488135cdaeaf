"""Who did it to whom: the answer set where the question puts the other side is wrong."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.relations import active_order
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str, question: str, *accept: str) -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accept)
    return grade(expected, typed, policy=POLICY, question=question).outcome


def right(outcome: Outcome) -> bool:
    return outcome in (Outcome.EXACT, Outcome.TYPO)


STABBED = "Which woman stabbed Jean-Paul Marat in his bath?"


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Charlotte Corday", "Marat stabbed Charlotte Corday", STABBED),
        ("Charlotte Corday", "Charlotte Corday was stabbed by Marat", STABBED),
        ("Marat", "Marat stabbed Corday", "Whom did Charlotte Corday stab?"),
        ("Marat", "Marat stabbed Corday", "Who was stabbed by Charlotte Corday?"),
        ("Poland", "Poland invaded Germany", "Which country did Germany invade in 1939?"),
        ("Wellington", "Napoleon defeated Wellington", "Who defeated Napoleon at Waterloo?"),
        ("Stalin", "Lenin succeeded Stalin", "Who succeeded Lenin?"),
        ("Brutus", "Caesar betrayed Brutus", "Who betrayed Julius Caesar?"),
        ("Stalin", "Lenin came to power after Stalin", "Who came to power after Lenin?"),
        ("Sparta", "Athens defeated Sparta", "Which city defeated Athens?"),
        ("Corday", "Corday was killed by Marat", "By whom was Marat killed?"),
        ("Corday", "Marat killed Corday", "By whom was Marat killed?"),
    ],
)
def test_the_answer_set_in_the_other_role_is_wrong(answer: str, typed: str, question: str) -> None:
    assert judge(answer, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Charlotte Corday", "Charlotte Corday stabbed Marat", STABBED),
        ("Charlotte Corday", "Corday stabbed him", STABBED),
        ("Charlotte Corday", "Corday, who stabbed Marat in his bath", STABBED),
        ("Charlotte Corday", "It was Charlotte Corday", STABBED),
        ("Charlotte Corday", "Marat was stabbed by Charlotte Corday", STABBED),
        ("Marat", "Corday stabbed Marat", "Whom did Charlotte Corday stab?"),
        ("Marat", "Marat was stabbed by Corday", "Whom did Charlotte Corday stab?"),
        ("Marat", "Corday stabbed Marat", "Who was stabbed by Charlotte Corday?"),
        ("Poland", "Germany invaded Poland", "Which country did Germany invade in 1939?"),
        ("Wellington", "Napoleon was defeated by Wellington", "Who defeated Napoleon at Waterloo?"),
        ("Stalin", "after Lenin, Stalin came to power", "Who came to power after Lenin?"),
        ("Corday", "Corday killed Marat", "By whom was Marat killed?"),
        ("Corday", "Marat was killed by Corday", "By whom was Marat killed?"),
    ],
)
def test_the_answer_in_the_role_the_question_gives_it_stays_right(
    answer: str, typed: str, question: str
) -> None:
    assert right(judge(answer, typed, question, "Corday"))


def test_a_passive_is_read_in_the_active_voice() -> None:
    words = ["corday", "was", "stabbed", "by", "marat"]
    assert [words[k] for k in active_order(words)] == ["marat", "stabbed", "corday"]
    # No "by", or no verb one side does to the other: left as it is.
    for text in ("corday was stabbed in her bath", "corday was tall", "it was made of wood"):
        words = text.split()
        assert active_order(words) == list(range(len(words)))

"""Tests of a kind typed beside the answer that the question rules out (`kind_clashes`)."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def _right(answer: str, typed: str, question: str) -> bool:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).correct


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # "the Ottawa River" was right for the capital: its kind was ignored.
        ("Ottawa", "the Ottawa River", "What is the capital of Canada?"),
        ("Jupiter", "the Jupiter Symphony", "Which planet is the largest?"),
        ("Victoria", "Lake Victoria", "Who was queen in 1850?"),
        ("Mars", "the planet Mars", "Who was the Roman god of war?"),
        # A kind in the place of the answer's own, left out: "ocean" for "plate".
        ("the Pacific Plate", "the Pacific Ocean", "Which is the largest tectonic plate?"),
        ("Vesuvius", "Vesuvius town", "Which volcano buried Pompeii?"),
        # A god is no planet, place or work: "the god Mars" was right.
        ("Mars", "the god Mars", "Which planet is known as the Red Planet?"),
        ("Mercury", "the god Mercury", "Which planet is closest to the Sun?"),
    ],
)
def test_a_kind_the_question_rules_out_makes_another_thing(
    answer: str, typed: str, question: str
) -> None:
    assert not _right(answer, typed, question)


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("Ottawa", "the city of Ottawa", "What is the capital of Canada?"),
        ("the Nile", "the Nile River", "Which river flows through the capital of Egypt?"),
        ("Everest", "Mount Everest", "Which is the highest mountain?"),
        ("Jupiter", "the planet Jupiter", "Which planet is the largest?"),
        # A question that names no kind rules none out.
        ("the Alps", "the Alps mountains", "What did Hannibal cross in 218 BC?"),
        ("Geneva", "Lake Geneva", "Where did Shelley spend the summer of 1816?"),
        # A kind away from the answer's words says where it lies, or what else.
        ("Cairo", "Cairo on the river Nile", "What is the capital of Egypt?"),
        ("the Pacific Plate", "the Pacific", "Which is the largest tectonic plate?"),
        # Gods and animals may be asked "Who …?" all the same.
        ("Athena", "the goddess Athena", "Who was the patron of Athens?"),
        ("Laika", "the dog Laika", "Who was the first animal to orbit the Earth?"),
        ("Bucephalus", "Bucephalus the horse", "Who carried Alexander into battle?"),
    ],
)
def test_a_kind_the_question_names_or_allows_is_harmless(
    answer: str, typed: str, question: str
) -> None:
    assert _right(answer, typed, question)

"""Tests for trainer.core.answering.named_places: a place typed against the card's own."""

from __future__ import annotations

import pytest

from trainer.core.answering.grading import grade
from trainer.core.answering.named_places import LocatedPlace, located_places, places_named
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

_EVEREST = "Mount Everest, in the Himalayas, is the highest mountain on Earth."
_LIPETSK = "Germany trained its pilots at Lipetsk in Russia."
_AMAZON = "The Amazon, in South America, is the largest rainforest."
_TRENCH = "The Mariana Trench, in the Pacific, is the deepest."


def _graded(expected: str, typed: str, excerpt: str, question: str = "Which one?") -> Verdict:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=Policy(), question=question, context=excerpt)


@pytest.mark.parametrize(
    ("expected", "typed", "excerpt", "rule"),
    [
        (
            "Mount Everest",
            "Everest in the Andes",
            _EVEREST,
            "'in the andes' typed, the card says 'in the himalayas'",
        ),
        (
            "Lipetsk",
            "Lipetsk in Ukraine",
            _LIPETSK,
            "'in ukraine' typed, the card says 'in russia'",
        ),
        (
            "the Amazon",
            "the Amazon in Africa",
            _AMAZON,
            "'in africa' typed, the card says 'in south america'",
        ),
        (
            "the Mariana Trench",
            "the Mariana Trench in the Atlantic",
            _TRENCH,
            "'in the atlantic' typed, the card says 'in the pacific'",
        ),
        (
            "Ottawa",
            "Ottawa, in Quebec",
            "Ottawa, in Ontario, is the capital of Canada.",
            "'in quebec' typed, the card says 'in ontario'",
        ),
    ],
)
def test_a_place_of_the_class_the_excerpt_names_another_of_is_wrong(
    expected: str, typed: str, excerpt: str, rule: str
) -> None:
    verdict = _graded(expected, typed, excerpt)
    assert verdict.outcome is Outcome.WRONG
    assert verdict.rule == rule


@pytest.mark.parametrize(
    ("expected", "typed", "excerpt"),
    [
        # The excerpt's own place, or another name of it.
        ("Mount Everest", "Everest in the Himalayas", _EVEREST),
        ("Mount Everest", "Everest in the Himalaya", _EVEREST),
        ("the Mariana Trench", "the Mariana Trench in the Pacific Ocean", _TRENCH),
        ("Versailles", "Versailles, in Britain", "Signed at Versailles in the United Kingdom."),
        # Another class of place, which may well be true as well.
        ("Mount Everest", "Everest in Nepal", _EVEREST),
        ("the Amazon", "the Amazon in Brazil", _AMAZON),
        # A state of history is so often another name of a country of today.
        ("Lipetsk", "Lipetsk in the USSR", _LIPETSK),
        ("Lipetsk", "Lipetsk in Russia", "Germany trained pilots at Lipetsk in the Soviet Union."),
        # A place the excerpt writes, whatever it says of it.
        (
            "Kilimanjaro",
            "Kilimanjaro in Tanzania near Kenya",
            "Kilimanjaro, in Tanzania, by Kenya.",
        ),
        # No place of the class located by the card: nothing to contradict.
        ("Lipetsk", "Lipetsk in Ukraine", "Germany trained its pilots at Lipetsk."),
    ],
)
def test_a_place_the_card_does_not_contradict_is_harmless(
    expected: str, typed: str, excerpt: str
) -> None:
    assert _graded(expected, typed, excerpt).outcome is Outcome.EXACT


def test_the_question_locates_places_as_the_excerpt_does() -> None:
    question = "What is the highest mountain in Africa?"
    verdict = _graded("Kilimanjaro", "Kilimanjaro in Asia", "", question)
    assert verdict.outcome is Outcome.WRONG


def test_located_places_keep_their_preposition_and_article() -> None:
    assert located_places(_TRENCH) == frozenset(
        {LocatedPlace("in", "pacific", "the pacific", ("the", "mariana", "trench"))}
    )
    assert places_named("From Nepal to the Andes") == frozenset({"nepal", "andes"})


def test_only_a_place_the_card_puts_the_answer_in_counts() -> None:
    # "in Austria" locates Vienna, not the Danube, which flows through Hungary too: the
    # rule passed its own examples and refused this right answer.
    vienna = "The Danube flows through Vienna in Austria."
    question = "Which river flows through Vienna?"
    assert _graded("the Danube", "the Danube, in Hungary", vienna, question).outcome is (
        Outcome.EXACT
    )
    # Said of the answer itself, the excerpt's place still counts.
    capital = "Vienna, in Austria, lies on the Danube."
    assert _graded(
        "Vienna", "Vienna, in Hungary", capital, "Which city lies on the Danube?"
    ).outcome is (Outcome.WRONG)

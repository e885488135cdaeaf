"""Tests for trainer.core.answering.grammatical_person: another person, another voice."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.grammatical_person import other_person, voice_turned
from trainer.core.answering.verdict import Outcome

MEANS = "What does the Latin 'veni, vidi, vici' mean?"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("I came, I saw, I conquered", "we came, we saw, we conquered"),
        ("I came, I saw, I conquered", "they came, they saw, they conquered"),
        ("through my fault", "through his fault"),
        ("through my fault", "through our fault"),
        ("I love", "you love"),
        ("I love", "he loves"),
        ("we shall fight on the beaches", "they shall fight on the beaches"),
        ("let them eat cake", "let us eat cake"),
        ("know yourself", "know myself"),
    ],
)
def test_another_person_is_another_answer(expected: str, typed: str) -> None:
    assert graded(expected, typed, MEANS) is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("I came, I saw, I conquered", "came, saw, conquered", MEANS),
        ("I came, I saw, I conquered", "I came I saw I conquered", MEANS),
        # Between third persons nothing is decided: a company may be "they".
        ("It was heading for bankruptcy", "They were heading for bankruptcy", "What then?"),
        ("He fled to Argentina", "fled to Argentina", "What did he do in 1945?"),
    ],
)
def test_the_same_person_or_only_third_persons_stay_right(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


def test_only_a_speaking_person_decides() -> None:
    assert other_person(["it", "was", "sold"], ["they", "were", "sold"]) is None
    assert other_person(["my", "fault"], ["fault"]) is None  # left out, not replaced
    assert other_person(["my", "fault"], ["his", "fault"]) == "'his' for 'my': another person"
    assert other_person(["i", "came"], ["we", "came"]) == "'we' for 'I': another person"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("I came, I saw, I conquered", "I came, I saw, I was conquered"),
        ("it was destroyed", "it destroyed"),
        ("they destroyed it", "they were destroyed"),
        ("we won", "we were won"),
    ],
)
def test_the_other_voice_turns_the_sentence_round(expected: str, typed: str) -> None:
    assert graded(expected, typed, MEANS) is Outcome.WRONG


def test_a_passive_that_the_answer_says_too_is_no_turn() -> None:
    assert voice_turned(["it", "was", "destroyed"], ["it", "was", "destroyed"]) is None
    assert voice_turned(["signed", "at", "rapallo"], ["it", "was", "signed"]) is None
    assert graded("signed at Rapallo", "it was signed at Rapallo", "Where?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # In a translation every person is the sentence's own: "he is tired" was right
        # for "elle est fatiguée", and "you love me" for "je t'aime".
        ("she is tired", "he is tired", "What does 'elle est fatiguée' mean?"),
        ("he has a car", "she has a car", "Translate into English: il a une voiture"),
        ("I love you", "you love me", "What does 'je t'aime' mean?"),
    ],
)
def test_in_a_translation_third_persons_and_roles_decide(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("I love you", "I love you", "What does 'je t'aime' mean?"),
        ("she is tired", "she's tired", "What does 'elle est fatiguée' mean?"),
        # Another language's he may be a thing's it.
        ("he is big", "it is big", "What does 'il est grand' mean?"),
    ],
)
def test_in_a_translation_the_same_persons_stay_right(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) in (Outcome.EXACT, Outcome.TYPO)

"""Words of change said of their own things: clauses reordered keep them, verbs swapped do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.asked_question import Question
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.pairings import clauses
from trainer.core.answering.text_match import match_text
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str, *accept: str, question: str = "What happens?") -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accept)
    return grade(expected, typed, policy=POLICY, question=question).outcome


def right(outcome: Outcome) -> bool:
    return outcome in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("output falls and the price rises", "output rises and the price falls"),
        ("output falls and the price rises", "output increases and the price decreases"),
        ("output falls and the price rises", "output goes up and the price goes down"),
        ("output falls and the price rises", "lower prices and higher output"),
        ("output falls and the price rises", "more output and a lower price"),
        ("exports rise and imports fall", "exports fall and imports rise"),
        ("pressure increases and volume decreases", "volume increases and pressure decreases"),
        (
            "the economy expands and unemployment falls",
            "unemployment expands and the economy falls",
        ),
        (
            "the ventricle contracts and the atrium relaxes",
            "the atrium contracts and the ventricle relaxes",
        ),
        ("interest rates rise and bond prices fall", "bond prices rise when interest rates fall"),
        ("the price rises sharply and output falls", "output rises sharply and the price falls"),
        # The commas lost, a clause still ends where the next thing begins.
        (
            "when the price rises, quantity demanded falls",
            "quantity demanded rises when the price falls",
        ),
    ],
)
def test_a_word_of_change_said_of_the_other_thing_reverses_the_answer(
    answer: str, typed: str
) -> None:
    found = match_text(answer, typed, question=Question(), typo_tolerance=0.15)
    assert not found.accepted
    assert found.decisive
    assert judge(answer, typed) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("output falls and the price rises", "the price rises and output falls"),
        ("output falls and the price rises", "the price rises, output falls"),
        ("output falls and the price rises", "output decreases and price increases"),
        ("output falls and the price rises", "output goes down and the price goes up"),
        ("output falls and the price rises", "higher prices and lower output"),
        ("output falls and the price rises", "less output and a higher price"),
        ("exports rise and imports fall", "imports fall and exports rise"),
        ("pressure increases and volume decreases", "volume goes down as pressure goes up"),
        ("pressure increases and volume decreases", "pressure is higher and volume smaller"),
        ("the economy expands and unemployment falls", "unemployment falls as the economy expands"),
        ("the price rises sharply and output falls", "output falls and the price rises sharply"),
        (
            "when the price rises, quantity demanded falls",
            "quantity demanded falls when the price rises",
        ),
        (
            "Spain gained Gibraltar and Britain lost Minorca",
            "Britain lost Minorca and Spain gained Gibraltar",
        ),
    ],
)
def test_clauses_in_another_order_or_other_words_keep_their_pairings(
    answer: str, typed: str
) -> None:
    assert right(judge(answer, typed))


def test_a_phrase_of_direction_is_read_as_its_verb() -> None:
    asked = "What happens when the price of a good rises?"
    assert right(
        judge("the quantity demanded falls", "quantity demanded goes down", question=asked)
    )
    assert judge("the quantity demanded falls", "quantity demanded goes up", question=asked) is (
        Outcome.WRONG
    )
    # Another answer of the deck that says the reverse is no nearer for the phrase.
    expected = Answer(
        AnswerType.TEXT,
        "the quantity demanded falls",
        confusables=("the quantity demanded rises",),
    )
    verdict = grade(expected, "quantity demanded goes down", policy=POLICY, question=asked)
    assert verdict.correct


def test_clauses_end_at_joining_words_and_where_a_new_thing_begins() -> None:
    assert clauses(["output", "and", "employment", "fall"]) == [0, 0, 0, 0]
    assert clauses(["prices", "rise", "output", "falls"]) == [0, 0, 1, 1]
    assert clauses(["higher", "prices", "lower", "output"]) == [0, 0, 1, 1]
    # What follows a complete clause without a change of its own belongs to it.
    assert clauses(["prices", "rise", "sharply", "and", "output", "falls"]) == [0, 0, 0, 1, 1, 1]


_THINGS = st.sampled_from(["output", "prices", "wages", "exports", "employment", "profits"])
_WAYS = st.sampled_from([("rise", "fall"), ("increase", "decrease"), ("grow", "shrink")])


@given(_THINGS, _THINGS, _WAYS)
def test_two_things_swapping_their_ways_is_never_right(
    first: str, second: str, ways: tuple[str, str]
) -> None:
    if first == second:
        return
    up, down = ways
    answer = f"{first} {up} and {second} {down}"
    assert right(judge(answer, f"{second} {down} and {first} {up}"))
    assert judge(answer, f"{first} {down} and {second} {up}") is Outcome.WRONG

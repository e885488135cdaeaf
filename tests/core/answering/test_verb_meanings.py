"""Tests for trainer.core.answering.verb_meanings: verbs that say one thing in other words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.grading import grade
from trainer.core.answering.verb_meanings import (
    _FOUNDING,
    join_verb_phrases,
    opposite_meaning,
    same_meaning,
)
from trainer.core.answering.verdict import Outcome
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

LIPETSK = "What was agreed at Lipetsk in 1926?"
ACCEPTED = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("To set up an aviation school", "to create an aviation school"),  # was close
        ("To set up an aviation school", "to establish an aviation school"),  # was wrong
        ("To set up an aviation school", "they would found an aviation school"),
        ("To establish an aviation school", "to set up an aviation school"),
        ("It abolished the monarchy", "it scrapped the monarchy"),
        ("The law was repealed", "the law was abolished"),
    ],
)
def test_a_verb_of_the_same_meaning_answers(expected: str, typed: str) -> None:
    assert graded(expected, typed, LIPETSK) in ACCEPTED


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("To set up an aviation school", "to set up a tank school"),  # another school
        ("It abolished the monarchy", "it established the monarchy"),  # another meaning
        ("It abolished the monarchy", "it founded the monarchy"),
        ("To set up an aviation school", "to close an aviation school"),  # was close
    ],
)
def test_another_meaning_or_object_is_not_right(expected: str, typed: str) -> None:
    assert graded(expected, typed, LIPETSK) not in ACCEPTED


def test_a_phrasal_verb_is_joined_only_beside_a_verb_of_its_meaning() -> None:
    assert join_verb_phrases(["set", "up", "a", "school"], ["create", "a", "school"]) == (
        ["set up", "a", "school"],
        ["create", "a", "school"],
    )
    # Beside no verb of its meaning, "set up" stays two words ("set up the pieces").
    assert join_verb_phrases(["set", "up"], ["arrange"]) == (["set", "up"], ["arrange"])
    assert same_meaning("set up", "founded") and not same_meaning("set up", "abolished")


@given(st.sampled_from(sorted(_FOUNDING)), st.sampled_from(sorted(_FOUNDING)))
def test_any_two_verbs_of_founding_say_the_same(first: str, second: str) -> None:
    assert same_meaning(first, second)


def test_verbs_of_opposite_acts_are_told_as_opposites() -> None:
    verdict = grade(
        Answer(AnswerType.TEXT, "To set up an aviation school"),
        "to close an aviation school",
        policy=Policy(),
        question=LIPETSK,
    )
    assert verdict.rule == "'close' is the opposite of 'set up'"
    assert opposite_meaning("set up", "dissolved") and not opposite_meaning("set up", "created")


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("It misfired", "it backfired"),
        ("It failed", "it fell through"),
        ("It failed", "the plan flopped"),
        # Said with "be" and a noun.
        ("It misfired", "it was a failure"),
        ("It misfired", "a fiasco"),
        ("To pay their war debts", "to pay off their war debts"),  # was close
        ("To pay their war debts", "to repay their war debts"),  # was close
        ("To pay their war debts", "to pay back their war debts"),
        ("The natives plundered his belongings", "the natives stole his belongings"),
        ("The natives plundered his belongings", "the natives carried off his belongings"),
        ("He capitulated", "he surrendered"),
        ("He capitulated", "he caved in"),
        ("He capitulated", "he backed down"),
    ],
)
def test_failing_and_paying_are_said_in_other_words(expected: str, typed: str) -> None:
    assert graded(expected, typed, "How did the plan turn out?") in ACCEPTED


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("It misfired", "it succeeded"),
        ("It failed", "it worked out"),
        ("It misfired", "it was a success"),
        ("He capitulated", "he resisted"),
        ("He capitulated", "he held out"),
        ("He capitulated", "he submitted"),  # an essay: another act
        ("To pay their war debts", "to cancel their war debts"),
        ("The natives plundered his belongings", "the natives guarded his belongings"),
    ],
)
def test_succeeding_is_the_opposite_of_failing(expected: str, typed: str) -> None:
    assert graded(expected, typed, "How did the plan turn out?") not in ACCEPTED


def test_a_group_with_no_opposite_calls_no_word_its_opposite() -> None:
    # Paying has no opposite group: no word, grouped or not, is its opposite.
    assert not opposite_meaning("pay", "off")
    assert not opposite_meaning("pay", "close")
    assert opposite_meaning("misfired", "succeeded") and opposite_meaning("set up", "closed")


LIPETSK = "What was agreed at Lipetsk in 1926?"


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("to set up an aviation school", Outcome.EXACT),
        ("to build an aviation school", Outcome.EXACT),
        ("establishing an aviation school", Outcome.EXACT),
        ("they agreed to set up an aviation school", Outcome.EXACT),
        # Another act, or its undoing, is no saying of what was done.
        ("to bomb an aviation school", Outcome.WRONG),
        ("to close an aviation school", Outcome.WRONG),
    ],
)
def test_a_verb_of_bringing_the_answer_into_being_may_be_typed_before_it(
    typed: str, wanted: Outcome
) -> None:
    assert graded("an aviation school", typed, LIPETSK) is wanted


def test_a_verb_of_bringing_into_being_is_the_reverse_where_its_undoing_is_asked() -> None:
    asked = "What did the Germans close in 1933?"
    assert graded("the aviation school", "set up the aviation school", asked) is Outcome.WRONG


def test_another_verb_of_bringing_into_being_contradicts_no_accepted_answer() -> None:
    # As the bundled deck accepts them: "to build" and "a German aviation school" beside
    # "a flying school" take nothing from "to set up a flying school".
    accepted = (
        "an aviation school",
        "a German aviation school",
        "to build an aviation school",
        "a flying school",
    )
    answer = Answer(
        AnswerType.TEXT,
        "An aviation school, complementing the military school",
        alternatives=accepted,
    )
    for typed in ("to set up a flying school", "they agreed to set up an aviation school"):
        verdict = grade(answer, typed, policy=Policy(), question=LIPETSK)
        assert verdict.outcome is Outcome.EXACT, verdict.rule
    verdict = grade(answer, "to set up a tank school", policy=Policy(), question=LIPETSK)
    assert verdict.outcome is Outcome.WRONG


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("a couple of hours", Outcome.TYPO),
        ("several hours", Outcome.TYPO),
        ("a handful of hours", Outcome.TYPO),
        ("many hours", Outcome.WRONG),  # the opposite
    ],
)
def test_a_small_number_left_unsaid_is_said_in_other_words(typed: str, wanted: Outcome) -> None:
    assert graded("only a few hours", typed, "How long did the Beagle stay?") is wanted

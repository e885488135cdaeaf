"""Tests of nouns naming a verb's action typed as the verb, and the verb as the noun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.action_nouns import _VERBS_OF_NOUNS, action_of_verb
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the sale of indulgences", "selling indulgences"),
        ("the death of Stalin", "Stalin dying"),
        ("the loss of the colonies", "they lost the colonies"),
        ("the growth of trade", "growing trade"),
        ("the defence of Paris", "defending Paris"),
        ("the flight of the king", "the king fled"),
        ("the destruction of Carthage", "destroying Carthage"),
        ("the abolition of slavery", "abolishing slavery"),
        ("the unification of Germany", "unifying Germany"),
        ("the occupation of the Ruhr", "occupying the Ruhr"),
        ("the admission of women", "admitting women"),
        # Nouns the rules read: an ending that changed the verb's stem.
        ("the arrival of the railway", "the railway arriving"),
        ("the denial of rights", "denying rights"),
        ("the seizure of power", "seizing power"),
        ("the acquittal of Dreyfus", "acquitting Dreyfus"),
        # Latin nouns whose verb's stem changes by rule.
        ("the expulsion of the Jesuits", "expelling the Jesuits"),
        ("the extension of the franchise", "extending the franchise"),
        ("the dissolution of the monasteries", "dissolving the monasteries"),
        ("the demolition of the Bastille", "demolishing the Bastille"),
        # And the other way: the verb answered, the noun typed.
        ("selling indulgences", "the sale of indulgences"),
    ],
)
def test_the_action_named_by_noun_or_verb_says_the_same(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What did he attack?") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("the revolution", "revolving"),  # no listed pair, and no rule's ending
        ("the position", "posing"),
        ("the tension", "tending"),  # a rule's false friends
        ("a commission", "committing"),
        ("a signal", "signing"),  # the ending keeps its stem: "signal" is its own word
        ("a feature", "feats"),
        ("the festival", "festive"),  # no verb: "festived" is no word
        ("the portal", "porting"),  # "porte" is a name
        ("the sale of indulgences", "buying indulgences"),
    ],
)
def test_words_that_only_look_alike_are_not_the_action(answer: str, typed: str) -> None:
    assert graded(answer, typed, "What did he attack?") not in RIGHT


@given(st.sampled_from(sorted(_VERBS_OF_NOUNS)), st.booleans())
def test_each_listed_noun_matches_its_verbs_forms_both_ways(noun: str, plural: bool) -> None:
    written = noun + "s" if plural and not noun.endswith("s") else noun
    for verb in _VERBS_OF_NOUNS[noun]:
        ing = (verb[:-2] + "ying") if verb.endswith("ie") else verb.removesuffix("e") + "ing"
        for form in (verb, ing):
            assert action_of_verb(written, form) or action_of_verb(
                written, form[:-3] + verb[-1] + "ing"
            )
            assert action_of_verb(form, noun) == action_of_verb(noun, form)

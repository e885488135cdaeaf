"""Answers typed as a sentence that restates the question: "He took the title of First Consul"."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.irregular_verbs import PLAIN_FORMS, plain_form, same_irregular_verb
from trainer.core.answering.verdict import Outcome

TITLE = "What title did Napoleon take after the coup of 1799?"


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # The question's own verb, in an irregular past.
        ("First Consul", "He took the title of First Consul", TITLE),
        ("the finches", "he saw the finches", "What did Darwin see on the islands?"),
        ("Emma", "she wrote Emma", "What did Jane Austen write in 1815?"),
        ("Bahia", "it went to Bahia", "Where did the Beagle go first?"),
        # Coming to be the answer, as "he was" is being it.
        ("First Consul", "He became First Consul", TITLE),
        ("First Consul", "Napoleon became First Consul", TITLE),
        ("First Consul", "became First Consul", TITLE),
    ],
)
def test_a_sentence_restating_the_question_is_right(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        # A verb the question does not ask with is a claim of its own.
        ("First Consul", "he refused the title of First Consul", TITLE),
        ("the finches", "he ate the finches", "What did Darwin see on the islands?"),
        # Someone else came to be it; or the sentence goes on to another answer.
        ("First Consul", "Sieyès became First Consul", TITLE),
        ("First Consul", "he became Second Consul", TITLE),
    ],
)
def test_another_verb_or_subject_is_not_right(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) not in (Outcome.EXACT, Outcome.TYPO)


def test_irregular_forms_read_as_their_verb() -> None:
    assert plain_form("took") == plain_form("taken") == "take"
    assert plain_form("overthrew") == "overthrow"
    assert plain_form("journalist") == "journalist"
    assert same_irregular_verb("took", frozenset({"what", "did", "take"}))
    assert same_irregular_verb("become", frozenset({"he", "became"}))
    assert not same_irregular_verb("took", frozenset({"what", "did", "give"}))
    # No form is listed as its own verb's plain form.
    assert all(form != plain for form, plain in PLAIN_FORMS.items())

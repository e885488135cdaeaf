"""Umlauts typed as ae, oe and ue (or the other way round) are the answer's own spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.umlaut_spellings import umlauts_as_written
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


@pytest.mark.parametrize(
    ("expected", "typed", "read"),
    [
        ("das Mädchen", "das Maedchen", "das Mädchen"),
        ("die Häuser", "DIE HAEUSER", "DIE Häuser"),
        ("Heinrich Brüning", "Bruening", "Brüning"),
        ("Heinrich Bruening", "Heinrich Brüning", "Heinrich Bruening"),
        ("Kurt Gödel", "kurt goedel", "kurt Gödel"),
        # A word the answer does not hold, or differs from in more than its umlauts, stays.
        ("Brüning", "Bruening Stresemann", "Brüning Stresemann"),
        ("Brüning", "Bruenning", "Bruenning"),
        ("Mädchen", "Mae", "Mae"),
        # Case alone is never changed: "co" is not "CO".
        ("CO and Köln", "co and Koeln", "co and Köln"),
        ("CO", "co", "co"),
        # An answer that writes both spellings keeps each as typed.
        ("Müller and Mueller", "Mueller and Müller", "Mueller and Müller"),
    ],
)
def test_umlauts_as_written(expected: str, typed: str, read: str) -> None:
    assert umlauts_as_written(expected, typed) == read


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("das Mädchen", "das Maedchen"), ("der Löffel", "der Loeffel"), ("Brüning", "Bruening")],
)
def test_digraphs_are_graded_as_the_answer_itself(answer: str, typed: str) -> None:
    verdict = grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy())
    assert verdict.outcome is Outcome.EXACT


_NO_UMLAUT = st.text(st.characters(blacklist_characters="äöüÄÖÜ"), max_size=30)


@given(_NO_UMLAUT, _NO_UMLAUT)
def test_without_umlauts_on_either_side_nothing_changes(expected: str, typed: str) -> None:
    assert umlauts_as_written(expected, typed) == typed


@given(st.text(max_size=30), st.text(max_size=30))
def test_reading_twice_reads_the_same(expected: str, typed: str) -> None:
    once = umlauts_as_written(expected, typed)
    assert umlauts_as_written(expected, once) == once

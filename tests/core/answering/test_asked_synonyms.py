"""Tests of nouns a question asks by, said otherwise beside the answer."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.asked_synonyms import asked_otherwise
from trainer.core.answering.verdict import Outcome


def test_another_noun_for_one_the_question_names() -> None:
    asked = {"how", "many", "states", "founded", "nato"}.__contains__
    assert asked_otherwise("countries", asked)
    assert asked_otherwise("nations", asked)
    assert not asked_otherwise("states", asked)  # the question's own word: not otherwise
    assert not asked_otherwise("cities", asked)
    assert not asked_otherwise("ships", asked)


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("twelve countries", Outcome.EXACT),
        ("12 nations", Outcome.EXACT),
        ("twelve states", Outcome.EXACT),
        ("twelve cities", Outcome.WRONG),  # other things than those asked about
        ("11 countries", Outcome.WRONG),
    ],
)
def test_a_count_of_the_things_asked_for_in_other_words_is_right(
    typed: str, wanted: Outcome
) -> None:
    assert graded("twelve", typed, "How many states founded NATO?") is wanted


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("the 1964 Tokyo Olympics", "Tokyo 1964", "Which Games were the first held in Asia?"),
        ("the Austerity Games", "the Austerity Olympics", "What were the 1948 Games called?"),
        ("the 1900 Paris Games", "the 1900 Paris Olympics", "At which Games did women compete?"),
    ],
)
def test_the_games_are_the_olympics_where_the_question_says_either(
    answer: str, typed: str, question: str
) -> None:
    assert graded(answer, typed, question) is Outcome.EXACT

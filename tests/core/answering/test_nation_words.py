"""A nation typed in the place of the answer's, which the question gives (`nation_words`)."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.nation_words import nation_replaced, nations_of, same_nation_named
from trainer.core.answering.verdict import Outcome

KPD = "The German Communist party (KPD)"
ASKED = (
    "Which party did the Soviets forbid, at the Comintern's Sixth Annual Congress, to go on "
    "voting with the German Social Democrats?"
)


@pytest.mark.parametrize(
    ("word", "nations"),
    [
        ("german", {"germany"}),
        ("germany", {"germany"}),
        ("soviet", {"soviet union", "soviet russia"}),
        ("french", {"france"}),
        ("chinese", {"china"}),
        ("swedish", {"sweden"}),
        ("dutch", {"holland", "netherlands"}),
        # Words that only look like a people's: a city, a body part, a party.
        ("kazan", set()),
        ("chin", set()),
        ("communist", set()),
    ],
)
def test_a_word_names_its_nation(word: str, nations: set[str]) -> None:
    assert nations_of(word) == nations


@pytest.mark.parametrize(
    "typed",
    ["the Soviet Communist party", "the French Communist party", "the Communist party of Austria"],
)
def test_another_nation_where_the_question_gives_the_answers_is_wrong(typed: str) -> None:
    assert graded(KPD, typed, ASKED).value == "wrong"


@pytest.mark.parametrize(
    "typed", ["the Communist party", "the German Communist party", "the Communist party of Germany"]
)
def test_the_answers_own_nation_or_none_is_right(typed: str) -> None:
    assert graded(KPD, typed, ASKED).value in ("exact", "typo")


def test_only_a_nation_left_out_is_replaced() -> None:
    assert nation_replaced(["german"], ["soviet"]) == "'soviet' instead of 'german'"
    assert nation_replaced(["german"], ["germany"]) is None
    assert nation_replaced(["party"], ["soviet"]) is None


@pytest.mark.parametrize(
    ("word", "words", "named"),
    [
        ("japanese", ["currency", "japan"], True),
        ("swiss", ["switzerland"], True),
        ("dutch", ["holland"], True),
        ("french", ["france", "germany"], True),
        ("chinese", ["japan"], False),
        ("yen", ["japan"], False),  # names no country
        ("japanese", ["currency"], False),
    ],
)
def test_a_peoples_word_names_the_country_beside_it(
    word: str, words: list[str], named: bool
) -> None:
    assert same_nation_named(word, words) is named


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # Typed beside the answer, the people's word of the question's country is its word.
        ("the yen", "the Japanese yen", "What is the currency of Japan?"),
        ("the krona", "Swedish krona", "What is the currency of Sweden?"),
        ("Portuguese", "Brazilian Portuguese", "What language is spoken in Brazil?"),
        # Left out, it is given by the question.
        ("the Swiss franc", "franc", "What is the currency of Switzerland?"),
        ("the Indian rupee", "the rupee", "What is the currency of India?"),
    ],
)
def test_the_questions_country_by_its_peoples_word_is_a_word_of_the_question(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) in (Outcome.EXACT, Outcome.TYPO)


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("the yen", "the Chinese yen", "What is the currency of Japan?"),
        ("the Swiss franc", "the French franc", "What is the currency of Switzerland?"),
        ("the yen", "the Japanese yuan", "What is the currency of Japan?"),
    ],
)
def test_another_peoples_word_is_still_another_thing(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.WRONG

"""Tests for trainer.core.answering.demonyms: a country named by its people or adjective."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.grading import graded
from trainer.core.answering.demonym_table import TABLE
from trainer.core.answering.demonyms import _words, demonyms_lined_up
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words

SPONSORED = "Which crown sponsored the voyage?"


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        ("Portugal", "the Portuguese crown", SPONSORED),  # was wrong
        ("Portugal", "Portuguese", SPONSORED),  # was close
        ("Spain", "Spanish", SPONSORED),  # was wrong: the adjective's spelling decided
        ("Spain", "the Spaniards", "Who sponsored the voyage?"),
        ("France", "the French", "Which country won?"),
        ("the French", "France", "Who lost at Trafalgar?"),
        ("the Netherlands", "the Dutch", "Which country?"),
        ("Great Britain", "the British", "Who won?"),
        ("the United States", "the Americans", "Who entered the war in 1917?"),
        ("Germany", "the German army", "Who invaded Belgium in 1914?"),
        ("Denmark", "the Danes", "Who raided England?"),
        ("Switzerland", "the Swiss", "Which country stayed neutral?"),
        ("the Roman Empire", "the Romans", "Which empire?"),
        ("the Soviet Union", "the Soviets", "Who launched Sputnik?"),
        ("Portugal and Spain", "the Spanish and the Portuguese", "Which two kingdoms?"),
        ("Portugal and Spain", "the Spanish and Portuguese crowns", "Which two kingdoms?"),
    ],
)
def test_a_people_or_adjective_answers_for_its_country(
    expected: str, typed: str, question: str
) -> None:
    assert graded(expected, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed", "question", "wanted"),
    [
        # Another country's people.
        ("Portugal", "the Spanish crown", SPONSORED, Outcome.WRONG),
        ("Denmark", "the Swedes", "Who raided England?", Outcome.WRONG),
        # Another place named after the country.
        ("the Philippines", "the Philippine Sea", "Where did it sink?", Outcome.CLOSE),
        ("England", "the English Channel", "Which country?", Outcome.WRONG),
        ("Spain", "the Spanish Armada", "Which power?", Outcome.WRONG),
        # A language or a nationality is asked: the country is no answer, as before.
        ("German", "Germany", "What language did Kafka write in?", Outcome.CLOSE),
        ("German", "Germany", "What nationality was Handel?", Outcome.CLOSE),
        # A city, not a state, asked: the adjective alone is not the city.
        ("Rome", "Roman", "Which city?", Outcome.CLOSE),
        # A part of a land before a people makes it another's.
        ("the United States", "the South Americans", "Who?", Outcome.WRONG),
        ("Germany", "the East Germans", "Which country?", Outcome.WRONG),
        # A country's other names stay `country_names`' to judge.
        ("the Soviet Union", "Russia", "Which country?", Outcome.WRONG),
    ],
)
def test_a_people_stands_for_no_other_country_place_or_word(
    expected: str, typed: str, question: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, question) is wanted


def test_the_question_asking_for_the_word_keeps_them_apart() -> None:
    asked = frozenset({"what", "language", "is", "spoken"})
    assert demonyms_lined_up(["france"], ["french"], asked, asked.__contains__) == (
        ["france"],
        ["french"],
    )


def _countries_and_adjectives() -> list[tuple[str, str]]:
    pairs = []
    for line in TABLE.strip().splitlines():
        names, adjectives, _ = (part.strip() for part in line.split("/"))
        name = names.split(",")[0].strip()
        pairs += [(name, adjective.strip()) for adjective in adjectives.split(",")]
    return [(name, adjective) for name, adjective in pairs if name != adjective]


@given(st.sampled_from(_countries_and_adjectives()))
def test_every_country_is_answered_by_its_crown_and_by_its_people(
    pair: tuple[str, str],
) -> None:
    country, adjective = pair
    assert graded(country, f"the {adjective} crown", SPONSORED) is Outcome.EXACT
    assert graded(country, f"the {adjective} government", "Who signed it?") is Outcome.EXACT


def test_the_table_is_read_as_grading_reads_words() -> None:
    """The table's names are folded, not read by `answer_words`: the same words."""
    for line in TABLE.strip().splitlines():
        for name in line.replace("/", ",").split(","):
            words = answer_words(name)
            if name.strip():
                assert _words(name) == (words[1:] if words[:1] == ("the",) else words), name

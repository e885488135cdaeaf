"""Tests of words written short or qualified, read in full before grading compares them."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.normalise import fold
from trainer.core.answering.short_forms import short_forms_spelled_out
from trainer.core.answering.verdict import Outcome
from trainer.core.answering.words import answer_words


@pytest.mark.parametrize(
    ("words", "read"),
    [
        (["st", "helena"], ["saint", "helena"]),
        (["baker", "st"], ["baker", "street"]),
        (["8", "ft"], ["8", "ft"]),
        (["gen", "macarthur"], ["general", "macarthur"]),
        (["243", "earth", "days"], ["243", "days"]),
        (["58.6", "earth", "years"], ["58.6", "years"]),
        # "Earth" elsewhere is the planet.
        (["the", "earth", "days"], ["the", "earth", "days"]),
        (["3", "earth", "masses"], ["3", "earth", "masses"]),
        (["bell", "labs"], ["bell", "laboratories"]),
        (["justice", "dept"], ["justice", "department"]),
    ],
)
def test_short_forms_and_earths_time_are_read_in_full(words: list[str], read: list[str]) -> None:
    assert short_forms_spelled_out(words) == read


def test_answer_words_read_them_so() -> None:
    assert answer_words("about fifty-nine Earth days") == ("about", "59", "days")


@pytest.mark.parametrize(
    ("typed", "right"),
    [("59 days", True), ("58.6 days", True), ("1416 hours", True), ("88 days", False)],
)
def test_a_length_in_earth_days_is_one_in_days(typed: str, right: bool) -> None:
    outcome = graded("about 59 Earth days", typed, "How long is a day on Mercury?")
    assert (outcome in (Outcome.EXACT, Outcome.TYPO)) is right, outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("General Douglas MacArthur", "Gen. Douglas MacArthur"),
        ("General Douglas MacArthur", "Gen Douglas MacArthur"),
        ("Lieutenant Colonel George Custer", "Lt. Col. George Custer"),
        ("Admiral Horatio Nelson", "Adm. Horatio Nelson"),
        ("Governor Earl Warren", "Gov. Earl Warren"),
    ],
)
def test_short_forms_of_ranks_and_offices_are_the_words(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was it?") in (Outcome.EXACT, Outcome.TYPO)
    assert answer_words(typed)[0] == fold(answer.split()[0])


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # "Bell Laboratories" was wrong: "'laboratories' instead of 'labs'".
        ("Bell Labs", "Bell Laboratories"),
        ("Bell Laboratories", "Bell Labs"),
        ("Warner Bros.", "Warner Brothers"),
        ("the Justice Department", "the Justice Dept."),
    ],
)
def test_an_institutions_word_is_right_short_or_in_full(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Where was C created?") is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        # "Wall St Crash" was close: "'saint' instead of 'street'".
        ("the Wall Street Crash", "Wall St Crash"),
        ("the Wall Street Crash", "Wall St. Crash"),
        # After a place's kind or a function word, "St" is still a saint.
        ("Fort Saint George", "Fort St George"),
        ("Mount Saint Helens", "Mt St Helens"),
        ("the Cathedral of Saint Paul", "the Cathedral of St Paul"),
        ("Saint Petersburg", "St Petersburg"),
        # Before a name, after a name too, it is a saint.
        ("Yves St Laurent", "Yves Saint Laurent"),
        ("Bury St Edmunds", "Bury Saint Edmunds"),
        ("Henry St John", "Henry Saint John"),
    ],
)
def test_st_after_a_name_is_a_street_and_before_one_a_saint(expected: str, typed: str) -> None:
    assert graded(expected, typed, "What was it?") is Outcome.EXACT

"""Dates inside text answers: found in any writing, compared as dates, months as content."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.dates_in_text import (
    find_dates,
    line_up_dates,
    misremembered_year,
    month_number,
    same_month_or_day,
)
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str, kind: AnswerType = AnswerType.TEXT) -> Outcome:
    return grade(Answer(kind, answer), typed, policy=POLICY).outcome


@pytest.mark.parametrize(
    ("word", "month"),
    [("may", 5), ("sept", 9), ("febuary", 2), ("setpember", 9), ("mya", 5), ("octobre", 10)],
)
def test_month_names_abbreviations_and_slips_are_read(word: str, month: int) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize("word", ["match", "jane", "ma", "mayor", "1796"])
def test_common_words_and_numbers_are_no_months(word: str) -> None:
    assert month_number(word) is None


@pytest.mark.parametrize(
    "typed",
    ["14 May 1796", "May 14, 1796", "1796-05-14", "14/5/1796", "the fourteenth of May 1796"],
)
def test_every_writing_of_a_date_finds_the_same_date(typed: str) -> None:
    (span,) = find_dates(answer_words(typed))
    assert span.token == "1796-05-14"


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("14 May 1796", "1796-05-14", Outcome.EXACT),
        ("on 2 March 1836", "on March 2nd, 1836", Outcome.EXACT),
        ("14 May 1796", "14 Mya 1796", Outcome.TYPO),
        ("14 May 1796", "14 June 1796", Outcome.WRONG),
        ("14 May 1796", "14 1796", Outcome.CLOSE),
        ("14 May 1796", "1796", Outcome.WRONG),
        ("in April 1912", "in May 1912", Outcome.WRONG),
        ("in April 1912", "15 April 1912", Outcome.EXACT),
    ],
)
def test_a_date_in_a_text_answer_is_graded_as_a_date(
    answer: str, typed: str, outcome: Outcome
) -> None:
    assert judge(answer, typed) is outcome


def test_a_month_typo_in_a_date_answer_is_a_slip() -> None:
    assert judge("14 October 1066", "14 Ocotber 1066", AnswerType.DATE) is Outcome.TYPO
    assert judge("14 October 1066", "14 Octopus 1066", AnswerType.DATE) is Outcome.WRONG


def test_without_a_date_in_the_answer_nothing_changes() -> None:
    assert line_up_dates(("pump",), ("a", "pump")) == (["pump"], ["a", "pump"], None)


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_a_text_answer_holding_a_date_accepts_that_date_only(want: dt.date, typed: dt.date) -> None:
    answer = f"on {want.day} {want:%B} {want.year}"
    right = grade(Answer(AnswerType.TEXT, answer), want.isoformat(), policy=POLICY).correct
    assert right
    other = grade(
        Answer(AnswerType.TEXT, answer), f"{typed:%B} {typed.day}, {typed.year}", policy=POLICY
    )
    assert other.correct == (typed == want)


def test_a_month_may_be_abbreviated_in_a_text_answer() -> None:
    day = Answer(AnswerType.TEXT, "1 April")
    assert grade(day, "1 Apr", policy=Policy()).outcome is Outcome.EXACT
    assert grade(day, "Apr 1", policy=Policy()).outcome is Outcome.EXACT
    assert not grade(day, "1 Aug", policy=Policy()).correct


@pytest.mark.parametrize(
    ("expected", "typed", "same"),
    [
        ("april", "apr", True),
        ("sept", "september", True),
        ("monday", "mon", True),
        ("tuesday", "tues", True),
        ("sunday", "sun", True),  # typed for the day
        ("mon", "monday", True),
        ("sun", "sunday", False),  # the answer "the sun" is no day
        ("sat", "saturday", False),
        ("monday", "sunday", False),
        ("may", "mon", False),  # a month is never a day
        ("march", "mar", True),
    ],
)
def test_a_month_or_a_weekday_is_the_same_by_its_name_or_abbreviation(
    expected: str, typed: str, same: bool
) -> None:
    assert same_month_or_day(expected, typed) is same


@pytest.mark.parametrize(
    ("expected", "typed", "right"),
    [
        ("Monday to Friday", "Mon-Fri", True),
        ("on Tuesday", "on Tues", True),
        ("the sun", "the sunday", False),
        ("Monday", "Sunday", False),
    ],
)
def test_a_weekday_may_be_abbreviated(expected: str, typed: str, right: bool) -> None:
    verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy())
    assert verdict.correct is right


# --- a day and a month --------------------------------------------------------------


def _verdict(answer: str, typed: str, question: str = "On what day was it?") -> tuple[str, str]:
    found = grade(Answer(AnswerType.TEXT, answer), typed, policy=POLICY, question=question)
    return found.outcome.name, found.rule


@pytest.mark.parametrize(
    ("answer", "typed", "outcome", "rule"),
    [
        # The day asked, typed with its year: more than asked, not less.
        ("16 June", "16 June 1933", "EXACT", "exact"),
        ("16 June", "June 16, 1933", "EXACT", "exact"),
        ("the 16th of June", "16 June", "EXACT", "exact"),
        # In numbers, a number over 12 is the day, else the day comes first.
        ("16 June", "16/6", "EXACT", "exact"),
        ("17 June", "6/17", "EXACT", "exact"),
        ("16 June", "16/06/1933", "EXACT", "exact"),
        ("16 June", "17/6", "WRONG", "a different day"),
        ("16 June", "17 June 1933", "WRONG", "a different day"),
        ("16 June", "16 July", "WRONG", "a different day"),
        ("16 June and 17 July", "16 June", "WRONG", "'17 july' is missing"),
        # A full date asked, its day and month typed: near, as a month and year is.
        ("16 June 1933", "16 June", "CLOSE", "the year is left out"),
        ("16 June 1933", "June 16th", "CLOSE", "the year is left out"),
        ("16 June 1933", "17 June", "WRONG", "the date is not given in full"),
    ],
)
def test_a_day_and_month_and_a_full_date_answer_each_other(
    answer: str, typed: str, outcome: str, rule: str
) -> None:
    assert _verdict(answer, typed) == (outcome, rule)


def test_a_year_the_question_names_must_be_the_one_typed() -> None:
    question = "On what day of 1933 was the law passed?"
    assert _verdict("16 June", "16 June 1933", question)[0] == "EXACT"
    assert _verdict("16 June", "16 June 1934", question) == (
        "WRONG",
        "another year than the question or its source gives",
    )


def test_so_must_a_year_the_excerpt_names() -> None:
    excerpt = "On 16 June 1933 Hugenberg sent his memorandum to the conference."
    answer = Answer(AnswerType.TEXT, "16 June")

    def outcome(typed: str, context: str = excerpt) -> Outcome:
        return grade(answer, typed, policy=POLICY, question="On what day?", context=context).outcome

    assert outcome("16 June 1933") is Outcome.EXACT
    assert outcome("16 June 1934") is Outcome.WRONG
    # An excerpt that dates nothing leaves the year typed unchecked.
    assert outcome("16 June 1934", "Hugenberg sent his memorandum.") is Outcome.EXACT


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.booleans())
def test_any_date_typed_with_the_days_month_and_day_is_right(day: dt.date, us: bool) -> None:
    answer = f"{day.day} {day:%B}"
    typed = f"{day:%B} {day.day}, {day.year}" if us else f"{day.day} {day:%B} {day.year}"
    assert judge(answer, typed) is Outcome.EXACT


def _outcome(answer: str, typed: str, question: str = "When did the Berlin Wall fall?") -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize("typed", ["03/1989", "3/1989", "1989-03", "March 1989"])
def test_a_month_typed_in_numbers_alone_is_that_month(typed: str) -> None:
    # "03/1989" was "the date is not given in full" for the answer "March 1989".
    assert _outcome("March 1989", typed, "When did Berners-Lee propose the Web?") is Outcome.EXACT


def test_two_numbers_among_other_words_are_no_month() -> None:
    assert _outcome("March 1989", "13/1989") is Outcome.WRONG
    assert _outcome("in 1989 3 people", "3 1989") is not Outcome.EXACT


@pytest.mark.parametrize(
    "typed", ["the night of 9 November 1989", "on the evening of 9 November 1989"]
)
def test_a_time_of_the_day_said_of_the_date_is_the_date(typed: str) -> None:
    assert _outcome("9 November 1989", typed) is Outcome.EXACT


@pytest.mark.parametrize("typed", ["the eve of 9 November 1989", "the night of 10 November 1989"])
def test_the_eve_of_the_date_or_another_night_is_not(typed: str) -> None:
    # "the eve of" was "extra words ignored": the day before.
    assert _outcome("9 November 1989", typed) is not Outcome.EXACT


@pytest.mark.parametrize(
    ("typed", "named", "found"),
    [
        (["1067"], ["1066"], ("1067", "1066")),
        (["1915"], ["1815", "1700"], ("1915", "1815")),  # a digit away: the century slipped
        (["1606"], ["1066"], ("1606", "1066")),  # two digits swapped: a slip of the hand
        (["1066"], ["1066"], None),
        (["1769"], ["1815"], None),  # too far to be a memory of 1815: another event
        (["1067"], [], None),
    ],
)
def test_a_year_misremembered_is_one_near_a_named_year(
    typed: list[str], named: list[str], found: tuple[str, str] | None
) -> None:
    assert misremembered_year(typed, named) == found

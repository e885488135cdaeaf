"""Spans of time and quantity: read however written, graded end by end and in order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import grade
from trainer.core.answering.spans import read_span, spans_swapped
from trainer.core.card_frames import ENGLISH
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
QUESTION = "When did it happen?"


def correct(expected: str, typed: str, question: str = QUESTION) -> bool:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=POLICY, question=question).correct


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("between June and August", ("June", "August")),
        ("from 1921 to 1923", ("1921", "1923")),
        ("1923-25", ("1923", "1925")),
        ("1998–02", ("1998", "2002")),
        ("12 March to 3 April 1926", ("12 March 1926", "3 April 1926")),
        ("from 10 to 12 March", ("10 March", "12 March")),
        ("490 to 479 BC", ("490 BC", "479 BC")),
        ("May to July 1926", ("May 1926", "July 1926")),
        ("Monday through Friday", ("Monday", "Friday")),
        ("mid-March to early April", ("mid-March", "early April")),
        ("the 1920s to the 1930s", ("the 1920s", "the 1930s")),
        ("1880s-1920s", ("1880s", "1920s")),  # the digits run on: no unit's power
        ("9am-5pm", ("9am", "5pm")),
        ("20 to 30 fathoms", ("20 fathoms", "30 fathoms")),
        ("between 20% and 25%", ("20%", "25%")),
        ("2.5-3.5 kg", ("2.5 kg", "3.5 kg")),
        ("two to three hours", ("two hours", "three hours")),  # the number in words
        ("-5 to 5 degrees", ("-5 degrees", "5 degrees")),
        ("£20 to £30", ("£20", "£30")),
        ("1-2 million", ("1 million", "2 million")),  # the scale said once
        ("1 million to 2 million", ("1 million", "2 million")),
    ],
)
def test_a_span_is_read_as_its_two_whole_ends(text: str, ends: tuple[str, str]) -> None:
    assert read_span(text) == ends


@pytest.mark.parametrize(
    "text",
    [
        "1926-03-12",  # a date, not a span
        "20 to 30 or more fathoms",
        "1-2-3",  # a sequence
        "2 mol dm^-3",  # a unit's power
        "9.8 m s-2",
        "0.5 mol L-1",
        "20 fathoms to 30",
        "from London to Paris",
        "June and August",  # two months, not the months between
        "May to July or August",
        "not from May to July",
        "the march to the sea",
        "1921",
    ],
)
def test_what_is_no_span_is_not_read_as_one(text: str) -> None:
    assert read_span(text) is None


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("between June and August", "from june to august"),
        ("between June and August", "June to August"),
        ("between June and August", "June-August"),
        ("between June and August", "June through August"),
        ("between June and August", "from June until August"),
        ("from May to July", "between May and July"),
        ("between 1923 and 1925", "from 1923 to 1925"),
        ("between 1923 and 1925", "1923-1925"),
        ("between 1923 and 1925", "1923–25"),
        ("1923-1929", "from 1923 until 1929"),
        ("from 12 March to 3 April 1926", "between 12 March and 3 April 1926"),
        ("from 12 March to 3 April 1926", "12 March 1926 to 3 April 1926"),
        ("490 to 479 BC", "from 490 BC to 479 BC"),
        ("Monday to Friday", "between Monday and Friday"),
        ("between June and August", "from June to Agust"),  # a slip in one end
        ("between 20 and 25 per cent", "20-25%"),
        ("between 20 and 25 per cent", "from 20% to 25%"),
        ("20 to 30 fathoms", "between 20 and 30 fathoms"),
        ("2-3 hours", "two to three hours"),
        ("9 to 5", "9am to 5pm"),
        ("from the 1880s to the 1920s", "1880s-1920s"),
        ("1-2 million", "one to two million"),
        ("20-30 thousand people", "20,000 to 30,000 people"),
    ],
)
def test_the_same_span_written_another_way_is_right(expected: str, typed: str) -> None:
    assert correct(expected, typed)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("between June and August", "August to June"),
        ("from May to July", "July to May"),
        ("from 1921 to 1923", "1923 to 1921"),
        ("1923-1929", "1929-1923"),
        ("between June and August", "between July and August"),
        ("between June and August", "from June to September"),
        ("from 12 March to 3 April 1926", "12 March to 4 April 1926"),
        ("from 12 March to 3 April 1926", "3 April to 12 March 1926"),
        ("490 to 479 BC", "490 to 479 AD"),
        ("between 1923 and 1925", "1923-26"),
        ("from May to July", "May to July or August"),
        ("from May to July", "not from May to July"),
        ("between 20 and 25 per cent", "25 to 20 per cent"),
        ("between 20 and 25 per cent", "20 to 30 per cent"),
        ("3-1", "1-3"),  # a score the other way round
        ("2-3 hours", "2 to 4 hours"),
        ("from the 1880s to the 1920s", "1920s-1880s"),
    ],
)
def test_another_span_or_its_ends_swapped_is_wrong(expected: str, typed: str) -> None:
    assert not correct(expected, typed)


def test_a_swapped_span_is_named_as_one() -> None:
    assert spans_swapped("from May to July", "July to May")
    assert not spans_swapped("from May to July", "May to July")
    assert not spans_swapped("May to May", "May to May")
    verdict = grade(Answer(AnswerType.TEXT, "from 1921 to 1923"), "1923-1921", policy=POLICY)
    assert verdict.rule == "its two ends swapped: another span"
    assert spans_swapped("from the 1880s to the 1920s", "1920s-1880s")  # articles aside


_OPENINGS = st.sampled_from([("from ", " to "), ("between ", " and "), ("", "-"), ("", " until ")])
_YEARS = st.integers(min_value=1000, max_value=2100)
_MONTHS = st.sampled_from(ENGLISH.months)


@given(_YEARS, _YEARS, _OPENINGS, _OPENINGS)
def test_any_writing_of_a_span_of_years_is_right_and_swapped_is_wrong(
    first: int, last: int, written: tuple[str, str], typed: tuple[str, str]
) -> None:
    expected = f"{written[0]}{first}{written[1]}{last}"
    assert correct(expected, f"{typed[0]}{first}{typed[1]}{last}")
    if first != last:
        assert not correct(expected, f"{typed[0]}{last}{typed[1]}{first}")


@given(_MONTHS, _MONTHS, _MONTHS, _OPENINGS, _OPENINGS)
def test_a_span_of_months_is_right_only_with_both_its_months(
    first: str, last: str, other: str, written: tuple[str, str], typed: tuple[str, str]
) -> None:
    expected = f"{written[0]}{first}{written[1]}{last}"
    assert correct(expected, f"{typed[0]}{first.lower()}{typed[1]}{last.upper()}")
    if other not in (first, last):
        assert not correct(expected, f"{typed[0]}{other}{typed[1]}{last}")
        assert not correct(expected, f"{typed[0]}{first}{typed[1]}{other}")

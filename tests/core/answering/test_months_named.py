"""Tests for trainer.core.answering.months_named: a month named for another is wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.months_named import other_month
from trainer.core.card_frames import ENGLISH
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy


def verdict(answer: str, typed: str, question: str = "When?") -> Outcome:
    return grade(Answer(AnswerType.TEXT, answer), typed, policy=Policy(), question=question).outcome


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A date whose year is not read as a date's: before Christ.
        ("15 March 44 BC", "15 May 44 BC"),
        ("15 March 44 BC", "15 Sept 44 BC"),
        # A month alone, or with words of time.
        ("in March", "in May"),
        ("in March", "in june"),
        ("March", "may"),
        ("early August", "early September"),
        ("the end of October", "the end of November"),
        # Other languages' months beside a number.
        ("15 mars", "15 mai"),
    ],
)
def test_another_month_is_wrong(answer: str, typed: str) -> None:
    assert verdict(answer, typed) is Outcome.WRONG


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("15 March 44 BC", "15 March 44 BC"),
        ("15 March 44 BC", "15 Mar 44 BC"),
        ("15 March 44 BC", "the Ides of March, 44 BC"),
        ("in March", "in march"),
        # Month words that are no months here: "may" a verb, "march" a walk.
        ("in March", "it may have been in March"),
        ("the March on Rome", "the march on Rome"),
    ],
)
def test_the_same_month_or_a_word_that_is_no_month_is_not_another_month(
    answer: str, typed: str
) -> None:
    assert verdict(answer, typed) is not Outcome.WRONG


@pytest.mark.parametrize(
    ("want", "got", "found"),
    [
        (["in", "march"], ["in", "may"], "'may' is another month than 'march'"),
        (["15", "march", "44", "bc"], ["15", "may", "44", "bc"], "'may' is another month"),
        # "may" and "march" beside no number and after no word of time: no months.
        (["in", "march"], ["it", "may", "be"], None),
        (["a", "march", "to", "rome"], ["in", "may"], None),
        # "Mars" the planet, "Jan" a painter.
        (["mars"], ["venus"], None),
        (["jan", "van", "eyck"], ["in", "may"], None),
        # An answer naming no month: nothing to compare.
        (["rome"], ["in", "may"], None),
    ],
)
def test_other_month(want: list[str], got: list[str], found: str | None) -> None:
    reason = other_month(want, got)
    assert reason == found or (
        found is not None and reason is not None and reason.startswith(found)
    )


MONTHS = [name.casefold() for name in ENGLISH.months]


@given(st.sampled_from(MONTHS), st.sampled_from(MONTHS), st.integers(1, 28))
def test_a_day_of_another_month_before_christ_is_never_right(
    wanted: str, typed: str, day: int
) -> None:
    outcome = verdict(f"{day} {wanted.title()} 44 BC", f"{day} {typed} 44 BC")
    assert (outcome is Outcome.WRONG) == (wanted != typed)


def test_a_month_the_question_names_may_be_said_again() -> None:
    question = "What began in March 1917?"
    typed = "the February Revolution, in March 1917"
    assert verdict("the February Revolution", typed, question) is not Outcome.WRONG
    assert verdict("the February Revolution", "the June Revolution", question) is Outcome.WRONG

"""Year answers: the one year typed, or a date's, near or far from the answer's."""

from __future__ import annotations

from trainer.core.answering.grading import Outcome, grade
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def outcome(answer: Answer, typed: str) -> Outcome:
    return grade(answer, typed, policy=POLICY).outcome


def year(value: str, tolerance: float = 0) -> Answer:
    return Answer(AnswerType.YEAR, value, tolerance=tolerance)


def test_years() -> None:
    assert outcome(year("1926"), "1926") is Outcome.EXACT
    assert outcome(year("1926"), "in 1926.") is Outcome.EXACT
    assert outcome(year("1926"), "March 1926") is Outcome.EXACT
    assert outcome(year("1926"), "1927") is Outcome.CLOSE
    assert outcome(year("1926", tolerance=1), "1927") is Outcome.TYPO
    assert outcome(year("1926", tolerance=1), "1928") is Outcome.CLOSE
    assert outcome(year("1926"), "1936") is Outcome.WRONG
    assert outcome(year("44 BC"), "44 bc") is Outcome.EXACT
    assert outcome(year("44 BC"), "44") is Outcome.WRONG


def test_a_year_by_its_last_two_digits_is_one_of_the_answers_century() -> None:
    verdict = grade(year("1927"), "'27", policy=POLICY)
    assert verdict.outcome is Outcome.TYPO and verdict.rule == "'27' read as 1927"
    assert outcome(year("1927"), "’27") is Outcome.TYPO
    assert outcome(year("1927"), "'28") is Outcome.CLOSE
    assert outcome(year("1927"), "27") is Outcome.WRONG  # no apostrophe: the year 27
    assert outcome(year("44 BC"), "'44") is Outcome.WRONG


def test_a_typed_answer_that_is_not_a_year() -> None:
    verdict = grade(year("1926"), "the twenties", policy=POLICY)
    assert verdict.outcome is Outcome.WRONG and verdict.note == "not a year"
    assert outcome(year("1926"), "1926 or 1927") is Outcome.WRONG


def test_a_year_before_christ_in_any_writing_of_its_era() -> None:
    for typed in ("44 BC", "44 BCE", "44 B.C.", "-44", "−44", "in 44 BC"):
        assert outcome(year("44 BC"), typed) is Outcome.EXACT, typed
    # A day or a month of that year names it, as "March 1926" names 1926.
    for typed in ("15 March 44 BC", "March 44 BC", "the Ides of March, 44 BC"):
        assert outcome(year("44 BC"), typed) is Outcome.EXACT, typed
    assert outcome(year("44 BC"), "45 BC") is Outcome.CLOSE


def test_the_era_before_christ_is_never_understood() -> None:
    for typed in ("44", "44 AD", "AD 44"):
        verdict = grade(year("44 BC"), typed, policy=POLICY)
        assert verdict.outcome is Outcome.WRONG, typed
        assert verdict.rule == "44 is AD 44, not 44 BC"
    assert outcome(year("44 BC"), "maybe 44 BC") is Outcome.WRONG
    assert outcome(year("44 BC"), "44 or 45 BC") is Outcome.WRONG
    assert outcome(year("1926"), "-1926") is Outcome.WRONG
    assert outcome(year("AD 9"), "9") is Outcome.EXACT  # our era goes without saying


def test_an_era_in_words_is_the_era() -> None:
    assert outcome(year("44 BC"), "44 before Christ") is Outcome.EXACT
    assert outcome(year("800"), "800 anno Domini") is Outcome.EXACT
    assert outcome(year("44 BC"), "44 before the common era") is Outcome.EXACT
    assert outcome(year("1926"), "before 1926") is Outcome.WRONG  # a bound, not an era

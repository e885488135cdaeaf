"""A typed year or date graded against the answer's: how far off, within what tolerance.

A year is read however written ("1926", "'26" for a year of the answer's century, "AD
9", "44 BC"), never out of words that bound or deny it ("before 1614"); a period that
holds it ("the 1920s") is near but no year. Asked "In about what year …?", a year within
`NEAR_YEARS` of the answer is near enough: the question does not claim the exact year.
A date less precise than the answer's is never right; one more precise is compared at
the answer's precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.date_parsing import (
    era_sign,
    month_first_reading,
    parse_date,
    parse_year,
    why_no_date,
)
from trainer.core.answering.dates_in_text import YEAR_LEFT_OUT, find_days_and_months, misspelt_month
from trainer.core.answering.number_claims import qualifier_problem
from trainer.core.answering.number_grading import closeness, numeric_verdict
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.answering.words import answer_words
from trainer.core.answering.year_periods import period_verdict
from trainer.core.partial_dates import PartialDate, Precision
from trainer.core.scheduling.policy import Policy

# How far off a wrong year or date may be and still count as close (similarity falls
# linearly to 0 at this distance): a decade, a year of months, a month of days.
CLOSE_SCALE = {Precision.YEAR: 10, Precision.MONTH: 12, Precision.DAY: 31}
# A year written by its last two digits after an apostrophe: "'27".
_CLIPPED_YEAR = re.compile(r"['’‘](\d{2})")
_CENTURY = 100
# How many years from the answer a year may be where the question asks for it as
# approximate ("In about what year …?", "Around when …?").
NEAR_YEARS = 2
# What a question asks a year with, after its approximator: "about what year", "roughly
# when", "around which year"; or a cloze's blank, "first performed about [year]".
_ASKING_YEAR = (("what", "year"), ("which", "year"), ("when",), ("what", "date"), ("year",))


def asks_approximate_year(question_words: Sequence[str]) -> bool:
    """Whether a question asks for a year as approximate: an approximator right before
    "what year", "which year" or "when" ("In about what year was Hamlet first played?"),
    or before a cloze's blank for a year ("first performed about [year]")."""
    for k, word in enumerate(question_words):
        if word in APPROXIMATORS and any(
            tuple(question_words[k + 1 : k + 1 + len(asking)]) == asking for asking in _ASKING_YEAR
        ):
            return True
    return False


# Words that bound a year rather than name it: "before 1614" is not 1614.
_YEAR_BOUNDS = frozenset({"before", "after", "until", "till", "since", "by", "prior", "later"})


def grade_year(
    accepted: str,
    typed: str,
    tolerance: float,
    expected: str,
    policy: Policy,
    question_words: Sequence[str] = (),
) -> Verdict | None:
    """The verdict on `typed` for the year `accepted`; None where `accepted` is no year."""
    if (want := parse_year(accepted)) is None:
        return None
    if (period := period_verdict(typed, want, accepted, expected)) is not None:
        return period  # "the 5th century BC" for 490 BC: near, but no year
    got = parse_year(typed)
    if got is None and (value := parse_number(typed)) is not None and value.denominator == 1:
        # "1,000", "10^3": a whole number written as numbers are; but a number read out
        # of words that deny, bound or hedge it ("not 1614", "before 1614") is no year.
        qualified = qualifier_problem(answer_words(accepted), answer_words(typed))
        bound = next((w for w in answer_words(typed) if w in _YEAR_BOUNDS), None)
        if qualified is None and bound is not None and bound not in answer_words(accepted):
            qualified = f"'{bound}' makes it another claim than the year"
        if qualified is not None:
            return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=qualified)
        got = int(value) * era_sign(typed)
    # "'27" is a year of the answer's century: 1927 for 1926, a slip at best, since the
    # century is taken on trust.
    clipped = _CLIPPED_YEAR.fullmatch(typed.strip())
    if clipped is not None and want >= _CENTURY:
        got = want - want % _CENTURY + int(clipped.group(1))
    if got is None or want < 0 < got == -want:  # "44" for 44 BC: BC is never understood
        rule = "not a year" if got is None else f"{got} is AD {got}, not {got} BC"
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, note=rule, rule=rule)
    distance = Fraction(abs(got - want))
    allowed = Fraction(str(tolerance))
    if asks_approximate_year(question_words):
        allowed = max(allowed, Fraction(NEAR_YEARS))
    similarity = closeness(distance, CLOSE_SCALE[Precision.YEAR] + allowed)
    verdict = numeric_verdict(distance, allowed, similarity, accepted, expected, policy, "year")
    if clipped is not None and verdict.outcome is Outcome.EXACT:
        read = f"'{clipped.group(1)}' read as {got}"
        return Verdict(Outcome.TYPO, 1.0, accepted, expected, rule=read)
    return verdict


def grade_date(
    accepted: str,
    typed: str,
    tolerance: float,
    expected: str,
    policy: Policy,
    question_words: Sequence[str] = (),
) -> Verdict | None:
    """The verdict on `typed` for the date `accepted`; None where `accepted` is no date."""
    if (want := parse_date(accepted)) is None:
        return None
    got = parse_date(typed)
    if got is None and (in_full := _short_year_in_full(typed, want.year)) is not None:
        # "6/6/44" for 6 June 1944: a year written short, read in the answer's century.
        verdict = grade_date(accepted, in_full, tolerance, expected, policy, question_words)
        if verdict is not None and verdict.correct:
            short = typed.rstrip()[-2:]
            return replace(verdict, rule=f"{verdict.rule}; '{short}' read as {want.year}")
        return verdict
    if got is None:
        dated = _day_and_month_alone(typed, want, accepted, expected, question_words)
        if dated is not None:
            return dated
        note = why_no_date(typed, want)
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, note=note, rule=note)
    if got.precision < want.precision:
        # Less precise than the answer ("September 1928" for 1 September 1928) is never
        # right; its similarity is its closeness scaled by the share of precision given,
        # so the right month for a day is close and the right year alone is not.
        distance = Fraction(abs(got.units(got.precision) - want.units(got.precision)))
        near = closeness(distance, Fraction(CLOSE_SCALE[got.precision]))
        similarity = near * got.precision / want.precision
        outcome = Outcome.CLOSE if similarity >= policy.close_similarity else Outcome.WRONG
        note = "not precise enough"
        return Verdict(outcome, similarity, accepted, expected, note=note, rule=note)
    verdict = _compared(got, want, tolerance, accepted, expected, policy)
    if not verdict.correct and (month_first := month_first_reading(typed)) is not None:
        # "7/4/1776" for 4 July 1776: read day first it is 7 April, but the learner's
        # locale is unknown, and America writes the month first.
        other = _compared(month_first, want, tolerance, accepted, expected, policy)
        if other.correct:
            return replace(other, rule=f"{other.rule}; read month first")
    month = misspelt_month(answer_words(typed))
    if month is not None and verdict.outcome is Outcome.EXACT:
        return replace(verdict, outcome=Outcome.TYPO, rule=f"'{month}' read as a month")
    return verdict


def _compared(
    got: PartialDate,
    want: PartialDate,
    tolerance: float,
    accepted: str,
    expected: str,
    policy: Policy,
) -> Verdict:
    """`got`, at least as precise as `want`, compared at the answer's precision: extra
    detail is ignored."""
    distance = Fraction(abs(got.units(want.precision) - want.units(want.precision)))
    allowed = Fraction(str(tolerance))
    similarity = closeness(distance, CLOSE_SCALE[want.precision] + allowed)
    unit = want.precision.name.lower()
    return numeric_verdict(distance, allowed, similarity, accepted, expected, policy, unit)


# A date that ends in a year of two digits: "6/6/44", "6.6.44", "6 June 44".
_SHORT_YEAR_END = re.compile(r"(?<=[\s/.\-])(\d{2})\s*$")


def _short_year_in_full(typed: str, year: int) -> str | None:
    """`typed` with its last two digits, a year written short, as the year of the
    answer's century they end ("44" → 1944 for 1944, "45" → 1945); None where they
    end no date."""
    found = _SHORT_YEAR_END.search(typed)
    if found is None or year < 100 or not any(c.isdecimal() for c in typed[: found.start()]):
        return None  # "October 29": a day, with no day before it to make 29 a year
    in_full = f"{typed[: found.start()]}{year - year % 100 + int(found.group(1))}"
    return in_full if parse_date(in_full) is not None else None


def _day_and_month_alone(
    typed: str, want: PartialDate, accepted: str, expected: str, question_words: Sequence[str]
) -> Verdict | None:
    """The verdict on a day and month typed without a year ("29 October", "Oct 29th")
    for a full date: right where the question names the answer's year ("When in 1929
    …?"), else close, the year left out, as a date written in a text answer is; wrong
    where they are another day. None where `typed` is no day and month alone."""
    if want.precision is not Precision.DAY:
        return None
    words = [word for word in answer_words(typed) if word not in FUNCTION_WORDS]
    spans = find_days_and_months(words)
    if len(spans) != 1 or (spans[0].start, spans[0].end) != (0, len(words)):
        return None
    span = spans[0]
    if (span.month, span.day) == (want.month, want.day) and str(want.year) in question_words:
        return Verdict(
            Outcome.EXACT, 1.0, accepted, expected, rule="the year given by the question"
        )
    if (span.month, span.day) == (want.month, want.day):
        similarity = Fraction(2, 3)  # two of the date's three parts
        return Verdict(Outcome.CLOSE, float(similarity), accepted, expected, rule=YEAR_LEFT_OUT)
    return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule="a different day")

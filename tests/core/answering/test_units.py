"""Units of measure: another unit of the same kind is another answer; spellings of one unit
are the same answer; units of other kinds, and no unit, change nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.unit_table import KINDS
from trainer.core.answering.units import same_units, unit_problem, units_in
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judged(expected: str, typed: str, question: str = "How much?") -> bool:
    return grade(Answer(AnswerType.TEXT, expected), typed, policy=POLICY, question=question).correct


def test_another_unit_of_the_same_kind_is_wrong() -> None:
    assert not judged("8848 metres", "8848 feet")
    assert not judged("12 kg", "12 lbs")
    assert not judged("20 million francs", "20 million dollars")
    assert not judged("100 degrees Celsius", "100 degrees Fahrenheit")
    assert not judged("3 weeks", "3 months")


def test_spellings_of_one_unit_and_no_unit_are_right() -> None:
    assert judged("8848 metres", "8848 meters")
    assert judged("8848 metres", "8,848 metres")
    assert judged("42 km", "42 kilometres")
    assert judged("42 km", "42 kms")
    assert judged("12 kg", "12 kilograms")
    assert judged("42", "42", question="How long is a marathon, in km?")


def test_the_question_gives_the_unit_of_a_bare_number() -> None:
    question = "How long is the canal, in miles?"
    assert not judged("120", "120 km", question=question)
    assert judged("120", "120 miles", question=question)


def test_astronomy_s_lengths_are_units_of_two_words_or_a_symbol() -> None:
    question = "About how far from the Sun does Neptune orbit, in astronomical units?"
    for typed in ("30 AU", "30 au", "30 astronomical units", "30"):
        assert judged("30", typed, question=question), typed
    for typed in ("30 km", "30 miles", "30 light-years", "30 parsecs"):
        assert not judged("30", typed, question=question), typed
    for typed in ("4.2 light years", "4.2 light-years", "4.2 lightyears", "4.2 ly"):
        assert judged("4.2 light-years", typed), typed
    assert not judged("4.2 light-years", "4.2 parsecs")
    # "4.2 years" is a time, not the light-years of the answer.
    assert not judged("4.2 light-years", "4.2 years")
    # An amount in another length converts: 4.5 billion km is 30.08 au; but the question
    # asks for astronomical units, so it is close, not right.
    verdict = grade(
        Answer(AnswerType.NUMBER, "30", tolerance=1),
        "4.5 billion km",
        policy=POLICY,
        question=question,
    )
    assert verdict.outcome is Outcome.CLOSE, verdict
    assert verdict.rule.endswith("the question asks for astronomical units"), verdict.rule
    assert grade(
        Answer(AnswerType.NUMBER, "30 AU", tolerance=1),
        "4.5 billion km",
        policy=POLICY,
        question="About how far from the Sun does Neptune orbit?",
    ).correct
    # Gold's symbol is no unit where no number stands before it.
    assert judged("Au", "Au", question="What is the symbol of gold?")
    assert not judged("Au", "Ag", question="What is the symbol of gold?")


def test_a_tonne_is_t_after_a_number() -> None:
    assert judged("27 tonnes", "27 t")
    assert not judged("27 tonnes", "27 kg")


def test_m_after_a_number_is_metres_or_millions_and_never_another_length() -> None:
    assert not judged("3,530 km", "3530 m")
    assert not judged("120", "120 m", question="How long is the canal, in miles?")
    assert judged("8848 metres", "8848 m")
    assert judged("3.5 million", "3.5 m")
    assert judged("3,530 km", "3530 km")


def test_a_unit_written_against_its_number_is_read_apart() -> None:
    assert judged("3,530 km", "3530km")
    assert judged("12 kg", "12kg")
    assert not judged("12 kg", "12lbs")
    number = Answer(AnswerType.NUMBER, "6650")
    question = "How long is the Nile, in kilometres?"
    for typed, right in (("6650km", True), ("6,650km", True), ("6650mi", False)):
        assert grade(number, typed, policy=POLICY, question=question).correct is right, typed


def test_a_unit_of_another_kind_conflicts_only_with_the_answers_own() -> None:
    # The answer's own unit is a claim of its kind: "30 years" is no answer of "30 km".
    assert unit_problem(["30", "km"], ["30", "year"]) == (
        "'year' is a unit of time, not of length ('km')"
    )
    # A question's unit says what a bare number counts, not what else may be counted.
    assert unit_problem(["30"], ["30", "year"], ("how", "far", "in", "km")) is None
    # Beside a unit of the answer's kind, another of another kind is more said, no other.
    assert unit_problem(["50", "km"], ["50", "km", "in", "2", "hour"]) is None
    assert units_in(["the", "crown", "jewels"]) == {"money": "crown"}
    assert same_units(["the", "crown", "jewels"]) == ["the", "crown", "jewels"]  # no number


_SAME_KIND = st.sampled_from(sorted(KINDS)).flatmap(
    lambda kind: st.tuples(
        st.sampled_from(sorted(KINDS[kind])), st.sampled_from(sorted(KINDS[kind]))
    ).map(lambda pair: (kind, *pair))
)


# A kilobyte was 1,024 bytes for most of computing's history: an answer in kilobytes
# (megabytes …) is also read in binary, so the binary unit of its size is no other unit
# (`information_sizes`). The other way round, an answer in KiB has one size.
_READ_IN_BINARY = frozenset(
    {
        ("kilobyte", "kibibyte"),
        ("megabyte", "mebibyte"),
        ("gigabyte", "gibibyte"),
        ("terabyte", "tebibyte"),
    }
)


@given(_SAME_KIND, st.integers(2, 9999))
@example(("information", "mebibyte", "megabyte"), 2)  # 2 MiB is 2.1 MB, not "2 MB"
@example(("information", "kibibyte", "kilobyte"), 3)
def test_a_number_in_one_unit_is_never_right_in_another(
    case: tuple[str, str, str], number: int
) -> None:
    kind, first, second = case
    expected_word = KINDS[kind][first][-1]
    typed_word = KINDS[kind][second][-1]
    verdict = judged(f"{number} {expected_word}", f"{number} {typed_word}")
    assert verdict == (first == second or (first, second) in _READ_IN_BINARY)


@pytest.mark.parametrize("pair", sorted(_READ_IN_BINARY))
def test_an_answer_in_kilobytes_is_right_in_kibibytes_but_not_the_other_way(
    pair: tuple[str, str],
) -> None:
    decimal, binary = (KINDS["information"][unit][-1] for unit in pair)
    assert judged(f"16 {decimal}", f"16 {binary}")
    assert not judged(f"16 {binary}", f"16 {decimal}")


def test_a_length_per_a_time_is_a_speed_of_its_own() -> None:
    assert units_in(("2100", "km", "h")) == {"speed": "km/hour"}
    assert units_in(("27000", "km", "per", "hour")) == {"speed": "km/hour"}
    assert units_in(("17000", "mph")) == {"speed": "mile/hour"}
    assert unit_problem(("2100", "km", "h"), ("2100", "mph")) == (
        "'mph' is another unit than 'km/hour'"
    )
    speed = Answer(AnswerType.NUMBER, "2,100 km/h")
    for right in ("2100 km/h", "2,100 kilometres per hour", "2100 kph", "2100"):
        assert grade(speed, right, policy=POLICY).correct, right
    assert not grade(speed, "2100 mph", policy=POLICY).correct
    assert not grade(speed, "2100 knots", policy=POLICY).correct


def test_areas_and_volumes_are_read_in_any_notation() -> None:
    # A length's unit raised to a power is the area or volume written out.
    for typed in ("357000 sq km", "357,000 square kilometres", "357000 km2", "357,000 km^2"):
        assert judged("357,000 km²", typed), typed
    for typed in ("6500 m3", "6500m³", "6,500 cubic meters"):
        assert judged("6,500 cubic metres", typed), typed
    assert judged("48 cubic kilometres", "48 km³")
    # Another power or another length is another answer; so is the power left out.
    assert not judged("6,500 cubic metres", "6500 cubic feet")
    assert not judged("6,500 cubic metres", "6500 m2")
    assert not judged("357,000 km²", "357000 square miles")
    assert not judged("357,000 km²", "357000 km")
    assert not judged("48 cubic kilometres", "48 km")


def test_names_and_codes_with_digits_are_no_powers() -> None:
    assert judged("the BMW M3", "BMW M3")
    assert judged("MI5", "MI5")


def test_a_unit_given_by_its_sign_is_read_as_its_words_and_may_be_left_out() -> None:
    for typed in ("100", "100 degrees", "100 degrees Celsius", "100C", "100 C", "100°C"):
        assert judged("100 °C", typed), typed
    for typed in ("100 °F", "100 degrees F", "100 Kelvin"):
        assert not judged("100 °C", typed), typed
    for typed in ("7,803", "7803 pounds", "7803 pounds sterling", "7803 GBP", "£7803"):
        assert judged("£7,803", typed), typed
    for typed in ("7803 dollars", "$7803", "7803 euros"):
        assert not judged("£7,803", typed), typed
    assert judged("$5 million", "5 million dollars")
    assert not judged("$5 million", "£5 million")
    # Written in words, the sign typed is the same unit.
    assert judged("7,803 pounds", "£7803")
    assert judged("100 degrees Celsius", "100°C")
    assert judged("100 degrees Celsius", "100 C")
    # "Pounds" is money only beside a pound sign: 12 pounds is no 12 kg.
    assert not judged("12 kg", "12 pounds")


def test_a_number_typed_without_the_answers_unit_is_right_with_a_slip() -> None:
    for expected, typed in [
        ("2,850 km", "2850"),
        ("6,500 cubic metres", "6500"),
        ("357,000 km²", "357,000"),
    ]:
        verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=POLICY)
        assert verdict.correct and "left out" in verdict.rule, (expected, verdict)
    # The number must still be the answer's, and another unit typed is another answer.
    assert not judged("2,850 km", "2800")
    assert not judged("2,850 km", "2850 miles")
    assert not judged("357,000 km²", "357000 km")


def test_a_currency_code_alone_is_the_answer_itself() -> None:
    # Only a sign after its number may be left out: "USD" alone is an answer (Hypothesis
    # found "UUSD" accepted for it).
    assert judged("USD", "USD")
    assert not judged("USD", "UUSD")
    assert not judged("GBP", "pounds")


def test_a_unit_the_fuller_answer_contradicts_is_wrong_beside_a_shorter_one() -> None:
    question = "What has been the federal minimum wage since 2009?"
    wage = Answer(AnswerType.TEXT, "$7.25 an hour", alternatives=("$7.25",))
    for typed in ("$7.25 a day", "$7.25 a month", "$7.25 per week", "7.25 euros an hour"):
        assert not grade(wage, typed, policy=POLICY, question=question).correct, typed
    for typed in ("$7.25", "$7.25 an hour", "7.25 dollars per hour"):
        assert grade(wage, typed, policy=POLICY, question=question).correct, typed
    coal = Answer(AnswerType.TEXT, "3 tonnes a day", alternatives=("3 tonnes",))
    assert not grade(coal, "3 tonnes a year", policy=POLICY, question="How much coal?").correct
    speed = Answer(AnswerType.TEXT, "60 km an hour", alternatives=("60 km",))
    assert not grade(speed, "60 km a minute", policy=POLICY, question="How fast?").correct


def test_a_rate_per_another_unit_is_another_answer() -> None:
    assert not judged(
        "40 hours a week", "40 hours a day", question="How long was the working week?"
    )
    assert not judged("£500 a year", "£500 a month")
    assert judged("40 hours a week", "40 hours per week")


def _unit_slip(expected: str, typed: str) -> bool:
    verdict = grade(Answer(AnswerType.TEXT, expected), typed, policy=Policy())
    return verdict.correct


def test_a_bare_number_for_a_compound_unit_is_a_slip_as_for_a_simple_one() -> None:
    assert _unit_slip("2,850 km", "2850")
    assert _unit_slip("7.0 mmol/L", "7") and _unit_slip("7.0 mmol/L", "7.0")
    assert _unit_slip("125 mL/min", "125")
    assert not _unit_slip("7.0 mmol/L", "8")
    assert not _unit_slip("125 mL/min", "125 mL")  # a unit typed is a claim: the wrong one


PROMPT_WITH_TWO_VOLUMES = (
    "A fasting value of [number] mmol/L (126 mg/dL) or more on two occasions indicates"
    " diabetes mellitus."
)


def test_of_two_units_of_a_kind_in_the_question_the_first_counts() -> None:
    """The question's words are read in order, never from a set whose order changes from
    one process to the next: the same answer gets the same verdict every time."""
    question = answer_words(PROMPT_WITH_TWO_VOLUMES)
    assert unit_problem(("7",), answer_words("7 mmol/L"), question) is None
    assert unit_problem(("7",), answer_words("7 mg/dL"), question) is not None


def test_a_verdict_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "from trainer.core.answering.grading import grade\n"
        "from trainer.core.model import Answer, AnswerType\n"
        "from trainer.core.scheduling.policy import Policy\n"
        f"print(grade(Answer(AnswerType.NUMBER, '7.0'), '7 mmol/L', policy=Policy(),"
        f" question={PROMPT_WITH_TWO_VOLUMES!r}).outcome.value)\n"
    )
    verdicts = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in range(6)
    }
    assert verdicts == {"exact"}


def test_a_prices_rate_may_be_left_out_but_not_changed() -> None:
    # The amount of money is what a price asks; its rate, left out, is a slip.
    assert judged("$35 an ounce", "$35", question="At what price was gold pegged?")
    assert judged("$5 a day", "5 dollars", question="What did Ford pay?")
    assert not judged("$5 a day", "$5 a week", question="What did Ford pay?")
    assert not judged("$5 a day", "£5", question="What did Ford pay?")
    # Not a speed: a length is no rate of one.
    assert not judged("60 km per hour", "60 km", question="How fast?")


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # A rate of the answer's unit is another measure: the audit's blood volume.
        ("about 5 litres", "5 litres per kilogram", "How much blood does an adult have?"),
        ("about 5 litres", "5 l/kg", "How much blood does an adult have?"),
        ("5 litres", "5 litres per tonne", "How much blood does an adult have?"),
        # Per another unit than the question's.
        ("2000 kcal", "2000 kcal a week", "How many calories does he need a day?"),
    ],
)
def test_a_rate_typed_for_an_amount_is_wrong(expected: str, typed: str, question: str) -> None:
    answer = Answer(AnswerType.NUMBER, expected)
    assert grade(answer, typed, policy=Policy(), question=question).outcome.value == "wrong"


@pytest.mark.parametrize(
    ("expected", "typed", "question"),
    [
        # The rate the question asks for, or a unit that is itself a rate.
        ("5 litres", "5 litres per minute", "How much blood does the heart pump per minute?"),
        ("2000 kcal", "2000 kcal a day", "How many calories does he need a day?"),
        # Per a time the question leaves to be understood.
        ("2 litres", "2 litres a day", "How much water should you drink?"),
        ("100 km/h", "100 km per hour", "How fast did it go?"),
        ("1 g/cm³", "1 g per cm3", "What is the density of water?"),
        ("5 mol/dm³", "5 mol per litre", "What is the concentration?"),
    ],
)
def test_the_rate_asked_for_is_right(expected: str, typed: str, question: str) -> None:
    answer = Answer(AnswerType.NUMBER, expected)
    assert grade(answer, typed, policy=Policy(), question=question).outcome.value == "exact"

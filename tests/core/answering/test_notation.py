"""Scientific notation: every way of writing a power of ten reads as the one value it writes."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.answering.notation import powers_as_plain, refines, rounds_to
from trainer.core.answering.parsing import parse_number
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(kind: AnswerType, answer: str, typed: str, question: str = "") -> Verdict:
    return grade(Answer(kind, answer), typed, policy=POLICY, question=question)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("6.022e23", Fraction("6.022e23")),
        ("6.022E23", Fraction("6.022e23")),
        ("6.022 x 10^23", Fraction("6.022e23")),
        ("6.022 × 10²³", Fraction("6.022e23")),
        ("6.022*10^23", Fraction("6.022e23")),
        ("6.022 · 10**23", Fraction("6.022e23")),
        ("602200000000000000000000", Fraction("6.022e23")),
        ("10^−9", Fraction(1, 10**9)),
        ("10⁻⁹", Fraction(1, 10**9)),
        ("1 × 10^-9", Fraction(1, 10**9)),
        ("0.000000001", Fraction(1, 10**9)),
        ("1e-9", Fraction(1, 10**9)),
        ("-1.6e-19", Fraction("-1.6e-19")),
        ("−1.6 × 10^−19", Fraction("-1.6e-19")),
        ("10^2", Fraction(100)),
        ("3 × 10^8 m/s", Fraction(300_000_000)),
    ],
)
def test_a_power_of_ten_is_read_as_its_value(typed: str, value: Fraction) -> None:
    assert parse_number(typed) == value


# "0e:0", "1e=5", "2E.3": no sign between "e" and the digits ("+-−" is no range of signs).
@pytest.mark.parametrize("text", ["23 x 4 m", "x^2", "2^n", "10^100", "0e:0", "1e=5", "10^:2"])
def test_what_is_no_power_of_ten_stays(text: str) -> None:
    assert powers_as_plain(text) == text


@pytest.mark.parametrize(
    ("typed", "value"),
    [("2^10", "1024"), ("2**8", "256"), ("3 ^ 4 bytes", "81 bytes"), ("2^(10)", "1024")],
)
def test_a_whole_number_to_a_whole_power_is_its_value(typed: str, value: str) -> None:
    # "2^8" typed for "How many values can a byte hold?" is 256; not "2^1000", too long.
    assert powers_as_plain(typed) == value
    assert powers_as_plain("2^1000") == "2^1000"


def test_the_power_the_question_writes_is_no_answer_to_it() -> None:
    assert judge(AnswerType.NUMBER, "256", "2^8", "How many values can a byte hold?").correct
    asked = "What is 2^10?"
    assert judge(AnswerType.NUMBER, "1024", "2^10", asked).outcome is Outcome.WRONG
    assert judge(AnswerType.NUMBER, "1024", "1024", asked).correct


@given(
    st.decimals(min_value=1, max_value=Decimal("9.999"), places=3),
    st.integers(-40, 40),
)
def test_every_notation_is_the_same_number(mantissa: Decimal, exponent: int) -> None:
    value = Fraction(mantissa) * Fraction(10) ** exponent
    for written in (
        f"{mantissa} × 10^{exponent}",
        f"{mantissa}e{exponent}",
        f"{mantissa} x 10^({exponent})",
        f"{mantissa}*10**{exponent}",
    ):
        assert parse_number(written) == value, written


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("−1.6 × 10^−19 C", "-1.6e-19 C", True),
        ("−1.6 × 10^−19 C", "-1.6 × 10⁻¹⁹ C", True),
        ("−1.6 × 10^−19 C", "-1.6 x 10^-19", True),  # the unit's letter left out
        ("−1.6 × 10^−19 C", "-1.6 × 10^-19 coulombs", True),
        ("−1.6 × 10^−19 C", "-1.60 × 10^-19 C", True),
        ("−1.6 × 10^−19 C", "1.6 × 10^-19 C", False),
        ("−1.6 × 10^−19 C", "-1.6 × 10^19 C", False),
        ("−1.6 × 10^−19 C", "-1.6 × 10^-18 C", False),
        ("6.022 × 10^23 per mole", "6.022 × 10^23 mol^-1", True),
        ("6.022 × 10^23 per mole", "6.022e23", True),  # "per mole" left out
        ("6.022 × 10^23 per mole", "6.022 × 10^23 per gram", False),
        ("6.022 × 10^23 per mole", "6.02 × 10^23", True),  # a constant rounded
        ("6.022 × 10^23 per mole", "6 × 10^23", False),  # less than a rounding
        ("6.022 × 10^23 per mole", "6.022 × 10^-23", False),
        ("9.11 × 10^−31 kg", "9.11 × 10^-28 g", True),
        ("9.11 × 10^−31 kg", "9.1 × 10^-31 kg", True),
        ("9.11 × 10^−31 kg", "9.11 × 10^-31 g", False),
        ("1 × 10^−10 m", "0.1 nm", True),
        ("1 × 10^−10 m", "1 nm", False),
        ("10^−9", "one billionth", True),
        ("10^−3", "1/1000", True),
        ("10^3", "10^-3", False),
        ("23 x 4 m", "23 x 4 m", True),
        # A constant given to more digits than the answer, that rounds to it.
        ("3.00 × 10^8 m/s", "2.99792458 × 10^8 m/s", True),
        ("−1.60 × 10^−19 C", "-1.602 × 10^-19 C", True),
        ("3.00 × 10^8 m/s", "3.01 × 10^8 m/s", False),
        ("3 × 10^8 m/s", "3.4 × 10^8 m/s", False),  # one digit given: no rounding read
    ],
)
def test_a_text_answer_in_scientific_notation(answer: str, typed: str, right: bool) -> None:
    assert judge(AnswerType.TEXT, answer, typed).correct is right


@pytest.mark.parametrize(
    ("answer", "typed", "outcome"),
    [
        ("1000", "10^3", Outcome.EXACT),
        ("100", "10^2", Outcome.EXACT),
        ("100", "10^-2", Outcome.WRONG),
        ("6.022 × 10^23", "6.022e23", Outcome.EXACT),
        ("6.022 × 10^23", "6.02 × 10^23", Outcome.TYPO),
        ("150 million km", "1.5 × 10^8 km", Outcome.EXACT),
        ("373.15", "373", Outcome.CLOSE),  # no power of ten: rounding is a near miss
    ],
)
def test_a_number_answer_in_scientific_notation(answer: str, typed: str, outcome: Outcome) -> None:
    assert judge(AnswerType.NUMBER, answer, typed).outcome is outcome


def test_a_year_card_reads_a_number_written_otherwise() -> None:
    assert judge(AnswerType.YEAR, "1000", "1,000").outcome is Outcome.EXACT
    assert judge(AnswerType.YEAR, "1000", "10^3").outcome is Outcome.EXACT


@pytest.mark.parametrize(
    ("exact", "typed", "digits", "rounded"),
    [
        ("6.022e23", "6.02e23", 4, True),
        ("6.022e23", "6.0e23", 4, False),  # one significant digit: 6 × 10^23
        ("6.022e23", "6.03e23", 4, False),
        ("1.2044e24", "1.2e24", 5, True),
        ("-1.6e-19", "1.6e-19", 2, False),
    ],
)
def test_a_rounding_keeps_two_digits_at_least(
    exact: str, typed: str, digits: int, rounded: bool
) -> None:
    assert rounds_to(Fraction(exact), Fraction(typed), digits) is rounded


@pytest.mark.parametrize(
    ("given", "typed", "digits", "refined"),
    [
        ("3e8", "2.99792458e8", 3, True),
        ("6.63e-34", "6.626e-34", 3, True),
        ("3e8", "3.01e8", 3, False),  # 3.01 rounds to itself, not 3.00
        ("3e8", "3.4e8", 1, False),  # a single digit says no precision to refine
        ("3e8", "3.00e8", 3, False),  # no more digits than given
        ("-1.6e-19", "1.602e-19", 2, False),
    ],
)
def test_a_constant_given_to_more_digits_refines_the_answer(
    given: str, typed: str, digits: int, refined: bool
) -> None:
    assert refines(Fraction(given), Fraction(typed), digits) is refined


def test_more_digits_are_exact_and_fewer_a_slip() -> None:
    assert judge(AnswerType.TEXT, "3.00 × 10^8 m/s", "2.998 × 10^8 m/s").outcome is Outcome.EXACT
    assert judge(AnswerType.TEXT, "6.022 × 10^23", "6.02 × 10^23").outcome is Outcome.TYPO


@pytest.mark.parametrize(
    ("typed", "value"),
    [("2¹⁰", "1024"), ("5³ apples", "125 apples"), ("2¹⁰ KB", "1024 KB"), ("25²", "625")],
)
def test_raised_digits_after_a_number_are_its_power(typed: str, value: str) -> None:
    # Never digits run together: "2¹⁰" is no 210, as NFKC alone would read it.
    assert powers_as_plain(typed) == value


@pytest.mark.parametrize("text", ["SO4²⁻", "Mg²⁺", "x²", "3x²", "m³", "2¹⁰⁺"])
def test_raised_digits_after_letters_or_before_a_charge_stay(text: str) -> None:
    assert powers_as_plain(text) == text


def test_a_raised_power_is_read_wherever_a_number_is() -> None:
    asked = "How many bytes are in a kibibyte?"
    assert judge(AnswerType.NUMBER, "1024", "2¹⁰", asked).correct
    assert not judge(AnswerType.NUMBER, "1024", "2¹¹", asked).correct
    assert not judge(AnswerType.NUMBER, "1024", "210", asked).correct
    assert judge(AnswerType.TEXT, "1,024 KB", "2¹⁰ KB", "How many KB in a MB?").correct
    assert not judge(AnswerType.TEXT, "1,024 KB", "2¹¹ KB", "How many KB in a MB?").correct
    assert judge(AnswerType.TEXT, "a million", "10⁶", "How many?").correct
    assert judge(AnswerType.NUMBER, "1024", "2¹⁰", "What is 2¹⁰?").outcome is Outcome.WRONG

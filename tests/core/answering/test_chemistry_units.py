"""Chemistry's units: a concentration, a molar mass or a volume is one answer however written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.per_units import per_units_in_words
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def outcome(expected: str, typed: str, question: str = "How much?") -> Outcome:
    return grade(Answer(AnswerType.TEXT, expected), typed, policy=POLICY, question=question).outcome


def chosen(options: list[str], right: str, typed: str) -> Outcome:
    answer = Answer(AnswerType.CHOICE, "", key=(options.index(right),))
    return grade(answer, typed, choices=options, policy=POLICY, question="Which?").outcome


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2 mol dm^-3", "2 mol per dm³"),
        ("2 mol dm⁻³", "2 mol per dm³"),
        ("2 mol·dm-3", "2 mol per dm³"),
        ("18 g mol-1", "18 g per mol"),
        ("890 kJ mol⁻¹", "890 kJ per mol"),
        ("2 mol/L", "2 mol per L"),
        ("5 mM", "5 mmol per L"),
        ("10 µM", "10 µmol per L"),
        ("2 molar", "2 mol per L"),
        ("2 mol dm^-3 s^-1", "2 mol per dm³ per sec"),
    ],
)
def test_a_unit_per_another_is_written_one_way(text: str, written: str) -> None:
    assert " ".join(per_units_in_words(text).split()) == written


@pytest.mark.parametrize(
    "text",
    ["Apollo 13", "F-16", "pages 1-3", "1914-1918", "N/A", "km/h", "125 mL/min", "$5M", "2 M"],
)
def test_what_is_no_unit_per_another_is_left_as_it_is(text: str) -> None:
    assert per_units_in_words(text) == text


def test_a_cube_of_a_decimetre_or_a_centimetre_is_a_litre_or_a_millilitre() -> None:
    for text in ("24 dm³", "24 dm3", "24 dm^3", "24 cubic decimetres", "24 L", "24 litres"):
        assert outcome("24 dm³", text) is Outcome.EXACT, text
    for text in ("250 ml", "250 mL", "250 cc", "250 cubic centimetres", "250 cm3"):
        assert outcome("250 cm³", text) is Outcome.EXACT, text
    # A cubic metre is still a cubic metre: the power of a length read as before.
    assert answer_words("6500 m3") == ("6500", "cubic", "metres")


@pytest.mark.parametrize(
    "typed",
    [
        "2 mol/dm3",
        "2 M",
        "2 mol/L",
        "2 mol/l",
        "2 mol dm-3",
        "2 mol dm^-3",
        "2 mol dm⁻³",
        "2 mol·dm⁻³",
        "2 mol L-1",
        "2 mol L⁻¹",
        "2 moles per litre",
        "2 moles per dm³",
        "2 molar",
        "2000 mmol/L",  # the same amount in another unit
        "2000 mM",
    ],
)
def test_a_concentration_in_any_notation_is_right(typed: str) -> None:
    assert outcome("2 mol/dm³", typed) is Outcome.EXACT


@pytest.mark.parametrize(
    "typed",
    [
        "2 mmol/L",
        "2 mM",
        "2 µM",
        "2 mol/cm³",
        "2 mol/m³",
        "2 g/dm³",  # a mass per volume
        "2 dm³",  # the volume it is per: no concentration
        "2 mol",
        "0.5 mol/dm³",
    ],
)
def test_another_concentration_or_another_kind_is_wrong(typed: str) -> None:
    assert outcome("2 mol/dm³", typed) is Outcome.WRONG


def test_a_bare_number_for_a_concentration_is_right_with_a_slip() -> None:
    verdict = grade(Answer(AnswerType.TEXT, "2 mol/dm³"), "2", policy=POLICY)
    assert verdict.outcome is Outcome.TYPO and "left out" in verdict.rule


@pytest.mark.parametrize(
    ("expected", "right", "wrong"),
    [
        ("0.1 mmol/L", ["0.1 mM", "0.1 mmol dm^-3", "100 µmol/L", "100 uM"], ["0.1 M", "0.1 µM"]),
        ("5 µmol/L", ["5 µM", "5 umol dm^-3", "5 μmol L-1", "5 micromolar"], ["5 mM", "5 nM"]),
        ("890 kJ mol-1", ["890 kJ/mol", "890 kJ mol⁻¹", "890000 joules per mole"], ["890 J/mol"]),
        ("18 g/mol", ["18 g mol-1", "18 g mol^-1", "18 g·mol⁻¹", "18000 mg/mol"], ["18 kg/mol"]),
        ("2.7 g/cm³", ["2.7 g cm^-3", "2.7 g/ml", "2700 kg/m³"], ["2.7 g/L", "2.7 kg/m³"]),
        ("24 dm³", ["24000 cm³", "24000 ml", "0.024 m³"], ["24 cm³", "24 m³", "22.4 dm³"]),
    ],
)
def test_every_prefix_and_notation_reads_alike(
    expected: str, right: list[str], wrong: list[str]
) -> None:
    for typed in right:
        assert outcome(expected, typed) is Outcome.EXACT, typed
    for typed in wrong:
        assert outcome(expected, typed) is Outcome.WRONG, typed


def test_a_rate_per_another_kind_of_unit_is_wrong() -> None:
    assert outcome("890 kJ/mol", "890 kJ/g") is Outcome.WRONG
    assert outcome("18 g/mol", "18 mol/g") is Outcome.WRONG


def test_m_after_a_number_is_molar_only_beside_a_concentration() -> None:
    assert outcome("0.1 mol/L", "0.1 M") is Outcome.EXACT
    assert outcome("£5 million", "£5 million") is Outcome.EXACT
    assert outcome("8848 metres", "8848 M") is Outcome.EXACT
    assert outcome("5 million", "5 M") is Outcome.EXACT
    number = Answer(AnswerType.NUMBER, "2")
    question = "What is its concentration, in mol/dm³?"
    assert grade(number, "2 M", policy=POLICY, question=question).correct
    assert not grade(number, "2 mM", policy=POLICY, question=question).correct


# Micro as "u": an answer that writes "µ" before a power is read as algebra
# (`equations.is_algebra`), see the test after this one.
_PREFIXES = ["", "m", "u", "n"]


@given(
    st.sampled_from(_PREFIXES),
    st.sampled_from(["mol/dm³", "mol dm^-3", "mol dm⁻³", "mol/L", "mol L-1", "M"]),
    st.sampled_from([*_PREFIXES, "µ"]),
    st.sampled_from(["mol/dm³", "mol dm^-3", "mol dm⁻³", "mol/L", "mol L-1", "M"]),
    st.integers(2, 999),
)
def test_a_concentration_is_right_in_its_own_prefix_only(
    prefix: str, notation: str, typed_prefix: str, typed_notation: str, number: int
) -> None:
    expected = f"{number} {prefix}{notation}"
    typed = f"{number} {typed_prefix}{typed_notation}"
    if not prefix and notation == "M":
        return  # "2 M" alone as an answer: millions as likely as molar
    verdict = outcome(expected, typed)
    same = prefix == typed_prefix.replace("µ", "u")
    assert (verdict is Outcome.EXACT) is same, (expected, typed, verdict)


def test_a_micro_sign_before_a_power_in_the_answer_is_a_prefix() -> None:
    assert outcome("5 µmol dm^-3", "5 µM") is Outcome.EXACT


def test_options_in_chemistrys_units_are_chosen_in_any_notation() -> None:
    options = ["6.02 × 10^23 per mole", "pH 2", "24 dm³", "18 g/mol"]
    for typed in ("24 litres", "24 L", "24 dm^3", "24000 cm³", "24 000 cm3", "24"):
        assert chosen(options, "24 dm³", typed) is Outcome.EXACT, typed
    for typed in ("24 cm³", "24 m³", "22.4 dm³"):
        assert chosen(options, "24 dm³", typed) is Outcome.WRONG, typed
    for typed in ("18 g mol-1", "18 g mol^-1", "18 g mol⁻¹", "18 g/mole"):
        assert chosen(options, "18 g/mol", typed) is Outcome.EXACT, typed
    assert chosen(options, "18 g/mol", "18 kg/mol") is Outcome.WRONG

"""Ions and charges: a charge is part of its ion, however it is written; a bare charge is signed."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.charges import charge_problem, ion_parts, ions_joined, is_ion
from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str, *accept: str, question: str = "") -> Verdict:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accept)
    return grade(expected, typed, policy=POLICY, question=question)


def chosen(choices: tuple[str, ...], typed: str) -> str:
    answer = Answer(AnswerType.CHOICE, "", key=(0,))
    return grade(answer, typed, choices=choices, policy=POLICY).matched


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("Na+", "na^+"),
        ("na+", "na^+"),
        ("Na⁺", "na^+"),
        ("Na+1", "na^+"),
        ("Cl−", "cl^-"),
        ("Cl1-", "cl^-"),
        ("O2-", "o^2-"),
        ("O^2-", "o^2-"),
        ("O²⁻", "o^2-"),
        ("O-2", "o^2-"),
        ("Mg2+", "mg^2+"),
        ("Mg+2", "mg^2+"),
        ("Mg^2+", "mg^2+"),
        ("Mg 2+", "mg^2+"),
        ("Fe3+", "fe^3+"),
        ("Ca++", "ca^2+"),
        ("SO4 2−", "so4^2-"),
        ("SO4^2-", "so4^2-"),
        ("SO42-", "so4^2-"),
        ("SO₄²⁻", "so4^2-"),
        ("NO3-", "no3^-"),
        ("NO₃⁻", "no3^-"),
        ("NH4+", "nh4^+"),
        ("OH−", "oh^-"),
        ("oh-", "oh^-"),
        ("H3O+", "h3o^+"),
        ("Cr2O72-", "cr2o7^2-"),
    ],
)
def test_every_way_of_writing_an_ion_is_one_word(written: str, word: str) -> None:
    assert answer_words(written) == (word,)


@pytest.mark.parametrize(
    "text",
    [
        "2 + 2",
        "A+",  # a grade: no element's symbol
        "n+1",  # algebra
        "x-2",
        "B-2 bomber",  # a designation
        "V-2 rocket",
        "F-16",
        "pre- and post-war",
        "re- and de-",  # common words before a hyphen
        "US-Canada",
        "Disney+",
        "H2SO4",
        "1914-1918",
        "in 2-3 weeks",
    ],
)
def test_what_is_no_ion_has_no_charge(text: str) -> None:
    assert not any(is_ion(word) for word in answer_words(text))


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Na+", "Na+1", True),
        ("Na+", "Na", False),
        ("Na+", "Na-", False),
        ("Na+", "Na2+", False),
        ("Na+", "K+", False),
        ("Cl−", "Cl+", False),
        ("Cl−", "Cl", False),
        ("Cl−", "C-", False),
        ("O2−", "O2+", False),
        ("O2−", "O2", False),
        ("O2−", "O-", False),
        ("Mg2+", "Mg2-", False),
        ("Mg2+", "Mn2+", False),
        ("Mg2+", "Mg+", False),
        ("Fe3+", "Fe2+", False),  # iron(II) is another ion than iron(III)
        ("NH4+", "NH4", False),
        ("SO4 2−", "SO4-", False),
        ("NaCl", "Na+Cl-", True),  # the compound written as its ions
        ("NaCl", "Na+ Cl−", True),
        ("C++", "C", False),
        ("B+", "B", False),  # a grade's sign counts as a charge's does
    ],
)
def test_a_charge_differing_or_missing_is_decisive(answer: str, typed: str, right: bool) -> None:
    verdict = judge(answer, typed)
    assert verdict.correct is right
    if not right:
        assert verdict.outcome is Outcome.WRONG


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("the charges of Mg2+ and O2- balance", True),
        ("the charges of Mg 2+ and O 2- balance", True),
        ("the charges of Mg2- and O2+ balance", False),
        ("the charges of Mg2+ and O2+ balance", False),
    ],
)
def test_charges_in_a_sentence(typed: str, right: bool) -> None:
    assert judge("The charges of Mg2+ and O2− balance", typed).correct is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("H+", True), ("H+ ions", True), ("H⁺", True), ("H", False), ("H-", False), ("OH-", False)],
)
def test_the_ion_acids_produce(typed: str, right: bool) -> None:
    question = "Which ions do acids produce in water?"
    assert judge("Hydrogen ions", typed, "H+", question=question).correct is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("OH-", True), ("oh-", True), ("OH+", False), ("H+", False), ("O2-", False)],
)
def test_an_ion_for_the_name_it_has(typed: str, right: bool) -> None:
    question = "Which ions do alkalis produce in water?"
    assert judge("Hydroxide ions", typed, question=question).correct is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("2+ and 2- cancel out", "+2 and -2 cancel out", True),
        ("2+ and 2- cancel out", "2+ and 2+ cancel out", False),
        ("A charge of 1−", "a charge of -1", True),
        ("A charge of 1−", "a charge of minus one", True),
        ("A charge of 1−", "a charge of 1+", False),
    ],
)
def test_a_bare_charge_is_a_signed_number(answer: str, typed: str, right: bool) -> None:
    assert judge(answer, typed).correct is right


CHARGES = ("1+", "1−", "2+", "2−")


@pytest.mark.parametrize(
    ("typed", "option"),
    [
        ("1-", "1−"),
        ("-1", "1−"),
        ("minus one", "1−"),
        ("negative 1", "1−"),
        ("+1", "1+"),
        ("1+", "1+"),
        ("positive one", "1+"),
        ("2-", "2−"),
        ("-2", "2−"),
        ("minus 2", "2−"),
        ("+2", "2+"),
    ],
)
def test_an_option_of_charges_chosen_by_its_sign(typed: str, option: str) -> None:
    assert chosen(CHARGES, typed) == option


_SYMBOLS = st.sampled_from(["Na", "K", "Li", "Mg", "Ca", "Fe", "Cu", "Zn", "Al", "Cl", "Br"])


@given(_SYMBOLS, st.integers(1, 4), st.sampled_from("+−"))
def test_an_ion_is_its_symbol_and_its_charge(symbol: str, size: int, sign: str) -> None:
    ascii_sign = "+" if sign == "+" else "-"
    shown = "" if size == 1 else str(size)
    forms = [f"{symbol}{shown}{sign}", f"{symbol}^{shown}{ascii_sign}"]
    if sign == "+" or len(symbol) == 2:  # "K-1" may be a designation; "Cl-1", "K+1" are not
        forms.append(f"{symbol}{ascii_sign}{size}")
    words = {answer_words(form) for form in forms}
    assert len(words) == 1
    other = "-" if sign == "+" else "+"
    assert charge_problem(answer_words(forms[0]), answer_words(f"{symbol}{shown}{other}"))
    assert charge_problem(answer_words(forms[0]), answer_words(symbol))


def _joined_one_run_at_a_time(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """`ions_joined` as it was first written: every run tried, longest first."""
    out: list[str] = []
    index = 0
    while index < len(got):
        for end in range(len(got), index + 1, -1):
            parts = [ion_parts(word) for word in got[index:end]]
            if all(parts) and (joined := "".join(p[0] for p in parts if p)) in want:
                out.append(joined)
                index = end
                break
        else:
            out.append(got[index])
            index += 1
    return out


ion_words = st.sampled_from(["na^+", "cl^-", "mg^2+", "o^2-", "k^+", "nacl", "mgo", "salt"])


@given(st.lists(ion_words, max_size=8), st.lists(ion_words, max_size=8))
def test_ions_are_joined_as_the_first_way_joined_them(want: list[str], got: list[str]) -> None:
    """The fast way (each run of ions read once, up to a compound's length) agrees with
    the first, which tried every run of the answer and took the cube of its length."""
    want = [*want, "nacl", "mgo", "nacl^+"]
    assert ions_joined(want, got) == _joined_one_run_at_a_time(want, got)

"""Choice cards of ions: an option typed with another charge, or none, chooses no option."""

from __future__ import annotations

import pytest

from trainer.core.answering.charges import uncharged_kin
from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.answering.option_charges import option_charge_problem
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()
ACID_IONS = ("Na+", "OH−", "Cl−", "H+")
METAL_IONS = ("Fe3+", "Cu2+", "Zn2+", "Al3+")
ALKALI_IONS = ("Na+", "K+", "Li+", "Cs+")
POLYATOMIC = ("NH4+", "NO3−", "CO3 2−", "SO4 2−")
GASES = ("H2", "O2", "N2", "Cl2")
ASKED = "Which ion do acids release in water?"


def chosen(
    choices: tuple[str, ...], key: int, typed: str, *accepted: str, asked: str = ""
) -> Verdict:
    answer = Answer(AnswerType.CHOICE, choices[key], alternatives=accepted, key=(key,))
    return grade(answer, typed, choices=choices, policy=POLICY, question=asked)


@pytest.mark.parametrize(
    ("choices", "key", "typed"),
    [
        (ACID_IONS, 3, "H"),  # the atom
        (ACID_IONS, 3, "H-"),  # hydride
        (ACID_IONS, 3, "H−"),
        (ACID_IONS, 3, "h"),
        (ACID_IONS, 2, "Cl"),
        (ACID_IONS, 2, "Cl+"),
        (ACID_IONS, 1, "OH"),
        (ACID_IONS, 0, "Na"),
        (ACID_IONS, 0, "Na-"),
        (METAL_IONS, 0, "Fe2+"),
        (METAL_IONS, 0, "Fe"),
        (METAL_IONS, 1, "Cu+"),
        (METAL_IONS, 1, "Cu"),
        (METAL_IONS, 3, "Al3-"),
        (ALKALI_IONS, 1, "K"),
        (ALKALI_IONS, 1, "K-"),
        (POLYATOMIC, 0, "NH4"),
        (POLYATOMIC, 0, "NH3"),  # ammonia, the molecule
        (POLYATOMIC, 3, "SO4"),
        (POLYATOMIC, 3, "SO4-"),
        (GASES, 0, "H+"),  # an ion typed for the gas
        (GASES, 3, "Cl-"),
    ],
)
def test_an_option_typed_with_another_charge_or_none_chooses_nothing(
    choices: tuple[str, ...], key: int, typed: str
) -> None:
    verdict = chosen(choices, key, typed)
    assert verdict.outcome is Outcome.WRONG
    assert verdict.matched != choices[key]


@pytest.mark.parametrize(("typed", "accepted"), [("H2", "hydrogen ions"), ("H2", "hydrogen ion")])
def test_a_molecule_never_reaches_its_ion_through_an_accepted_name(
    typed: str, accepted: str
) -> None:
    # "H2" is read as "hydrogen", which with "ions" given by the question would be
    # "hydrogen ions", accepted for "H+": the gas is no ion.
    verdict = chosen(ACID_IONS, 3, typed, accepted, asked=ASKED)
    assert verdict.outcome is Outcome.WRONG
    assert "charge" in verdict.rule
    # The name alone, with "ions" given by the question, still chooses it.
    assert chosen(ACID_IONS, 3, "hydrogen", accepted, asked=ASKED).outcome is Outcome.EXACT


def test_the_refusal_says_which_charge() -> None:
    assert "another charge" in chosen(ACID_IONS, 3, "H-").rule
    assert "charge of 'h^+' is missing" in chosen(ACID_IONS, 3, "H").rule
    rule = chosen(ACID_IONS, 3, "H2", "hydrogen ions", asked=ASKED).rule
    assert "'h2' is not the ion 'h^+'" in rule


@pytest.mark.parametrize(
    ("choices", "key", "typed", "accepted"),
    [
        (ACID_IONS, 3, "H+", ""),
        (ACID_IONS, 3, "H⁺", ""),
        (ACID_IONS, 3, "h+", ""),
        (ACID_IONS, 3, "4", ""),
        (ACID_IONS, 3, "hydrogen ions", "hydrogen ions"),
        (ACID_IONS, 3, "hydrogen ion", "hydrogen ions"),
        (ACID_IONS, 3, "H+ ions", ""),
        (ACID_IONS, 2, "Cl⁻", ""),
        (ACID_IONS, 2, "Cl^-", ""),
        (ACID_IONS, 1, "OH-", ""),
        (ALKALI_IONS, 0, "Na⁺", ""),
        (ALKALI_IONS, 0, "Na+1", ""),
        (ALKALI_IONS, 0, "sodium ion", "sodium ion"),
        (ALKALI_IONS, 0, "Na+ ion", ""),
        (METAL_IONS, 0, "Fe³⁺", ""),
        (METAL_IONS, 0, "Fe+++", ""),
        (METAL_IONS, 0, "Fe 3+", ""),
        (METAL_IONS, 0, "iron(III) ion", "iron(III) ion"),
        (POLYATOMIC, 0, "NH4+", ""),
        (POLYATOMIC, 0, "ammonium ion", "ammonium ion"),
        (POLYATOMIC, 3, "SO₄²⁻", ""),
        (POLYATOMIC, 3, "SO4^2-", ""),
        (GASES, 0, "H₂", ""),
        (GASES, 0, "hydrogen", ""),
        (GASES, 3, "Cl2", ""),
    ],
)
def test_the_right_ion_in_another_writing_is_still_chosen(
    choices: tuple[str, ...], key: int, typed: str, accepted: str
) -> None:
    accepts = (accepted,) if accepted else ()
    verdict = chosen(choices, key, typed, *accepts, asked=ASKED)
    assert verdict.outcome is Outcome.EXACT, verdict.rule
    assert verdict.matched == choices[key]


def test_another_option_typed_with_its_own_charge_is_chosen_as_that_option() -> None:
    verdict = chosen(ACID_IONS, 3, "OH−")
    assert verdict.outcome is Outcome.WRONG
    assert verdict.matched == "OH−"


def test_options_without_ions_are_left_to_the_text_rules() -> None:
    assert option_charge_problem("water", "H2O") is None
    assert option_charge_problem("Bern", "Berne") is None
    assert chosen(("True", "False"), 1, "f").outcome is Outcome.EXACT


@pytest.mark.parametrize(
    ("option", "typed", "problem"),
    [
        ("H+", "H2", True),
        ("Cl−", "Cl2", True),
        ("NH4+", "NH3", True),
        ("O2−", "O2", True),  # oxide, oxygen
        ("H2", "H+", True),
        ("H+", "hydrogen", False),  # a name, no formula
        ("H+", "H+ ions", False),
        ("Na+", "Cl2", False),  # other elements: another option's business
        ("H+", "2", False),
    ],
)
def test_a_formula_of_an_ions_elements_is_not_that_ion(
    option: str, typed: str, problem: bool
) -> None:
    assert (uncharged_kin(answer_words(option), answer_words(typed)) is not None) is problem

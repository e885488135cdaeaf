"""Values that differ only by a sign ('1+' and '1−', '−5 °C' and '5 °C') are two values."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.distractors import Options, pick_options
from trainer.core.generate.option_rules import (
    OptionRules,
    sign_rivals_first,
    signed_fold,
    unsigned,
)
from trainer.core.generate.option_rules import quick_fold as plain_fold


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1+", "1−"),
        ("2+", "2-"),
        ("−5 °C", "5 °C"),
        ("-40 °F", "+40 °F"),
        ("Na+", "Na"),
        ("Cl⁻", "Cl"),
        ("O²⁻", "O²⁺"),
        ("10^-19 C", "10^19 C"),
        ("AB+", "AB-"),  # blood groups
        ("−430 m", "430 m"),
    ],
)
def test_a_sign_makes_another_value(first: str, second: str) -> None:
    assert plain_fold(first) == plain_fold(second)  # as folding alone had it
    assert signed_fold(first) != signed_fold(second)
    assert unsigned(signed_fold(first)) == unsigned(signed_fold(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1−", "1-"),  # a minus sign, a hyphen
        ("−1", "-1"),
        ("Cl−", "Cl⁻"),
        ("+1", "⁺1"),
        ("COVID-19", "COVID 19"),  # hyphens inside words and between numbers are no signs
        ("1914–1918", "1914 1918"),
        ("Jean-Paul Marat", "Jean Paul Marat"),
        ("well-known", "well known"),
    ],
)
def test_signs_written_alike_and_hyphens_are_one_value(first: str, second: str) -> None:
    assert signed_fold(first) == signed_fold(second)


@given(st.text(alphabet="abAB 19é.,'", max_size=30))
def test_text_without_signs_folds_as_before(text: str) -> None:
    assert signed_fold(text) == plain_fold(text)


def test_options_of_one_size_and_other_signs_are_distinct_and_the_sign_rival_first() -> None:
    options = pick_options(random.Random(0), answer="1−", written=["1+", "2+", "2−"], count=4)
    assert isinstance(options, Options)
    assert sorted(options.choices) == sorted(["1−", "1+", "2+", "2−"])
    for seed in range(20):
        two = pick_options(random.Random(seed), answer="1−", written=["2+", "1+"], count=2)
        assert isinstance(two, Options) and set(two.choices) == {"1−", "1+"}


@pytest.mark.parametrize(
    ("answer", "written"),
    [
        ("1−", ["1+", "2+", "2−"]),
        ("2−", ["2+", "1+", "3+", "1−"]),
        ("−5 °C", ["5 °C", "10 °C", "−10 °C"]),
        ("Cl−", ["Cl+", "Na+", "Br−"]),
    ],
)
def test_the_answer_is_never_the_only_option_of_its_sign(answer: str, written: list[str]) -> None:
    for seed in range(10):
        options = pick_options(random.Random(seed), answer=answer, written=written, count=3)
        assert isinstance(options, Options)
        wrong = [c for i, c in enumerate(options.choices) if i != options.right]
        own = [w for w in signed_fold(answer).split() if w in "+-"]
        assert any([w for w in signed_fold(c).split() if w in "+-"] == own for c in wrong)
        assert written[0] in wrong  # the sign rival stays


def test_a_sign_rival_is_no_value_holding_the_answer() -> None:
    rules = OptionRules.of("−5 °C", [], "What is the average January temperature?")
    assert not rules.refuses("5 °C")
    assert not rules.refuses("+5 °C")
    assert rules.refuses("−5 °C")
    assert rules.refuses("-5 °C")


def test_sign_rivals_come_first_and_others_keep_their_order() -> None:
    assert sign_rivals_first("1−", ["2+", "3+", "1+"]) == ["1+", "2+", "3+"]
    assert sign_rivals_first("Kazan", ["Moscow", "Kazan Kremlin"]) == ["Moscow", "Kazan Kremlin"]
    assert sign_rivals_first("5 °C", ["10 °C", "−5 °C"]) == ["−5 °C", "10 °C"]


def _ions(make: type[Make], choices: int) -> tuple:  # type: ignore[type-arg]
    charges = {
        "sodium": "1+",
        "magnesium": "2+",
        "chlorine": "1−",
        "oxygen": "2−",
        "aluminium": "3+",
    }
    facts = tuple(
        make.fact(name, element=name, charge=charge, line=20 + i)
        for i, (name, charge) in enumerate(charges.items())
    )
    templates = (
        make.template(
            "charge",
            kind=TemplateKind.CHOICE,
            prompt="What charge does the ion of {element} carry?",
            answer="charge",
            choices=choices,
        ),
        make.template(
            "charge-tf",
            kind=TemplateKind.TRUE_FALSE,
            statement="{element} forms an ion with a charge of {charge}.",
            swap="charge",
        ),
    )
    return make.cards(make.deck(make.excerpt("ions", facts=facts), templates=templates))


def test_a_template_of_charges_offers_every_distinct_charge(make: type[Make]) -> None:
    cards = _ions(make, choices=5)  # five distinct charges: four wrong options each
    for card in cards:
        if card.kind.value == "choice":
            assert sorted(card.choices) == sorted(["1+", "2+", "1−", "2−", "3+"])


def test_true_false_swaps_in_the_opposite_sign(make: type[Make]) -> None:
    statements = {
        card.explanation: card.prompt for card in _ions(make, choices=3) if card.explanation
    }
    opposite = {"1+": "1−", "1−": "1+", "2+": "2−", "2−": "2+"}
    for truth, prompt in statements.items():
        charge = truth.rsplit(" ", 1)[-1].rstrip(".")
        if charge in opposite:
            assert prompt.endswith(f"charge of {opposite[charge]}."), (truth, prompt)

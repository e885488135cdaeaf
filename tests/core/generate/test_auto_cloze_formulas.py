"""Tests of automatic cloze on chemical formulas: blanked whole or not at all, never cut."""

from __future__ import annotations

import re

import pytest

from tests.core.generate.conftest import Make
from trainer.core.answering.grading import grade
from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_formulas import FORMULA, after_coefficient, is_formula_word
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_words import _WORD, tokens
from trainer.core.model import Answer, AnswerType, Card, DeckDefaults
from trainer.core.scheduling.policy import Policy

# How words were read before formulas were: letters, stopping at a digit.
_PLAIN_WORD = re.compile(_WORD.removeprefix(FORMULA + "|"))

FORMULAS = [
    *("CH4", "MnO2", "H2SO4", "Ca(OH)2", "C6H12O6", "NH4+", "SO4²⁻", "H₂O", "CO₂"),
    *("CO2", "NH3", "HNO3", "H3PO4", "NaHCO3", "Na2CO3", "CaCO3", "KMnO4", "CuSO4"),
    *("Fe2O3", "Al2(SO4)3", "(NH4)2SO4", "Pb(NO3)2", "CH3COOH", "C2H5OH", "C8H18"),
    *("K2Cr2O7", "SF6", "UF6", "H2O2", "O3", "Cl2", "N2", "CuSO4·5H2O", "[Fe(CN)6]4−"),
    *("Mg2+", "Ca²⁺", "Fe³⁺", "Na+", "Cl−", "O²⁻", "S2−", "NO3-", "OH−", "H3O+", "H+"),
]
# Word and digits that name no substance: each is read as a word of another kind.
NOT_FORMULAS = [
    *("MI5", "T34", "B12", "H1N1", "K2", "U2", "V2", "F16", "C60", "U235", "Win32"),
    *("COVID-19", "T-34", "R-7", "Sputnik-2", "SARS-CoV-2", "U.S.S.R.", "HCl", "NaCl"),
    *("C++", "C+", "K+", "In-", "Co2", "Fe(III)", "Manganese(IV)"),
]


def _cut_into(candidate: Candidate, start: int, end: int) -> bool:
    """Whether a candidate blanks part of the text from `start` to `end`, not all of it."""
    return any(a < end and start < b and (a, b) != (start, end) for a, b in candidate.spans)


def _prompts(text: str) -> list[tuple[str, str]]:
    return [(c.blanked(text), c.text) for c in find_candidates(text)]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_formula_is_one_word_and_blanked_whole(formula: str) -> None:
    text = f"At the bench, the chemist weighed {formula} with care."
    start = text.index(formula)
    end = start + len(formula)
    assert is_formula_word(formula)
    assert [t.text for t in tokens(text) if t.start == start] == [formula]
    found = find_candidates(text)
    assert (CandidateKind.NAME, formula, ((start, end),)) in [
        (c.kind, c.text, c.spans) for c in found
    ]
    assert not any(_cut_into(c, start, end) for c in found)


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        ("Methane, CH4, is tetrahedral.", "Methane, [...], is tetrahedral.", "CH4"),
        ("Manganese(IV) oxide, MnO2, is black.", "Manganese(IV) oxide, [...], is black.", "MnO2"),
        # A formula is a name by itself: the name before it is no part of it.
        ("Ammonia NH3 is made by the Haber process.", "Ammonia [...] is made by", "NH3"),
        ("CH4 is a greenhouse gas.", "[...] is a greenhouse gas.", "CH4"),
        ("Limewater clouds in CO2-rich air.", "Limewater clouds in [...]-rich air.", "CO2"),
        ("The sample (CuSO4) was blue.", "The sample ([...]) was blue.", "CuSO4"),
        ("The CO2's effect on Kazan grew.", "The [...]'s effect on Kazan grew.", "CO2"),
    ],
)
def test_a_formula_is_blanked_whole_wherever_it_stands(text: str, prompt: str, answer: str) -> None:
    assert any(shown.startswith(prompt) and value == answer for shown, value in _prompts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Respiration follows C6H12O6 + 6O2 → 6CO2 + 6H2O in the mitochondria.",
        "Burning gives H2 + Cl2 → 2HCl, and 2Na + Cl2 → 2NaCl.",
        "Photosynthesis: 6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂.",
    ],
)
def test_a_formula_with_its_coefficient_is_never_blanked(text: str) -> None:
    for shown, value in _prompts(text):
        assert not re.search(r"[0-9]\[", shown), shown  # never `6[...]`
        assert not re.search(r"\][0-9]", shown), shown  # never `[...]2`
        assert value not in {"CO", "H", "O", "CO2", "H2O", "O2", "HCl", "Na", "NaCl"}


def test_the_formulas_of_an_equation_without_coefficients_are_blanked_whole() -> None:
    text = "Respiration follows C6H12O6 + 6O2 → 6CO2 + 6H2O in the mitochondria."
    assert ("Respiration follows [...] + 6O2 → 6CO2 + 6H2O in the mitochondria.", "C6H12O6") in (
        _prompts(text)
    )


def test_a_formula_seen_with_its_coefficient_is_given_away() -> None:
    assert "CO2" not in [c.text for c in find_candidates("Leaves take in CO2: 6CO2 are fixed.")]
    assert "CO2" in [c.text for c in find_candidates("Leaves take in CO2 and give out O2.")]


def test_after_coefficient_needs_a_digit_right_before_symbols() -> None:
    assert after_coefficient("CO2", " → 6") and after_coefficient("HCl", " 2")
    assert not after_coefficient("CO2", " 6 ") and not after_coefficient("Kazan", "4")


@pytest.mark.parametrize("word", NOT_FORMULAS)
def test_a_designation_is_no_formula(word: str) -> None:
    text = f"Then {word} went by, and {word} stayed."
    assert not any(is_formula_word(t.text) for t in tokens(text))
    assert [t.text for t in tokens(text) if not t.number] == [
        found.group().removesuffix("'s") for found in _PLAIN_WORD.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("In 1957 the Soviets launched Sputnik 1 from Baikonur.", "Sputnik 1"),
        ("The crew of Apollo 11 landed in July 1969.", "Apollo 11"),
        ("Then COVID-19 spread across Europe.", "COVID-19"),
        ("A T-34 tank and 5% more.", "T-34"),
        # A capital with digits against it is one designation, never "[...]12".
        ("Vitamin B12 is made only by bacteria.", "Vitamin B12"),
        ("The files went to MI5 in London.", "MI5"),
        ("Later MI5's agents met in London.", "MI5"),  # its possessive left outside
        ("The H1N1 virus spread in 2009.", "H1N1"),
    ],
)
def test_names_with_numbers_stay_whole(text: str, answer: str) -> None:
    assert answer in [c.text for c in find_candidates(text)]


def _card(make: type[Make], text: str) -> Card:
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True))
    return next(c for c in make.cards(deck) if "[...]" in c.prompt)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Methane, CH4, is tetrahedral.", ["CH4", "CH₄", "ch4"], ["CH", "CH3"]),
        ("Manganese(IV) oxide, MnO2, is black.", ["MnO2", "MnO₂"], ["MnO"]),
        ("The ammonium ion NH4+ is acidic.", ["NH4+", "NH₄⁺"], ["NH4", "NH"]),
    ],
)
def test_the_card_asks_for_the_whole_formula(
    make: type[Make], text: str, right: list[str], wrong: list[str]
) -> None:
    card = _card(make, text)
    assert card.answer.type is AnswerType.TEXT
    answer = Answer(card.answer.type, card.answer.text, alternatives=card.answer.alternatives)
    for typed in right:
        assert grade(answer, typed, policy=Policy(), question=card.prompt).correct, typed
    for typed in wrong:
        assert not grade(answer, typed, policy=Policy(), question=card.prompt).correct, typed

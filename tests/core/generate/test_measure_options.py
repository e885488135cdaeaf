"""Drawn options and true/false swaps measure what the answer measures: a length among lengths."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.measure_kinds import (
    MIXED,
    PERCENTAGE,
    PH,
    measure_kind,
    measure_noun,
    same_measure,
)
from trainer.core.generate.option_rules import OptionRules
from trainer.core.generate.pools import Pool
from trainer.core.generate.references import Reference
from trainer.core.model import Card, CardKind, DeckDefaults

# Values by what they measure, none of them the audit's examples.
LENGTHS = ("626 km", "390 miles", "8,848 m", "42 km", "1,200 feet")
MASSES = ("5 kg", "3.5 tonnes", "250 g", "12 ounces", "80 kg")
TIMES = ("2 hours", "90 minutes", "3 days", "45 seconds")
SPEEDS = ("60 mph", "30 km/h", "340 m/s", "12 knots")
PERCENTAGES = ("12%", "45%", "3%", "78%")
COUNTS = ("7", "120", "19", "2,500")
TEMPERATURES = ("100 °C", "212 °F", "273 K", "−18 °C")


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        *((value, "length") for value in LENGTHS),
        *((value, "mass") for value in MASSES),
        *((value, "time") for value in TIMES),
        *((value, "speed") for value in SPEEDS),
        *((value, PERCENTAGE) for value in PERCENTAGES),
        *((value, "temperature") for value in TEMPERATURES),
        ("15 per cent", PERCENTAGE),
        ("pH 8.1", PH),
        ("a pH of 5", PH),
        ("9.8 m/s²", "acceleration"),
        ("500 cm³", "volume"),
        ("1.5 litres", "volume"),
        ("0.1 mol/dm³", "amount per volume"),
        ("58.5 g/mol", "mass per amount"),
        ("6.02 × 10^23 per mole", "number per amount"),
        ("£7,803", "money"),
        ("$7.25 an hour", "money per time"),
        ("about 40 km", "length"),
        ("between 20 and 25 °C", "temperature"),
        ("104.5°", "angle"),  # a degree sign alone: an angle, never a temperature's scale
        # Things counted per a unit: a rate of its own, beside no temperature or pH.
        ("72 beats per minute", "number per time"),
        ("about 16 breaths a minute", "number per time"),
        ("300 vehicles per hour", "number per time"),
    ],
)
def test_a_measure_is_read_by_its_units(value: str, kind: str) -> None:
    assert measure_kind(value) == kind


@pytest.mark.parametrize(
    "value",
    [
        *COUNTS,
        *("Apollo 11", "Louis XIV", "H2SO4", "carbon-14", "100 times", "1 in 8,000"),
        *("the Royal Mile", "Paris", "5 million people"),
    ],
)
def test_names_counts_and_formulas_measure_nothing(value: str) -> None:
    assert measure_kind(value) is None


@pytest.mark.parametrize(
    "value", ["a 10 km race", "Darwin spent ten weeks ashore", "nearly 50% of imports"]
)
def test_a_measure_among_other_words_is_mixed(value: str) -> None:
    assert measure_kind(value) == MIXED


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("98.6 °F", "37 °C", True),  # another unit of the same kind
        ("390 miles", "626 km", True),
        ("626 km", "5 kg", False),  # lengths and masses
        ("2 hours", "60 mph", False),  # times and speeds
        ("12%", "7", False),  # a percentage and a plain count
        ("7", "2,500", True),
        ("pH 7", "45 °C", False),
        ("24 dm³", "18 g/mol", False),
        ("Paris", "626 km", False),  # no measure beside one
        ("a 10 km race", "Paris", True),  # mixed: cannot be told, so kept
        ("a 10 km race", "5 kg", True),
    ],
)
def test_same_measure(first: str, second: str, alike: bool) -> None:
    assert same_measure(measure_kind(first), measure_kind(second)) is alike
    assert same_measure(measure_kind(second), measure_kind(first)) is alike


def test_measure_nouns_read_in_messages() -> None:
    assert measure_noun("energy") == "an energy"
    assert measure_noun("mass per amount") == "a mass per amount of substance"
    assert measure_noun(None) == "no measure"


def _quantities_deck(make: type[Make], values: tuple[str, ...], choices: int = 3) -> Deck:
    """One fact per value, all in one template's pool, untagged: only their measure tells
    which are alike."""
    facts = tuple(
        make.fact(f"q{i}", quantity=f"quantity number {i}", value=value, line=20 + i)
        for i, value in enumerate(values)
    )
    templates = (
        make.template(
            "value-choice", kind=TemplateKind.CHOICE, prompt="What is {quantity}?", answer="value"
        ),
        make.template(
            "value-tf",
            kind=TemplateKind.TRUE_FALSE,
            statement="The measured value of {quantity} is {value}.",
            swap="value",
            line=7,
        ),
    )
    return make.deck(
        make.excerpt("e1", make.naming(*values), facts=facts),
        templates=templates,
        defaults=DeckDefaults(auto_cloze=False, choices=choices),
    )


def _kind_of_answer(card: Card) -> str | None:
    return measure_kind(card.answer.text)


def _swapped(card: Card) -> str:
    """The value a false statement shows, from 'The measured value of … is X.'."""
    return card.prompt.rsplit(" is ", 1)[1].removesuffix(".")


@pytest.mark.parametrize(
    ("first", "second"),
    [(LENGTHS, MASSES), (TIMES, SPEEDS), (PERCENTAGES, COUNTS), (TEMPERATURES, LENGTHS)],
)
def test_options_and_swaps_measure_what_the_answer_does(
    make: type[Make], first: tuple[str, ...], second: tuple[str, ...]
) -> None:
    cards = make.cards(_quantities_deck(make, (*first, *second)))
    choices = [card for card in cards if card.kind is CardKind.CHOICE]
    assert len(choices) == len(first) + len(second)
    for card in choices:
        kinds = {measure_kind(choice) for choice in card.choices}
        assert kinds == {_kind_of_answer(card)}, card.choices
    falses = [card for card in cards if card.kind is CardKind.TRUE_FALSE and card.explanation]
    assert falses
    for card in falses:
        true_value = card.explanation.rsplit(" is ", 1)[1].removesuffix(".")
        assert measure_kind(_swapped(card)) == measure_kind(true_value), card.prompt


def test_other_units_of_the_same_kind_are_offered(make: type[Make]) -> None:
    values = ("100 °C", "212 °F", "273 K", "98.6 °F", *LENGTHS)
    cards = make.cards(_quantities_deck(make, values, choices=4))
    boiling = next(c for c in cards if c.kind is CardKind.CHOICE and c.answer.text == "100 °C")
    assert sorted(boiling.choices) == sorted(["100 °C", "212 °F", "273 K", "98.6 °F"])


def test_a_value_measuring_nothing_is_not_offered_a_measure(make: type[Make]) -> None:
    values = ("the nucleus", "the cell wall", "the ribosome", *LENGTHS)
    cards = make.cards(_quantities_deck(make, values))
    for card in cards:
        if card.kind is CardKind.CHOICE and card.answer.text == "the nucleus":
            assert sorted(card.choices) == ["the cell wall", "the nucleus", "the ribosome"]


def test_too_few_values_of_the_answers_measure_is_a_shortfall(make: type[Make]) -> None:
    # Two lengths cannot make two wrong options for a length: masses do not stand in.
    deck = _quantities_deck(make, ("626 km", "390 miles", *MASSES))
    errors = [d.message for d in make.errors(deck)]
    assert len(errors) == 1
    assert "template 'value-choice' needs 2 distinct wrong options" in errors[0]
    assert "only 1 could be found" in errors[0]
    # The author is told what each value left out measures.
    assert "(it measures a mass, and the answer a length)" in errors[0]


def test_true_false_without_a_like_measure_makes_no_card_and_says_why(make: type[Make]) -> None:
    values = ("24 dm³", *TEMPERATURES)
    deck = _only_templates(_quantities_deck(make, values), "value-tf")
    cards, diagnostics = make.generate(deck)
    volume = [c for c in cards if "24 dm³" in c.prompt or "24 dm³" in c.explanation]
    assert volume == []
    messages = [d.message for d in diagnostics]
    assert (
        "fact 'q0' has no sibling value of 'value' that is a volume, as '24 dm³' is, to swap "
        "in, so template 'value-tf' makes no true/false card from it"
    ) in messages
    swapped = [c for c in cards if c.kind is CardKind.TRUE_FALSE and c.explanation]
    assert all(measure_kind(_swapped(card)) == "temperature" for card in swapped)


def _only_templates(deck: Deck, *kept: str) -> Deck:
    return dataclasses.replace(deck, templates=tuple(t for t in deck.templates if t.id in kept))


def test_a_drawn_question_offers_only_its_answers_measure(make: type[Make]) -> None:
    # Two lengths among times and speeds: just enough for the question's two wrong options.
    values = ("626 km", "390 miles", *TIMES, *SPEEDS)
    deck = _only_templates(_quantities_deck(make, values))
    question = make.question("How long is the Suez Canal?", "193 km", draw="value", line=12)
    excerpt = make.excerpt("e2", "The Suez Canal is 193 km long.", questions=(question,))
    deck = dataclasses.replace(deck, excerpts=(*deck.excerpts, excerpt))
    card = next(card for card in make.cards(deck) if card.answer.text == "193 km")
    assert sorted(card.choices) == ["193 km", "390 miles", "626 km"]


def test_a_pool_ranks_only_values_of_the_anchors_measure(make: type[Make]) -> None:
    facts = [
        make.fact(f"f{i}", value=value)
        for i, value in enumerate((*SPEEDS, *TIMES, *COUNTS, "Apollo 11"))
    ]
    excerpt = make.excerpt("e1", facts=tuple(facts))
    pool = Pool(excerpt.facts, "value", lambda _: excerpt, None)
    rules = OptionRules.of("50 mph", (), "How fast?")
    ranked = pool.ranked(Reference(), "50 mph", rules, random.Random(1), 3)
    assert sorted(ranked) == sorted(SPEEDS)
    rules = OptionRules.of("Gemini 4", (), "Which flight?")
    assert pool.ranked(Reference(), "Gemini 4", rules, random.Random(1), 3) == ["Apollo 11"]


KINDS = (LENGTHS, MASSES, TIMES, SPEEDS, PERCENTAGES, TEMPERATURES)


@settings(max_examples=25, deadline=None)
@given(
    picked=st.lists(
        st.sampled_from([value for kind in KINDS for value in kind]),
        min_size=4,
        max_size=14,
        unique=True,
    )
)
def test_no_option_or_swap_is_of_another_measure(make: type[Make], picked: list[str]) -> None:
    cards, _ = make.generate(_quantities_deck(make, tuple(picked)))
    for card in cards:
        if card.kind is CardKind.CHOICE:
            assert {measure_kind(choice) for choice in card.choices} == {_kind_of_answer(card)}
        elif card.explanation:
            true_value = card.explanation.rsplit(" is ", 1)[1].removesuffix(".")
            assert measure_kind(_swapped(card)) == measure_kind(true_value)


def test_things_counted_per_a_unit_stand_apart_from_other_measures() -> None:
    rate = measure_kind("72 beats per minute")
    assert same_measure(rate, measure_kind("16 breaths per minute"))
    for other in ("37 °C", "pH 7.4", "5 litres per minute", "120"):
        assert not same_measure(rate, measure_kind(other)), other
    # A rate that says more than what it counts cannot be told: kept beside anything.
    assert measure_kind("72 beats per minute at rest") == MIXED


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("46 chromosomes", "23 chromosomes", True),
        ("400 ships", "230 ship", True),
        ("46 chromosomes", "4 gametes", False),  # counts of two things
        ("37 elephants", "28 legions", False),
        ("5 million people", "68 million", True),  # a population, however written
        ("12 million inhabitants", "5 million people", True),
        # Ranks and groups count nothing.
        ("the 22nd Amendment", "the Twenty-second Amendment", True),
        ("the 300", "the Fifth Amendment", True),
    ],
)
def test_a_count_measures_what_it_counts(first: str, second: str, alike: bool) -> None:
    assert same_measure(measure_kind(first), measure_kind(second)) is alike


def test_a_swap_counting_another_thing_makes_no_true_false_card(make: type[Make]) -> None:
    values = ("46 chromosomes", "4 gametes", "23 pairs")
    deck = _only_templates(_quantities_deck(make, values), "value-tf")
    cards, diagnostics = make.generate(deck)
    assert [card for card in cards if card.kind is CardKind.TRUE_FALSE] == []
    assert (
        "fact 'q0' has no sibling value of 'value' that is a count of chromosomes, as '46 "
        "chromosomes' is, to swap in, so template 'value-tf' makes no true/false card from it"
    ) in [d.message for d in diagnostics]


def test_a_month_of_the_year_is_swapped_only_for_another(make: type[Make]) -> None:
    # "Christmas falls in the month of Nisan" tests nothing: two calendars.
    assert measure_kind("December") == measure_kind("may") != measure_kind("Nisan")
    values = ("December", "Nisan", "Tishri", "Shawwal")
    deck = _only_templates(_quantities_deck(make, values), "value-tf")
    cards, diagnostics = make.generate(deck)
    assert not any("December" in card.prompt or "December" in card.explanation for card in cards)
    assert any("that is a month of the year" in d.message for d in diagnostics)


def test_a_number_with_thousands_holds_no_smaller_one(make: type[Make]) -> None:
    # "5,400 °C" was left out as holding "400 °C", split at its comma.
    values = ("400 °C", "3,700 °C", "4,500 °C", "5,400 °C")
    cards, diagnostics = make.generate(_quantities_deck(make, values, choices=4))
    assert not [d for d in diagnostics if d.severity.value == "error"], diagnostics
    options = [set(card.choices) for card in cards if card.kind is CardKind.CHOICE]
    assert any("5,400 °C" in choices and "400 °C" in choices for choices in options)


# Physical constants in SI symbols that grading does not read: each its own quantity.
CONSTANTS = (
    "8.85 × 10⁻¹² F/m",
    "1.26 × 10⁻⁶ H/m",
    "5.67 × 10⁻⁸ W m⁻² K⁻⁴",
    "96,485 C/mol",
    "1.381 × 10⁻²³ J/K",
    "8.314 J/(mol K)",
    "7.08 × 10⁻¹⁰ F/m",
)


def test_a_constant_in_symbols_is_offered_and_swapped_only_its_quantity(
    make: type[Make],
) -> None:
    cards, diagnostics = make.generate(_quantities_deck(make, CONSTANTS, choices=2))
    choices = {card.answer.text: card.choices for card in cards if card.kind is CardKind.CHOICE}
    # Two permittivities (a vacuum's, water's) are one quantity, and no other is.
    assert sorted(choices["8.85 × 10⁻¹² F/m"]) == ["7.08 × 10⁻¹⁰ F/m", "8.85 × 10⁻¹² F/m"]
    swaps = [_swapped(card) for card in cards if card.kind is CardKind.TRUE_FALSE]
    assert swaps
    assert set(swaps) <= {"8.85 × 10⁻¹² F/m", "7.08 × 10⁻¹⁰ F/m"}
    messages = " ".join(d.message for d in diagnostics)
    assert "'1.381 × 10⁻²³ J/K' (it measures a quantity of dimension M1 L2 T-2 Θ-1" in messages

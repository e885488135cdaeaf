"""Tests of the sizes of amounts written with their units or scales (`amounts`)."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.amounts import amount_size, measure_of
from trainer.core.generate.option_rules import OptionRules, ValueClass
from trainer.core.generate.pools import Pool
from trainer.core.generate.references import Reference
from trainer.core.model import CardKind, DeckDefaults


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("6,650 km", 6_650_000),  # in metres, the measure's base
        ("8,849 m", 8_849),
        ("about 68 million", 68_000_000),
        ("1.4 billion", 1_400_000_000),
        ("42", 42),
    ],
)
def test_an_amount_is_read_in_its_measures_base(value: str, amount: float) -> None:
    size = amount_size(value)
    assert size is not None and math.isclose(math.expm1(size), amount, rel_tol=1e-9)


@pytest.mark.parametrize("value", ["Between 500 and 600 miles", "Apollo 11", "the Nile", ""])
def test_a_value_that_is_no_single_amount_has_no_size(value: str) -> None:
    assert amount_size(value) is None


@given(st.integers(1, 10**9), st.integers(1, 10**9))
def test_lengths_are_ordered_as_their_metres_whatever_the_unit(metres: int, km: int) -> None:
    in_metres = measure_of(f"{metres:,} m", ValueClass.TEXT)
    in_km = measure_of(f"{km:,} km", ValueClass.TEXT)
    assert in_metres is not None and in_km is not None
    assert (in_metres < in_km) is (metres < km * 1000)


HEIGHTS = [
    ("everest", "8,849 m"),
    ("aconcagua", "6,961 m"),
    ("denali", "6,190 m"),
    ("kilimanjaro", "5,895 m"),
    ("elbrus", "5,642 m"),
    ("vinson", "4,892 m"),
    ("kosciuszko", "2,228 m"),
    ("ben-nevis", "1,345 m"),
    ("snowdon", "1,085 m"),
]


def test_options_for_an_amount_with_a_unit_are_the_nearest(make: type[Make]) -> None:
    # "How high is Mount Kosciuszko?" offered only amounts near its 2,228 m, not three
    # drawn at random among heights thrice its own.
    facts = tuple(
        make.fact(name, peak=name.title(), height=height, line=20 + i)
        for i, (name, height) in enumerate(HEIGHTS)
    )
    template = make.template(
        "height", kind=TemplateKind.CHOICE, prompt="How high is {peak}?", answer="height"
    )
    text = " ".join(f"{name.title()} rises {height}." for name, height in HEIGHTS)
    deck = make.deck(make.excerpt("peaks", text, facts=facts), templates=(template,))
    cards = {card.answer.text: card for card in make.cards(deck) if card.kind is CardKind.CHOICE}
    assert set(cards["1,345 m"].choices) <= {"1,345 m", "1,085 m", "2,228 m", "4,892 m"}
    assert set(cards["5,895 m"].choices) <= {"5,895 m", "5,642 m", "6,190 m", "4,892 m", "6,961 m"}


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        # A number with its scale is an amount whatever the kind of its field: these had
        # no size at all, as they measure nothing.
        ("12 million", 12_000_000),
        ("about 68 million", 68_000_000),
        ("68 million people", 68_000_000),  # with what it counts
        ("3 thousand", 3_000),
        # A hedge before it is no part of its size.
        ("more than 40 million", 40_000_000),
        ("over 1,000 m", 1_000),
        ("at least 3 days", 3 * 86_400),
        ("45 percent", 45),
    ],
)
def test_an_amount_of_text_is_measured(value: str, amount: float) -> None:
    size = measure_of(value, ValueClass.TEXT)
    assert size is not None and math.isclose(math.expm1(size), amount, rel_tol=1e-9)


@pytest.mark.parametrize(
    "value",
    ["2 million years ago", "a 10 km race", "1 in 8,000", "Louis XIV", "carbon-14", "the 1960s"],
)
def test_an_amount_among_other_words_is_not_measured(value: str) -> None:
    assert measure_of(value, ValueClass.TEXT) is None


@pytest.mark.parametrize(
    ("shorter", "longer"),
    [
        ("3 hours", "5,000 years"),  # clock time beside calendar time
        ("90 minutes", "2 months"),
        ("40 days", "2 months"),
        ("11 months", "1 year"),
        ("1 mm a day", "1 m a year"),  # a rate per calendar time beside one per clock time
    ],
)
def test_clock_and_calendar_times_are_ordered_as_they_last(shorter: str, longer: str) -> None:
    short, long = measure_of(shorter, ValueClass.TEXT), measure_of(longer, ValueClass.TEXT)
    assert short is not None and long is not None and short < long


POPULATIONS = [
    ("china", "about 1.4 billion"),
    ("nigeria", "about 220 million"),
    ("brazil", "about 203 million"),
    ("japan", "about 124 million"),
    ("germany", "about 84 million"),
    ("france", "about 68 million"),
    ("spain", "about 48 million"),
    ("canada", "40 million"),
    ("poland", "about 37 million"),
    ("australia", "26 million"),
    ("sweden", "about 10 million"),
    ("norway", "5.5 million"),
]


def _amounts_deck(make: type[Make], amounts: list[tuple[str, str]], choices: int = 4) -> Deck:
    facts = tuple(
        make.fact(name, country=name.title(), amount=amount, line=20 + i)
        for i, (name, amount) in enumerate(amounts)
    )
    template = make.template(
        "amount",
        kind=TemplateKind.CHOICE,
        prompt="What is the figure for {country}?",
        answer="amount",
    )
    text = " ".join(f"{name.title()}: {amount}." for name, amount in amounts)
    return make.deck(
        make.excerpt("figures", text, facts=facts),
        templates=(template,),
        defaults=DeckDefaults(auto_cloze=False, choices=choices),
    )


def _choices(make: type[Make], deck: Deck) -> dict[str, set[str]]:
    return {
        card.answer.text: set(card.choices)
        for card in make.cards(deck)
        if card.kind is CardKind.CHOICE
    }


def test_options_for_a_number_with_its_scale_are_the_nearest(make: type[Make]) -> None:
    # "Roughly how many people live in France?" (about 68 million) was offered amounts
    # drawn by tags and chance, not by size.
    choices = _choices(make, _amounts_deck(make, POPULATIONS))
    assert choices["about 68 million"] <= {
        "about 68 million", "about 84 million", "about 48 million", "40 million",
        "about 124 million", "about 37 million",
    }  # fmt: skip
    assert choices["5.5 million"] == {
        "5.5 million",
        "about 10 million",
        "26 million",
        "about 37 million",
    }


def test_heights_in_other_units_are_ranked_in_one_base(make: type[Make]) -> None:
    # One height written in km, one in feet: each stands where its metres put it.
    heights = [
        ("everest", "8,849 m"),
        ("k2", "8.611 km"),
        ("aconcagua", "6,961 m"),
        ("denali", "20,310 ft"),
        ("kilimanjaro", "5,895 m"),
        ("mont-blanc", "4,806 m"),
        ("ben-nevis", "1,345 m"),
        ("snowdon", "1,085 m"),
        ("scafell", "978 m"),
    ]
    choices = _choices(make, _amounts_deck(make, heights))
    assert choices["8,849 m"] == {"8,849 m", "8.611 km", "6,961 m", "20,310 ft"}
    assert choices["1,085 m"] == {"1,085 m", "1,345 m", "978 m", "4,806 m"}
    assert choices["20,310 ft"] == {"20,310 ft", "5,895 m", "6,961 m", "8.611 km"} or choices[
        "20,310 ft"
    ] == {"20,310 ft", "5,895 m", "6,961 m", "4,806 m"}


def test_a_large_pool_samples_the_nearest_of_the_answers_own_measure(make: type[Make]) -> None:
    # More values than a pool ranks in full: a length's nearest neighbours are sampled
    # among lengths, not among masses whose number of grams is like its number of metres.
    values = [
        *(f"{n:,} km" for n in range(1_000, 1_500)),
        # As many grams as the nearest km are metres, and closer together.
        *(f"{n / 10:,} kg" for n in range(10_255, 10_355)),
    ]
    facts = tuple(make.fact(f"f{i}", value=value) for i, value in enumerate(values))
    excerpt = make.excerpt("e1", facts=facts)
    pool = Pool(excerpt.facts, "value", lambda _: excerpt, None)
    rules = OptionRules.of("1,030 km", (), "How far?")
    for seed in range(20):
        ranked = pool.ranked(Reference(), "1,030 km", rules, random.Random(seed), 3)
        assert sorted(ranked[:2]) == ["1,029 km", "1,031 km"], ranked[:4]


def test_an_amount_drawn_from_beyond_its_tags_is_no_shortfall(make: type[Make]) -> None:
    # As for a number, an amount's nearest values come before those of its tags: a
    # nearer amount of an untagged fact is chosen, not a shortage of tagged ones.
    tagged = {"germany", "france", "spain", "poland"}
    facts = tuple(
        make.fact(
            name,
            country=name.title(),
            amount=amount,
            line=20 + i,
            tags=("europe",) if name in tagged else (),
        )
        for i, (name, amount) in enumerate(POPULATIONS)
    )
    template = make.template(
        "amount", kind=TemplateKind.CHOICE, prompt="How many live in {country}?", answer="amount"
    )
    text = " ".join(f"{name.title()}: {amount}." for name, amount in POPULATIONS)
    deck = make.deck(make.excerpt("figures", text, facts=facts), templates=(template,))
    assert not [w.message for w in make.warnings(deck) if "without those tags" in w.message]


GDPS = [
    ("united states", "$27 trillion"),
    ("china", "$18 trillion"),
    ("germany", "$4.5 trillion"),
    ("india", "$3.5 trillion"),
    ("brazil", "$2.2 trillion"),
    ("mexico", "$1.8 trillion"),
    ("poland", "$840 billion"),
    ("norway", "$480 billion"),
]


def test_sums_of_money_are_ranked_by_size(make: type[Make]) -> None:
    # "$27 trillion" was text beside "$18 trillion": options came by tags and chance.
    choices = _choices(make, _amounts_deck(make, GDPS))
    assert choices["$480 billion"] == {
        "$480 billion", "$840 billion", "$1.8 trillion", "$2.2 trillion",
    }  # fmt: skip
    assert "$480 billion" not in choices["$27 trillion"]


@pytest.mark.parametrize(("value", "amount"), [("$27 trillion", 27e12), ("£7,803", 7803)])
def test_a_sum_of_money_is_measured(value: str, amount: float) -> None:
    size = measure_of(value, ValueClass.TEXT)
    assert size is not None and math.isclose(math.expm1(size), amount, rel_tol=1e-9)


def test_a_bare_number_beside_numbers_among_words_is_told_to_be_written_alike(
    make: type[Make],
) -> None:
    # Not "it is a text, and the answer a number": both are numbers, written unlike.
    deaths = [("tambora", "about 71,000"), ("krakatoa", "about 36,000"), ("pelee", "about 28,000")]
    (error,) = make.errors(_amounts_deck(make, [*deaths, ("helens", "57")]))
    assert (
        "'57' (it is a number alone, the answer one among words: write them alike)" in error.message
    )
    (error,) = make.errors(_amounts_deck(make, [("helens", "57"), ("etna", "69"), *deaths]))
    assert (
        "'about 71,000' (it writes its number among words, the answer alone: write them alike)"
        in error.message
    )

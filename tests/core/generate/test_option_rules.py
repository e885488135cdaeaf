"""Tests of what makes a fair option: like values that neither name nor overlap the answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.normalise import fold
from trainer.core.generate.option_rules import (
    OptionRules,
    ValueClass,
    alike,
    fold_once,
    quick_fold,
    value_class,
    value_parts,
)
from trainer.core.generate.placeholders import capitalised, parse_pattern
from trainer.core.model import AnswerType


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("1926", ValueClass.YEAR),
        ("1926-03", ValueClass.DATE),
        ("1928-09-01", ValueClass.DATE),
        ("50,000", ValueClass.NUMBER),
        ("50%", ValueClass.NUMBER),
        ("Kazan", ValueClass.TEXT),
        ("Apollo 11", ValueClass.TEXT),
    ],
)
def test_value_classes(value: str, kind: ValueClass) -> None:
    assert value_class(value) is kind


def test_a_declared_number_field_keeps_year_like_numbers_numbers() -> None:
    assert value_class("1500", AnswerType.NUMBER) is ValueClass.NUMBER
    assert alike(ValueClass.YEAR, ValueClass.DATE)
    assert not alike(ValueClass.YEAR, ValueClass.NUMBER)
    assert not alike(ValueClass.TEXT, ValueClass.YEAR)


def test_parts_split_at_and_ampersand_commas_and_semicolons() -> None:
    assert value_parts("James Watson and Francis Crick") == {"james watson", "francis crick"}
    assert value_parts("Marx & Engels") == {"marx", "engels"}
    assert value_parts("The Nazis, the DNVP; the Stahlhelm") == {"nazis", "dnvp", "stahlhelm"}


WATSON_AND_CRICK = OptionRules.of(
    "James Watson and Francis Crick", (), "Who described the double helix in 1953?"
)


@pytest.mark.parametrize(
    "option",
    [
        "James Watson",  # contained in the answer
        "Francis Crick and Maurice Wilkins",  # shares a person
        "james watson AND francis crick!",  # the answer itself, folded
        "Watson",  # contained in the answer, as whole words
    ],
)
def test_an_option_never_overlaps_the_answer(option: str) -> None:
    assert WATSON_AND_CRICK.refuses(option)


def test_an_option_that_contains_the_answer_is_refused() -> None:
    rules = OptionRules.of("James Watson", (), "Who shared the 1962 prize?")
    assert rules.refuses("James Watson and Francis Crick")
    assert not rules.refuses("Maurice Wilkins")
    # Whole words only: "Watsonville" does not contain "Watson".
    assert not OptionRules.of("Watson", (), "Who?").refuses("Watsonville")


def test_where_the_answer_spells_the_prompts_acronym_every_option_must() -> None:
    rules = OptionRules.of("central processing unit", (), "What does CPU stand for?")
    assert rules.refuses("random-access memory")
    assert not rules.refuses("core processing unit")
    assert not rules.refuses("computer processing unit")
    # An answer that spells none of the prompt's capitals leaves options alone.
    assert not OptionRules.of("Bell Labs", (), "Where was UNIX made?").refuses("MIT")


def test_an_option_named_in_the_prompt_is_refused() -> None:
    rules = OptionRules.of("Salvador Luria", (), "Under whom did James Watson take his PhD?")
    assert rules.refuses("James Watson")
    assert rules.refuses("Watson")
    assert rules.refuses("Francis Crick and James Watson")
    assert not rules.refuses("Max Delbrück")


def test_a_second_right_answer_and_a_value_of_its_parts_only_are_refused() -> None:
    rules = OptionRules.of(
        "the Apology",
        (),
        "Which of these works did Plato write?",
        also_right=("phaedo", "republic", "laws"),
    )
    assert rules.refuses("The Phaedo")
    assert rules.refuses("the Republic and the Laws")
    assert not rules.refuses("the Republic and the Aeneid")  # the Aeneid is Virgil's
    assert not rules.refuses("the Politics")
    assert not OptionRules.of("the Apology", (), "Which?").refuses("the Phaedo")


def test_accepted_answers_and_aliases_are_refused() -> None:
    rules = OptionRules.of("Soviet Union", ("USSR", "the Soviets"), "Which country?")
    assert rules.refuses("ussr!")
    assert rules.refuses("The Soviets")
    assert not rules.refuses("Germany")
    assert rules.refuses("")


@given(st.text(max_size=30))
def test_quick_fold_is_fold(text: str) -> None:
    assert quick_fold(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the liquidation", "The liquidation"),
        ("iPhone sales", "iPhone sales"),
        ("eBay", "eBay"),
        ("Lenin", "Lenin"),
        ("", ""),
        ("1926 saw it", "1926 saw it"),
        ("éclair", "Éclair"),
    ],
)
def test_capitalised(text: str, expected: str) -> None:
    assert capitalised(text) == expected


def test_a_rendering_starts_with_a_capital_whatever_starts_it() -> None:
    assert parse_pattern("{event}").render_sentence({"event": "the war"}) == "The war"
    assert parse_pattern("in {year}").render_sentence({"year": "1926"}) == "In 1926"
    assert parse_pattern("the Beagle reaches {place}").render_sentence({"place": "Bahia"}) == (
        "The Beagle reaches Bahia"
    )
    assert parse_pattern("iPhone in {year}").render_sentence({"year": "2007"}) == "iPhone in 2007"
    assert parse_pattern("{who} won").render_sentence({"who": "de Gaulle"}) == "De Gaulle won"


def test_an_article_does_not_make_an_accepted_answer_a_fair_option() -> None:
    rules = OptionRules.of("Soviet Union", ("the Soviets",), "Which country?")
    assert rules.refuses("Soviets")


@pytest.mark.parametrize(
    ("answer", "value", "refused"),
    [
        # The answer's words with some left out, or the other way round, in order: as right.
        ("a set of violin concertos", "a set of concertos", True),
        ("a set of violin concertos", "a set of violin concertos and sonatas", True),
        ("Pope Gregory XIII", "Gregory XIII", True),
        # Other words, or the same words in another order, say another thing.
        ("a set of violin concertos", "a set of piano sonatas", False),
        ("a set of violin concertos", "concertos for violin", False),
        ("Northern India", "Southern India", False),
        # A sign makes another value: "5 °C" for "−5 °C" is its best rival.
        ("−5 °C", "5 °C", False),
    ],
)
def test_a_value_nested_in_the_answer_is_refused(answer: str, value: str, refused: bool) -> None:
    assert OptionRules.of(answer, (), "What is it?").refuses(value) is refused


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_by_bytes_as_by_the_pattern(text: str) -> None:
    # fold_once translates ASCII bytes: the same words as replacing every run of what is
    # neither a small letter nor a digit, once lowered, by a space.
    assert fold_once(text) == " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


@pytest.mark.parametrize(
    ("answer", "value", "refused"),
    [
        # A formula's terms make another value: no complexity gives another away.
        ("O(n log n)", "O(log n)", False),  # was refused as held in the answer
        ("O(n log n)", "O(n)", False),
        ("O(log n)", "O(n log n)", False),
        ("O(n log n)", "O(n^2)", False),
        ("O(n log n)", "O((V + E) log V)", True),  # symbols the answer has not
        # Words held in the answer's, or holding them, still give it away.
        ("a set of violin concertos", "a set of concertos", True),
        ("Lipetsk", "the Lipetsk school", True),
    ],
)
def test_a_formula_held_in_another_is_another_value(answer: str, value: str, refused: bool) -> None:
    rules = OptionRules.of(answer, [], "What is the worst-case running time?")
    assert rules.refuses(value) is refused


@pytest.mark.parametrize(
    ("value", "refused"),
    [("8,586", True), ("8640", True), ("8516", False), ("8849", False), ("Everest", False)],
)
def test_a_number_within_the_tolerance_is_as_right_as_the_answer(value: str, refused: bool) -> None:
    rules = OptionRules.of("8611", (), "How high is K2, in metres?", tolerance=30)
    assert rules.refuses(value) is refused
    # Without a tolerance, only the answer itself is.
    assert OptionRules.of("8611", (), "How high is K2?").refuses("8586") is False


@pytest.mark.parametrize(
    ("answer", "tolerance", "value", "refused"),
    [
        # Read as written: folding drops a decimal point, which would make 9.8 "98".
        ("9.81", 0.1, "9.8", True),
        ("9.81", 0.1, "9.6", False),
        ("-4.5", 0.5, "−4.2", True),
        ("-4.5", 0.5, "4.5", False),
        # Years of either era by their era: 44 BC is five years from 49 BC, AD 49 98.
        ("49 BC", 3, "47 BC", True),
        ("49 BC", 3, "44 BC", False),
        ("49 BC", 3, "AD 49", False),
        ("6,400 km", 100, "6,300 km", True),
    ],
)
def test_a_value_within_the_tolerance_is_read_as_written(
    answer: str, tolerance: float, value: str, refused: bool
) -> None:
    rules = OptionRules.of(answer, (), "How much?", tolerance=tolerance)
    assert rules.refuses(value) is refused


@given(answer=st.integers(-10_000, 10_000), value=st.integers(-10_000, 10_000))
def test_tolerance_refuses_exactly_the_numbers_it_would_accept(answer: int, value: int) -> None:
    rules = OptionRules.of(str(answer), (), "How many?", tolerance=25)
    if value != answer:
        assert rules.refuses(str(value)) is (abs(value - answer) <= 25)


def test_a_number_near_an_answer_said_to_be_approximate_is_right_too() -> None:
    asked = "About how long is the Yangtze?"
    rules = OptionRules.of("6,300 km", (), asked, approximate=True)
    assert rules.refuses("6,400 km")  # within a twentieth: about right
    assert not rules.refuses("6,650 km")
    assert not OptionRules.of("6,300 km", (), "How long is the Yangtze?").refuses("6,400 km")

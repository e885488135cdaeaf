"""Dates shown in words wherever a card shows a date field; ids and grading unchanged."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.answering.grading import grade
from trainer.core.authored import Chronology, Deck, FieldSpec, Template, TemplateKind
from trainer.core.generate.field_display import (
    date_in_words,
    is_date_field,
    is_year_field,
    shown_value,
    year_in_words,
)
from trainer.core.model import AnswerType, Card, CardKind, DeckDefaults
from trainer.core.scheduling.policy import Policy

PORTS = (
    ("bahia", "Bahia", "1832-02-28"),
    ("rio", "Rio de Janeiro", "1832-04-04"),
    ("montevideo", "Monte Video", "1832-07-26"),
    ("falklands", "the Falkland Islands", "1833-03"),
    ("callao", "Callao", "1835"),
)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1832-01-16", "16 January 1832"),
        ("1832-01-06", "6 January 1832"),
        ("1833-03", "March 1833"),
        ("1835", "1835"),
        ("on 16 January 1832", None),
        ("1832-02-30", None),
    ],
)
def test_a_date_in_words(value: str, words: str | None) -> None:
    assert date_in_words(value) == words


def test_only_date_fields_are_shown_in_words() -> None:
    fields = {"when": FieldSpec("when", AnswerType.DATE), "year": FieldSpec("year")}
    assert shown_value(fields, "when", "1832-01-16") == "16 January 1832"
    assert shown_value(fields, "date", "1832-01-16") == "16 January 1832"  # by its name
    assert shown_value(fields, "year", "1832") == "1832"
    assert shown_value(fields, "place", "1832-01-16") == "1832-01-16"
    assert shown_value(fields, "when", "the spring of 1832") == "the spring of 1832"


def _deck(
    make: type[Make],
    *templates: Template,
    chronologies: tuple[Chronology, ...] = (),
    choices: int = 3,
) -> Deck:
    facts = tuple(
        make.fact(fact_id, place=place, date=date, event=f"the ship reaches {place}")
        for fact_id, place, date in PORTS
    )
    return make.deck(
        make.excerpt("voyage", facts=facts),
        templates=templates,
        chronologies=chronologies,
        defaults=DeckDefaults(auto_cloze=False, choices=choices),
    )


def _by_id(cards: Iterable[Card]) -> dict[str, Card]:
    return {card.id.rsplit(":", 1)[1]: card for card in cards}


def test_a_template_prompt_shows_a_date_in_words(make: type[Make]) -> None:
    template = make.template(
        "where", prompt="Which place did the ship reach on {date}?", answer="place"
    )
    cards = _by_id(make.cards(_deck(make, template)))
    assert cards["bahia.where"].prompt == "Which place did the ship reach on 28 February 1832?"
    assert cards["falklands.where"].prompt == "Which place did the ship reach in March 1833?"
    assert cards["callao.where"].prompt == "Which place did the ship reach in 1835?"


def test_a_date_answer_and_its_options_read_in_words_and_grade_as_dates(make: type[Make]) -> None:
    text = make.template("when", prompt="When did the ship reach {place}?", answer="date")
    choice = make.template(
        "when-choice", kind=TemplateKind.CHOICE, prompt="When did it reach {place}?", answer="date"
    )
    cards = _by_id(make.cards(_deck(make, text, choice)))
    bahia = cards["bahia.when"]
    assert (bahia.answer.text, bahia.answer.type) == ("28 February 1832", AnswerType.DATE)
    for typed in ("28 February 1832", "1832-02-28", "Feb 28, 1832", "the 28th of February 1832"):
        assert grade(bahia.answer, typed, policy=Policy(), question=bahia.prompt).correct
    options = cards["bahia.when-choice"]
    assert options.answer.text == "28 February 1832"
    assert options.choices[options.answer.key[0]] == "28 February 1832"
    assert not any(choice[:4].isdigit() and "-" in choice for choice in options.choices)


def test_a_true_false_statement_shows_dates_in_words(make: type[Make]) -> None:
    template = make.template(
        "when-tf",
        kind=TemplateKind.TRUE_FALSE,
        statement="The ship reached {place} on {date}.",
        swap="date",
    )
    cards = make.cards(_deck(make, template))
    assert cards and all("-" not in card.prompt for card in cards)
    bahia = _by_id(cards)["bahia.when-tf"]
    shown = bahia.explanation or bahia.prompt.removeprefix("True or false: ")
    assert shown == "The ship reached Bahia on 28 February 1832."


def test_a_chronology_label_shows_dates_in_words(make: type[Make]) -> None:
    chronology = make.chronology("order", "bahia", "rio", "montevideo", label="{place} ({date})")
    (card,) = [
        c
        for c in make.cards(_deck(make, chronologies=(chronology,)))
        if c.kind is CardKind.CHRONOLOGY
    ]
    assert sorted(card.choices) == [
        "Bahia (28 February 1832)",
        "Monte Video (26 July 1832)",
        "Rio de Janeiro (4 April 1832)",
    ]


def test_a_question_drawing_dates_shows_them_in_words(make: type[Make]) -> None:
    question = make.question("When did the ship reach Bahia?", "1832-02-28", slot="q", draw="date")
    deck = _deck(make)
    excerpt = dataclasses.replace(deck.excerpts[0], questions=(question,))
    (card,) = make.cards(dataclasses.replace(deck, excerpts=(excerpt,)))
    assert card.answer.text == "28 February 1832"
    assert card.choices[card.answer.key[0]] == "28 February 1832"
    assert all("-" not in choice for choice in card.choices)


def test_card_ids_do_not_depend_on_how_a_date_is_shown(make: type[Make]) -> None:
    template = make.template(
        "where", prompt="Which place did the ship reach on {date}?", answer="place"
    )
    ids = [card.id for card in make.cards(_deck(make, template))]
    assert ids == [f"d:voyage:{fact_id}.where" for fact_id, _, _ in PORTS]


_FIELD_SPECS = {
    "when": FieldSpec("when", AnswerType.DATE),
    "born": FieldSpec("born", AnswerType.YEAR),
    "date": FieldSpec("date", AnswerType.TEXT),
    "km": FieldSpec("km", AnswerType.NUMBER),
}


@given(
    st.sampled_from(["when", "born", "date", "year", "km", "who"]),
    st.sampled_from(["1832-01-16", "1832-01", "0079", "1832", "Kazan", "-0043", "12"]),
    st.booleans(),
)
def test_a_value_is_shown_as_its_fields_date_or_year_test_says(
    name: str, value: str, declared: bool
) -> None:
    fields = _FIELD_SPECS if declared else {}
    if is_date_field(fields, name):
        expected = date_in_words(value) or value
    elif is_year_field(fields, name):
        expected = year_in_words(value)
    else:
        expected = value
    assert shown_value(fields, name, value) == expected

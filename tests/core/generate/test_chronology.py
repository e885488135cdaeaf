"""Tests of chronology cards: dating facts, ambiguity errors and the never-in-order shuffle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.answering.presentation import events_in_order
from trainer.core.authored import Deck, TemplateKind
from trainer.core.model import AnswerType, CardKind
from trainer.core.partial_dates import parse_iso_date

# An event: its excerpt's id, its fact's id, the event, its date fields (keywords of
# `Make.fact`), its pages.
Event = tuple[str, str, str, dict[str, Any], str]
EVENTS: list[Event] = [
    ("lenin", "lenin-passage", "Lenin crosses Germany", {"year": "1917"}, "3"),
    ("schools", "schools", "Lipetsk is agreed", {"date": "1926-03"}, "128–129"),
    ("comintern", "comintern", "Comintern denounces the SPD", {"date": "1928-09-01"}, "138–141"),
]


def _deck(
    make: type[Make],
    events: Sequence[Event] = EVENTS,
    chronology_id: str = "cooperation",
    order: list[str] | None = None,
    **chronology_kw: Any,
) -> Deck:
    excerpts = tuple(
        make.excerpt(
            excerpt_id,
            pages=pages,
            facts=(make.fact(fact_id, line=20 + i, event=event, **dates),),
            tags=(excerpt_id,),
        )
        for i, (excerpt_id, fact_id, event, dates, pages) in enumerate(events)
    )
    fact_ids = order or [fact_id for _, fact_id, *_ in events]
    chronology = make.chronology(chronology_id, *fact_ids, tags=("order",), **chronology_kw)
    return make.deck(*excerpts, chronologies=(chronology,))


def test_a_chronology_asks_for_the_events_in_date_order(make: type[Make]) -> None:
    (card,) = make.cards(_deck(make, order=["comintern", "lenin-passage", "schools"]))
    assert card.id == "d:cooperation:order"
    assert card.kind is CardKind.CHRONOLOGY
    assert card.prompt == "Put these events in order, earliest first."
    assert card.answer.type is AnswerType.ORDER
    assert card.answer.text == (
        "Lenin crosses Germany → Lipetsk is agreed → Comintern denounces the SPD"
    )
    in_order = [card.choices[i] for i in card.answer.key]
    assert " → ".join(in_order) == card.answer.text
    assert sorted(card.answer.key) == [0, 1, 2]
    assert list(card.answer.key) != [0, 1, 2]
    assert card.excerpt_id == "comintern"
    assert card.cites == ("comintern", "lenin", "schools")
    assert card.source == "pp. 138–141; p. 3; pp. 128–129"
    assert card.tags == ("comintern", "lenin", "schools", "order")


def test_the_card_carries_the_events_in_order_with_their_dates(make: type[Make]) -> None:
    (card,) = make.cards(_deck(make, order=["schools", "comintern", "lenin-passage"]))
    assert card.explanation.splitlines() == [
        "1917: Lenin crosses Germany",
        "March 1926: Lipetsk is agreed",
        "1 September 1928: Comintern denounces the SPD",
    ]
    assert events_in_order(card) == tuple(card.explanation.splitlines())


def test_the_options_are_shuffled_whatever_order_the_entry_lists(make: type[Make]) -> None:
    listed = ["comintern", "lenin-passage", "schools"]
    shown = {
        make.cards(_deck(make, order=listed, chronology_id=f"c{n}"))[0].choices for n in range(20)
    }
    assert len(shown) > 2
    (as_listed,) = make.cards(_deck(make, order=listed))
    (reversed_entry,) = make.cards(_deck(make, order=listed[::-1]))
    assert (as_listed.choices, as_listed.answer) == (reversed_entry.choices, reversed_entry.answer)


def test_labels_and_the_date_field_can_be_chosen(make: type[Make]) -> None:
    events = [
        ("a", "a", "A", {"when": "1930", "year": "1999"}, "1"),
        ("b", "b", "B", {"when": "1920", "year": "1901"}, "2"),
        ("c", "c", "C", {"when": "1925", "year": "1950"}, "3"),
    ]
    (card,) = make.cards(_deck(make, events, label="{event} ({when})", date_field="when"))
    assert card.answer.text == "B (1920) → C (1925) → A (1930)"


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ("1926", "1926", "have the same date"),
        ("1926-03", "1926-03", "have the same date"),
        ("1926", "1926-03", "have dates of which one contains the other"),
        ("1926-03", "1926-03-05", "have dates of which one contains the other"),
    ],
)
def test_events_whose_order_is_ambiguous_are_an_error(
    make: type[Make], first: str, second: str, why: str
) -> None:
    events = [
        ("a", "a", "A", {"date": first}, "1"),
        ("b", "b", "B", {"date": second}, "2"),
        ("c", "c", "C", {"date": "1930"}, "3"),
    ]
    (error,) = make.errors(_deck(make, events))
    assert error.location == make.loc(2, 5)
    assert error.message == (
        f"chronology 'cooperation': facts 'a' ({first}) and 'b' ({second}) {why}, "
        "so their order is ambiguous"
    )


def test_a_fact_without_a_date_or_with_a_bad_one_is_an_error(make: type[Make]) -> None:
    events = [
        ("a", "a", "A", {}, "1"),
        ("b", "b", "B", {"date": "the spring of 1926"}, "2"),
        ("c", "c", "C", {"year": "1926-13"}, "3"),
    ]
    errors = make.errors(_deck(make, events))
    assert [str(e) for e in errors] == [
        "deck.yaml:2:5: error: chronology 'cooperation': fact 'a' has no 'date' or 'year' "
        "to date it by",
        "deck.yaml:21:9: error: fact 'b' has date 'the spring of 1926', which is not a date: "
        "write YYYY, YYYY-MM, YYYY-MM-DD, a date in words (14 July 1789) or a year with its "
        "era (480 BC)",
        "deck.yaml:22:9: error: fact 'c' has year '1926-13', which is not a date: "
        "write YYYY, YYYY-MM, YYYY-MM-DD, a date in words (14 July 1789) or a year with its "
        "era (480 BC)",
    ]


def test_dates_written_in_words_are_ordered_as_dates(make: type[Make]) -> None:
    # An instructor writes dates as people do: "14 July 1789" was an error.
    events = [
        ("a", "a", "Waterloo", {"date": "18 June 1815"}, "1"),
        ("b", "b", "Vienna closes", {"date": "June 9, 1815"}, "2"),
        ("c", "c", "The Bastille", {"date": "14th of July 1789"}, "3"),
        ("d", "d", "Napoleon crowned", {"date": "Dec. 1804"}, "4"),
    ]
    (card,) = make.cards(_deck(make, events))
    order = [card.choices[i] for i in card.answer.key]
    assert order == ["The Bastille", "Napoleon crowned", "Vienna closes", "Waterloo"]


def test_an_unknown_fact_or_label_field_is_an_error(make: type[Make]) -> None:
    (unknown,) = make.errors(_deck(make, order=["lenin-passage", "school", "comintern"]))
    assert unknown.message == (
        "chronology 'cooperation' names fact 'school', which does not exist "
        "(did you mean 'schools'?)"
    )
    (label,) = make.errors(_deck(make, label="{title}"))
    assert label.message == (
        "chronology 'cooperation': the label uses field 'title', which facts "
        "'lenin-passage', 'schools', 'comintern' lack"
    )


def test_facts_of_a_chronology_count_as_used(make: type[Make]) -> None:
    warnings = make.warnings(_deck(make))
    assert warnings == []


def test_deck_dates_cover_years_months_and_days() -> None:
    year = parse_iso_date("1926")
    month = parse_iso_date("1928-02")
    day = parse_iso_date("1928-09-01")
    assert year and (year.first_day, year.last_day) == (dt.date(1926, 1, 1), dt.date(1926, 12, 31))
    assert month and month.last_day == dt.date(1928, 2, 29)
    assert day and day.first_day == day.last_day == dt.date(1928, 9, 1)
    for bad in ("12345", "79-03", "1926-3", "1926-02-30", "1926/03", "", "0000", "0", "-79"):
        assert parse_iso_date(bad) is None


@settings(max_examples=80, deadline=None)
@given(
    chronology_id=st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True),
    years=st.lists(st.integers(1000, 2099), min_size=3, max_size=5, unique=True),
)
def test_the_options_are_never_already_in_order(
    make: type[Make], chronology_id: str, years: list[int]
) -> None:
    events = [
        (f"e{i}", f"f{i}", f"Event {i}", {"year": str(year)}, "1") for i, year in enumerate(years)
    ]
    (card,) = make.cards(_deck(make, events, chronology_id=chronology_id))
    assert list(card.answer.key) != list(range(len(years)))
    labels_by_year = sorted(zip(years, (f"Event {i}" for i in range(len(years))), strict=True))
    assert [card.choices[i] for i in card.answer.key] == [label for _, label in labels_by_year]
    assert make.cards(_deck(make, events, chronology_id=chronology_id)) == (card,)


def test_labels_start_with_a_capital_whatever_starts_them(make: type[Make]) -> None:
    events = [
        ("e1", "f1", "the treaty of Rapallo", {"year": "1922"}, "1"),
        ("e2", "f2", "iPhone launch", {"year": "2007"}, "1"),
        ("e3", "f3", "a school at Lipetsk", {"year": "1926"}, "1"),
    ]
    (card,) = make.cards(_deck(make, events))
    assert sorted(card.choices) == ["A school at Lipetsk", "The treaty of Rapallo", "iPhone launch"]
    (card,) = make.cards(_deck(make, events, label="event: {event}"))
    assert "Event: the treaty of Rapallo" in card.choices
    (card,) = make.cards(_deck(make, events, label="the world sees {event}"))
    assert "The world sees iPhone launch" in card.choices


def test_a_label_that_puts_a_name_before_a_plain_verb_is_warned(make: type[Make]) -> None:
    # "In what year did {who} {did}?" wants a plain verb; a label "{who} {did}" then reads
    # "William Harvey describe the circulation of the blood".
    people = [
        ("harvey", "1628", "William Harvey", "describe the circulation"),
        ("banting", "1921", "Banting and Best", "isolate insulin"),
        ("fleming", "1928", "Alexander Fleming", "discovered penicillin"),
    ]
    events: list[Event] = [
        (fact_id, fact_id, "", {"year": year, "who": who, "did": did}, "1")
        for fact_id, year, who, did in people
    ]
    warnings = [str(w) for w in make.warnings(_deck(make, events, label="{who} {did}"))]
    assert [w for w in warnings if "label" in w] == [
        "deck.yaml:20:9: warning: chronology 'cooperation': its label for fact 'harvey' reads "
        "'William Harvey describe the circulation', whose verb does not agree with the name "
        "before it: reword the label or the fact's value"
    ]


ANCIENT: list[Event] = [
    ("actium", "actium", "Actium is fought", {"year": "31 BC"}, "9"),
    ("teutoburg", "teutoburg", "Varus loses three legions", {"year": "AD 9"}, "10"),
    ("thermopylae", "thermopylae", "Thermopylae is fought", {"year": "480 BCE"}, "2"),
    ("caesar", "caesar", "Caesar is murdered", {"year": "44 B.C."}, "7"),
]


def test_years_before_christ_come_first_and_read_as_written_in_words(make: type[Make]) -> None:
    (card,) = make.cards(
        _deck(make, ANCIENT, order=["actium", "teutoburg", "thermopylae", "caesar"])
    )
    assert card.explanation.splitlines() == [
        "480 BC: Thermopylae is fought",
        "44 BC: Caesar is murdered",
        "31 BC: Actium is fought",
        "AD 9: Varus loses three legions",
    ]


def test_a_year_with_its_era_is_a_deck_date() -> None:
    before, after = parse_iso_date("44 BC"), parse_iso_date("AD 9")
    assert before is not None and after is not None
    assert (before.year, after.year) == (-44, 9)
    assert before.precedes(after) and not after.precedes(before)
    assert parse_iso_date("480 BCE") == parse_iso_date("480 B.C.") == parse_iso_date("480 bc")
    assert parse_iso_date("9 CE") == after
    assert parse_iso_date("0 BC") is None
    one_bc, ad_one = parse_iso_date("1 BC"), parse_iso_date("AD 1")
    assert one_bc is not None and ad_one is not None
    # No year 0: 1 BC ends the day before AD 1 begins.
    assert one_bc.last_ordinal + 1 == ad_one.first_ordinal == 1


def test_options_for_a_year_before_christ_are_the_nearest_years_of_either_era(
    make: type[Make],
) -> None:
    # Written as text ("when"), each value read with its era: AD 476 is far from 480 BC.
    when = {"marathon": "490 BC", "thermopylae": "480 BC", "cannae": "216 BC"}
    when |= {"zama": "202 BC", "sack": "AD 410", "deposed": "AD 476", "code": "AD 529"}
    excerpts = tuple(
        make.excerpt(
            f"e-{fact_id}",
            f"A thing happened in {value}.",
            facts=(make.fact(fact_id, line=20 + i, event=fact_id, when=value),),
        )
        for i, (fact_id, value) in enumerate(when.items())
    )
    template = make.template(
        "when", kind=TemplateKind.CHOICE, prompt="When was {event}?", answer="when"
    )
    cards = make.cards(make.deck(*excerpts, templates=(template,)))
    options = {card.id.split(":")[1]: set(card.choices) for card in cards}
    assert options["e-thermopylae"] == {"490 BC", "480 BC", "216 BC", "202 BC"}
    assert options["e-deposed"] == {"AD 410", "AD 476", "AD 529", "202 BC"}


def test_a_field_of_years_of_both_eras_is_of_years(make: type[Make]) -> None:
    born = {"buddha": "563 BC", "muhammad": "AD 570", "nanak": "1469"}
    excerpts = tuple(
        make.excerpt(f"e-{name}", facts=(make.fact(name, line=20 + i, person=name, born=year),))
        for i, (name, year) in enumerate(born.items())
    )
    template = make.template("born", prompt="In what year was {person} born?", answer="born")
    cards = make.cards(make.deck(*excerpts, templates=(template,)))
    assert {card.answer.text: card.answer.type for card in cards} == dict.fromkeys(
        born.values(), AnswerType.YEAR
    )


def test_a_year_is_as_precise_as_another_however_many_digits(make: type[Make]) -> None:
    # "680" beside "1054": a year as much as it, no giveaway by its form.
    years = {"karbala": "680", "schism": "1054", "theses": "1517", "supremacy": "1534"}
    excerpts = tuple(
        make.excerpt(f"e-{name}", facts=(make.fact(name, line=20 + i, event=name, year=year),))
        for i, (name, year) in enumerate(years.items())
    )
    template = make.template(
        "year", kind=TemplateKind.CHOICE, prompt="When was {event}?", answer="year"
    )
    messages = [d.message for d in make.warnings(make.deck(*excerpts, templates=(template,)))]
    assert not [message for message in messages if "not as precise" in message]

"""Tests of the whole generator: card order, shared warnings, and clashing ids."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.model import CardKind, DeckDefaults, Severity


def _full_deck(make: type[Make]) -> Deck:
    facts = (
        make.fact("lipetsk", what="an aviation school", where="Lipetsk", year=1926, line=30),
        make.fact("kazan", what="a tank school", where="Kazan", year=1927, line=34),
        make.fact("tomka", what="a gas school", where="Tomka", year=1928, line=38),
    )
    schools = make.excerpt(
        "schools",
        "In {{c2::1926}} they agreed on {{c1::Lipetsk}} with Germany.",
        questions=(make.question("Who paid?", "Germany"),),
        facts=facts,
        auto_cloze=True,
    )
    plain = make.excerpt("plain", "In 1922 Rapallo was signed by Germany.", line=50)
    templates = (
        make.template("where", prompt="Where was {what}?", answer="where"),
        make.template(
            "tf", kind=TemplateKind.TRUE_FALSE, statement="{what} was at {where}.", swap="where"
        ),
    )
    chronology = make.chronology("schools-order", "tomka", "lipetsk", "kazan", label="{what}")
    return make.deck(
        schools,
        plain,
        templates=templates,
        chronologies=(chronology,),
        defaults=DeckDefaults(),
    )


def test_cards_come_in_the_documented_order(make: type[Make]) -> None:
    cards = make.cards(_full_deck(make))
    assert [c.id for c in cards] == [
        "d:schools:q1",
        "d:schools:c1",
        "d:schools:c2",
        "d:schools:lipetsk.where",
        "d:schools:lipetsk.tf",
        "d:schools:kazan.where",
        "d:schools:kazan.tf",
        "d:schools:tomka.where",
        "d:schools:tomka.tf",
        "d:schools:auto-germany",
        "d:plain:auto-1922",
        "d:plain:auto-rapallo",
        "d:plain:auto-germany",
        "d:schools-order:order",
    ]
    assert [c.kind for c in cards[:4]] == [
        CardKind.QA,
        CardKind.CLOZE,
        CardKind.CLOZE,
        CardKind.TEMPLATE,
    ]
    assert cards[-1].kind is CardKind.CHRONOLOGY


def test_generation_is_deterministic(make: type[Make]) -> None:
    deck = _full_deck(make)
    assert make.generate(deck) == make.generate(deck)


def test_unused_facts_and_excerpts_without_cards_are_warned_about(make: type[Make]) -> None:
    lonely = make.excerpt("lonely", facts=(make.fact("orphan", colour="red", line=12),), line=11)
    silent = make.excerpt("silent", "nothing capitalised here.", line=15)
    cards, diagnostics = make.generate(
        make.deck(lonely, silent, defaults=DeckDefaults(auto_cloze="plain"))
    )
    assert cards == ()
    assert [str(d) for d in diagnostics] == [
        "deck.yaml:11:5: warning: excerpt 'lonely' yields no question",
        "deck.yaml:12:9: warning: fact 'orphan' is used by no template and no chronology",
        "deck.yaml:15:5: warning: excerpt 'silent' yields no question",
    ]


def test_two_cards_with_one_id_are_an_error_at_the_second(make: type[Make]) -> None:
    question = make.question("Q?", "A", slot="c1", line=9)
    excerpt = make.excerpt("x", "A {{c1::clash}}.", questions=(question,))
    cards, diagnostics = make.generate(make.deck(excerpt))
    assert [c.id for c in cards] == ["d:x:c1"]
    (error,) = [d for d in diagnostics if d.severity is Severity.ERROR]
    assert error.message == "two cards get the id 'd:x:c1'; give one of them another id"


def test_diagnostics_are_sorted_by_file_and_position(make: type[Make]) -> None:
    deck = make.deck(
        make.excerpt("b", "{{c1::}}", line=40),
        make.excerpt("a", "{{c1::}}", line=8),
        templates=(make.template("t", prompt="{nope}", answer="nope", line=2),),
    )
    _, diagnostics = make.generate(deck)
    lines = [d.location.line for d in diagnostics]
    assert lines == sorted(lines)
    assert lines[0] == 2


def test_a_fact_whose_field_a_question_draws_from_is_used(make: type[Make]) -> None:
    drawing = make.question(
        "Which disease did Koch study first?", "anthrax", draw="disease", line=9
    )
    facts = (
        make.fact("anthrax", disease="anthrax", line=12),
        make.fact("cholera", disease="cholera", line=13),
        make.fact("plague", disease="plague", line=14),
        make.fact("typhus", disease="typhus", line=15),
        make.fact("lonely", colour="red", line=16),
    )
    text = "Koch studied anthrax first."
    excerpt = make.excerpt("koch", text, questions=(drawing,), facts=facts, line=8)
    messages = [d.message for d in make.warnings(make.deck(excerpt))]
    assert messages == ["fact 'lonely' is used by no template and no chronology"]


@pytest.mark.parametrize("answer", ["%", "=", "€", "→", "🙂"])
def test_a_typed_answer_with_no_letter_or_digit_is_an_error_at_its_question(
    make: type[Make], answer: str
) -> None:
    question = make.question("Which sign is it?", answer, line=12)
    cards, diagnostics = make.generate(make.deck(make.excerpt("e", questions=(question,))))
    assert cards == ()
    (error,) = [d for d in diagnostics if d.severity is Severity.ERROR]
    assert error.message == (
        f"card 'd:e:q1': its answer '{answer}' has no letter or digit, so no typed answer "
        "could match it; write it in words"
    )


@pytest.mark.parametrize("answer", ["∞", "∅", "−∞"])
def test_a_symbol_read_as_its_name_is_an_answer(make: type[Make], answer: str) -> None:
    question = make.question("What is the limit?", answer, line=12)
    cards, diagnostics = make.generate(make.deck(make.excerpt("e", questions=(question,))))
    assert [card.answer.text for card in cards] == [answer]
    assert not [d for d in diagnostics if d.severity is Severity.ERROR]

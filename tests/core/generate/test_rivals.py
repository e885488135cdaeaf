"""Tests of rivals: a template's other answers, never accepted beside a card's own."""

from __future__ import annotations

from typing import Any

from tests.core.generate.conftest import Make
from trainer.core.answering.grading import Outcome, grade
from trainer.core.authored import Deck, Excerpt, Fact, FieldSpec, TemplateKind
from trainer.core.generate.rivals import MAX_RIVALS
from trainer.core.model import AnswerType, Card
from trainer.core.scheduling.policy import Policy

WHERE = "Where was it agreed to set up {school}?"


def _schools_deck(make: type[Make], *excerpts: tuple[str, tuple[tuple[str, str], ...]]) -> Deck:
    """Excerpts of schools, each `(excerpt id, ((school, where), …))`, and a template
    asking where each school was."""
    made: list[Excerpt] = []
    line = 20
    for excerpt_id, schools in excerpts:
        facts: list[Fact] = []
        for school, where in schools:
            line += 3
            fact_id = f"{excerpt_id}-{len(facts)}"
            facts.append(make.fact(fact_id, school=school, where=where, line=line))
        made.append(make.excerpt(excerpt_id, "plain text.", facts=tuple(facts), line=line))
    template = make.template("where", prompt=WHERE, answer="where")
    return make.deck(*made, templates=(template,))


def _card(cards: tuple[Card, ...], answer: str) -> Card:
    (card,) = [c for c in cards if c.answer.text == answer]
    return card


def _outcome(card: Card, typed: str) -> Outcome:
    return grade(card.answer, typed, policy=Policy(), question=card.prompt).outcome


def test_two_answers_of_one_template_typed_together_are_wrong(make: type[Make]) -> None:
    deck = _schools_deck(
        make, ("e", (("an aviation school", "Lipetsk"), ("a tank school", "Kazan")))
    )
    cards = make.cards(deck)
    lipetsk = _card(cards, "Lipetsk")
    assert "Kazan" in lipetsk.answer.confusables
    for hedge in ("Lipetsk Kazan", "Lipetsk, Kazan", "Kazan Lipetsk", "Kazan"):
        assert _outcome(lipetsk, hedge) is Outcome.WRONG, hedge
    # A word that only adds to the answer is still harmless.
    assert _outcome(lipetsk, "Lipetsk, near Voronezh") is Outcome.EXACT
    assert _outcome(lipetsk, "at Lipetsk") is Outcome.EXACT


def test_a_rival_is_never_an_answer_the_card_accepts_or_a_part_of_it(make: type[Make]) -> None:
    facts = (
        make.fact("a", school="a flying school", where="Lipetsk", line=21),
        make.fact("b", school="a tank school", where="Kazan", line=24),
        make.fact("c", school="a gas school", where="Volsk", line=27),
        make.fact("d", school="a second flying school", where="the town of Lipetsk", line=30),
    )
    template = make.template("where", prompt=WHERE, answer="where")
    deck = make.deck(
        make.excerpt("e", "plain text.", facts=facts),
        templates=(template,),
        aliases={"Kazan": ("Volsk",)},
    )
    cards = make.cards(deck)
    kazan = _card(cards, "Kazan")
    # Volsk is another name the deck gives Kazan: accepted, so no rival.
    assert "Volsk" in kazan.answer.alternatives
    assert "Volsk" not in kazan.answer.confusables
    # Typed beside "the town of Lipetsk", "Lipetsk" adds nothing: no rival of it; and
    # "the town of Lipetsk" may be Lipetsk itself: no rival of "Lipetsk".
    town = _card(cards, "the town of Lipetsk")
    assert "Lipetsk" not in town.answer.confusables
    assert "Kazan" in town.answer.confusables
    assert "the town of Lipetsk" not in _card(cards, "Lipetsk").answer.confusables


def test_rivals_come_from_the_excerpt_first_then_the_nearest(make: type[Make]) -> None:
    places = [
        "Aachen",
        "Berlin",
        "Cologne",
        "Dresden",
        "Erfurt",
        "Freiburg",
        "Gotha",
        "Hamburg",
        "Ingolstadt",
        "Jena",
        "Kiel",
        "Leipzig",
        "Mainz",
        "Nuremberg",
        "Oldenburg",
        "Potsdam",
        "Quedlinburg",
        "Rostock",
        "Stuttgart",
        "Trier",
    ]
    excerpts: list[tuple[str, tuple[tuple[str, str], ...]]] = [
        (f"e{i}", ((f"school {i}", place),)) for i, place in enumerate(places)
    ]
    # The tenth excerpt holds two schools: each is the other's first rival.
    excerpts[10] = ("e10", (("school 10", places[10]), ("school 10b", "Kazan")))
    cards = make.cards(_schools_deck(make, *excerpts))
    middle = _card(cards, places[10])
    assert middle.answer.confusables[0] == "Kazan"
    assert len(middle.answer.confusables) == MAX_RIVALS
    assert set(middle.answer.confusables[1:]) <= set(places[7:14])
    for card in cards:
        assert len(card.answer.confusables) <= MAX_RIVALS


def test_only_text_and_number_cards_of_templates_get_rivals(make: type[Make]) -> None:
    facts = (
        make.fact("a", where="Lipetsk", school="a flying school", year="1925", line=21),
        make.fact("b", where="Kazan", school="a tank school", year="1929", line=24),
        make.fact("c", where="Volsk", school="a gas school", year="1927", line=27),
        make.fact("d", where="Moscow", school="a staff school", year="1923", line=30),
    )
    templates: tuple[Any, ...] = (
        make.template("year", prompt="When was {school} set up?", answer="year"),
        make.template(
            "where-choice", kind=TemplateKind.CHOICE, prompt="Where was {school}?", answer="where"
        ),
    )
    cards = make.cards(
        make.deck(make.excerpt("e", "plain text.", facts=facts), templates=templates)
    )
    assert {card.answer.type for card in cards} == {AnswerType.YEAR, AnswerType.CHOICE}
    for card in cards:
        assert card.answer.confusables == (), card


def test_another_facts_number_typed_for_the_answer_is_wrong_not_close(make: type[Make]) -> None:
    facts = (
        make.fact("everest", peak="Everest", height="8849", line=21),
        make.fact("k2", peak="K2", height="8611", line=24),
        make.fact("kangchenjunga", peak="Kangchenjunga", height="8586", line=27),
    )
    template = make.template("height", prompt="How high is {peak}, in metres?", answer="height")
    text = "Everest is 8849 m high, K2 8611 m and Kangchenjunga 8586 m."
    fields = {"height": FieldSpec("height", AnswerType.NUMBER)}
    deck = make.deck(make.excerpt("e", text, facts=facts), templates=(template,), fields=fields)
    everest = _card(make.cards(deck), "8849")
    assert everest.answer.type is AnswerType.NUMBER
    assert set(everest.answer.confusables) == {"8611", "8586"}
    assert _outcome(everest, "8611") is Outcome.WRONG  # K2's: a confusion
    assert _outcome(everest, "8,611 m") is Outcome.WRONG
    assert _outcome(everest, "8700") is Outcome.CLOSE  # no other answer: a near miss
    assert _outcome(everest, "8849") is Outcome.EXACT

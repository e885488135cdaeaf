"""Properties of generated options and swaps on random decks of facts, templates and draws."""

from __future__ import annotations

import dataclasses
from random import Random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.answering.normalise import fold
from trainer.core.authored import Deck, Excerpt, Fact, Question, Template, TemplateKind
from trainer.core.generate import generate_cards
from trainer.core.generate.option_rules import core_words, holds_words, value_parts
from trainer.core.model import Card, CardKind, DeckDefaults, Location, Severity, SourceRef

PEOPLE = [
    "James Watson",
    "James Watson and Francis Crick",
    "Francis Crick",
    "Rosalind Franklin",
    "Yuri Gagarin",
    "Valentina Tereshkova",
    "Laika",
    "Soviet Union",
    "USSR",
    "the Soviets",
    "Dwight Eisenhower",
]
ROLES = [
    "the first person in orbit",
    "the first woman in space",
    "a student of James Watson",
    "the leader of the Soviet Union",
    "a dog",
    "a president",
    "the author of the double helix paper",
]
WHATS = ["the launch", "the treaty", "the landing", "the paper", "the flight"]
TAGS = ["person", "dog", "cosmonaut", "scientist"]
ALIASES = {"Soviet Union": ("USSR", "the Soviets"), "Yuri Gagarin": ("Gagarin",)}
WHO_ROLE = "Who was {role}?"
HELD = "{who} held the role of {role}."
WHEN = "When was {what}?"
HAPPENED = "{what} happened in {year}."
PATH = "deck.yaml"


def _loc(line: int) -> Location:
    return Location(PATH, line, 1)


@st.composite
def decks(draw: Any) -> Deck:
    count = draw(st.integers(2, 12))
    facts: list[Fact] = []
    for i in range(count):
        values: dict[str, str] = {}
        if draw(st.booleans()):
            values["who"] = draw(st.sampled_from(PEOPLE))
        if draw(st.booleans()):
            values["role"] = draw(st.sampled_from(ROLES))
        if draw(st.booleans()):
            values["what"] = draw(st.sampled_from(WHATS))
            values["year"] = str(draw(st.integers(1900, 1990)))
        tags = tuple(draw(st.sets(st.sampled_from(TAGS), max_size=2)))
        facts.append(Fact(f"f{i}", "e", values, _loc(20 + i), tags=tags))
    questions = []
    for i in range(draw(st.integers(0, 3))):
        tags = tuple(draw(st.sets(st.sampled_from(TAGS), max_size=1)))
        questions.append(
            Question(
                slot=f"q{i}",
                prompt=draw(st.sampled_from(["Who was it?", "Who studied with James Watson?"])),
                answer=draw(st.sampled_from(PEOPLE)),
                location=_loc(80 + i),
                draw="who",
                draw_tags=tags,
                choices=draw(st.integers(2, 4)),
            )
        )
    templates = [
        Template("who-role", TemplateKind.CHOICE, _loc(3), prompt=WHO_ROLE, answer="who"),
        Template("held", TemplateKind.TRUE_FALSE, _loc(4), statement=HELD, swap="who"),
        Template("when", TemplateKind.CHOICE, _loc(5), prompt=WHEN, answer="year"),
        Template("happened", TemplateKind.TRUE_FALSE, _loc(6), statement=HAPPENED, swap="year"),
    ]
    aliases = ALIASES if draw(st.booleans()) else {}
    excerpt = Excerpt(
        "e",
        "James Watson and Francis Crick wrote the paper. Laika was a dog.",
        SourceRef(pages="1"),
        _loc(10),
        facts=tuple(facts),
        questions=tuple(questions),
    )
    return Deck(
        id="d",
        title="T",
        location=_loc(1),
        excerpts=(excerpt,),
        templates=tuple(templates),
        aliases=aliases,
        defaults=DeckDefaults(auto_cloze=False, choices=draw(st.integers(2, 4))),
    )


def _slot(card: Card) -> str:
    return card.id.split(":", 2)[2]


def _template_pool(deck: Deck, fields: set[str], target: str) -> set[str]:
    facts = deck.excerpts[0].facts
    return {fold(f.values[target]) for f in facts if fields <= f.values.keys()}


def _field_pool(deck: Deck, target: str, tags: tuple[str, ...] = ()) -> set[str]:
    facts = deck.excerpts[0].facts
    return {
        fold(f.values[target]) for f in facts if target in f.values and set(tags) <= set(f.tags)
    }


def _widened(diagnostics: Any, name: str) -> bool:
    return any(
        (d.severity is Severity.WARNING and f"'{name}'" in d.message and "too few" in d.message)
        or ("finds no like fact" in d.message and f"'{name}'" in d.message)
        for d in diagnostics
    )


@settings(max_examples=150)
@given(decks())
def test_options_and_swaps_keep_every_rule(deck: Deck) -> None:
    cards, diagnostics = generate_cards(deck)
    facts = {f.id: f for f in deck.excerpts[0].facts}
    questions = {q.slot: q for q in deck.excerpts[0].questions}
    true_false = 0
    trues = 0
    for card in cards:
        slot = _slot(card)
        accepted = {core_words(a) for a in (card.answer.text, *card.answer.alternatives)}
        for names in ALIASES.items() if deck.aliases else ():
            group = {core_words(n) for n in (names[0], *names[1])}
            if core_words(card.answer.text) in group:
                accepted |= group
        if card.kind is CardKind.CHOICE:
            wrong = [c for i, c in enumerate(card.choices) if i != card.answer.key[0]]
            if slot in questions:
                question = questions[slot]
                narrow = _field_pool(deck, "who", question.draw_tags)
                wide = _field_pool(deck, "who")
                prompt = question.prompt
                warned = _widened(diagnostics, slot)
            else:
                fact_id, template_id = slot.split(".")
                fact = facts[fact_id]
                fields = {"who", "role"} if template_id == "who-role" else {"what", "year"}
                target = "who" if template_id == "who-role" else "year"
                narrow = _template_pool(deck, fields, target)
                wide = _field_pool(deck, target)
                prompt = card.prompt
                warned = _widened(diagnostics, fact_id)
            for option in wrong:
                key = fold(option)
                # Every option comes from the card's pool, or from the wider one it warned of.
                assert key in narrow or (warned and key in wide), (option, narrow, wide)
                # No option is an accepted answer or an alias of the answer.
                assert core_words(option) not in accepted
                # No option is named in its own prompt.
                parts = value_parts(option) | {core_words(option)}
                assert not any(holds_words(fold(prompt), part) for part in parts), option
                # No option overlaps the answer.
                assert not value_parts(option) & value_parts(card.answer.text)
                assert not holds_words(core_words(option), core_words(card.answer.text))
                assert not holds_words(core_words(card.answer.text), core_words(option))
        if card.kind is CardKind.TRUE_FALSE:
            true_false += 1
            trues += card.answer.text == "True"
            if card.answer.text == "False":
                fact_id, template_id = slot.split(".")
                fact = facts[fact_id]
                statement = card.prompt.removeprefix("True or false: ")
                if template_id == "held":
                    suffix = f" held the role of {fact.values['role']}."
                    swapped = statement.removesuffix(suffix)
                    pool = _template_pool(deck, {"who", "role"}, "who")
                    true_value = fact.values["who"]
                else:
                    swapped = statement.rsplit(" ", 1)[1].removesuffix(".")
                    pool = _template_pool(deck, {"what", "year"}, "year")
                    true_value = fact.values["year"]
                assert fold(swapped) in pool or _widened(diagnostics, fact_id)
                assert core_words(swapped) != core_words(true_value)
                assert not value_parts(swapped) & value_parts(true_value)
                assert card.explanation and card.explanation != statement
    if true_false >= 5:
        assert 0.4 <= trues / true_false <= 0.6


@settings(max_examples=60)
@given(decks(), st.randoms(use_true_random=False))
def test_card_ids_and_cards_do_not_depend_on_the_order_of_facts(deck: Deck, random: Random) -> None:
    cards, _ = generate_cards(deck)
    facts = list(deck.excerpts[0].facts)
    random.shuffle(facts)
    shuffled = dataclasses.replace(
        deck, excerpts=(dataclasses.replace(deck.excerpts[0], facts=tuple(facts)),)
    )
    again, _ = generate_cards(shuffled)
    assert {card.id: card for card in cards} == {card.id: card for card in again}

"""The being a deck's facts and templates give a value that says none itself."""

from __future__ import annotations

from collections.abc import Sequence

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.beings import Being
from trainer.core.generate.deck_beings import deck_beings
from trainer.core.model import Card, CardKind

FIRSTS = (
    ("Laika", "the first animal to orbit the Earth"),
    ("Yuri Gagarin", "the first human in space"),
    ("Alan Shepard", "the first American in space"),
    ("NASA", "the first agency to land people on the Moon"),
    ("Valentina Tereshkova", "the first woman in space"),
    ("the Soviet Union", "the first country to launch a satellite"),
)


def _deck(make: type[Make], *, asked: bool = True, stated: bool = True) -> Deck:
    excerpts = tuple(
        make.excerpt(
            f"e{i}",
            f"{who} was {what}.",
            facts=(make.fact(f"f{i}", who=who, first=what, line=20 + 3 * i),),
            line=19 + 3 * i,
        )
        for i, (who, what) in enumerate(FIRSTS)
    )
    templates = []
    if asked:
        templates.append(
            make.template("who", kind=TemplateKind.CHOICE, prompt="Who was {first}?", answer="who")
        )
    if stated:
        templates.append(
            make.template(
                "tf", kind=TemplateKind.TRUE_FALSE, statement="{who} was {first}.", swap="who"
            )
        )
    return make.deck(*excerpts, templates=tuple(templates))


def test_a_template_asking_for_a_value_names_its_being(make: type[Make]) -> None:
    deck = _deck(make, stated=False)
    facts = [fact for excerpt in deck.excerpts for fact in excerpt.facts]
    beings = deck_beings(facts, deck.templates)
    assert beings["laika"] is Being.ANIMAL
    assert beings["nasa"] is Being.THING
    assert beings["the soviet union"] is Being.THING
    assert beings["valentina tereshkova"] is Being.PERSON
    assert "alan shepard" not in beings  # "the first American" names no being


def test_a_fact_or_a_statement_names_it_too(make: type[Make]) -> None:
    for deck in (_deck(make, asked=False, stated=False), _deck(make, asked=False)):
        facts = [fact for excerpt in deck.excerpts for fact in excerpt.facts]
        beings = deck_beings(facts, deck.templates)
        assert beings["laika"] is Being.ANIMAL
        assert beings["the soviet union"] is Being.THING


def test_a_description_names_a_being_only_by_its_last_kind_word(make: type[Make]) -> None:
    excerpt = make.excerpt(
        "e0",
        "Clyde Beatty was a lion tamer. Kazan had a lion.",
        facts=(
            make.fact("f0", who="Clyde Beatty", role="a lion tamer"),
            make.fact("f1", who="Kazan", craft="Vostok 1", role="a dog"),  # two names
        ),
    )
    deck = make.deck(excerpt)
    assert deck_beings(list(excerpt.facts), deck.templates) == {}


def _options(cards: Sequence[Card], answer: str) -> tuple[str, ...]:
    card = next(
        c for c in cards if c.kind is CardKind.CHOICE and c.choices[c.answer.key[0]] == answer
    )
    return card.choices


def test_no_dog_is_offered_as_the_first_american_in_space(make: type[Make]) -> None:
    cards = make.cards(_deck(make))
    for person in ("Yuri Gagarin", "Alan Shepard"):
        assert set(_options(cards, person)) <= {
            "Yuri Gagarin",
            "Alan Shepard",
            "Valentina Tereshkova",
        }
    assert set(_options(cards, "NASA")) == {"NASA", "the Soviet Union"}
    assert not any(c.choices and "Laika" in c.choices for c in cards if c.kind is CardKind.CHOICE)


def test_no_false_statement_makes_a_being_of_another_kind(make: type[Make]) -> None:
    deck = _deck(make)
    statements = [c.prompt for c in make.cards(deck) if c.kind is CardKind.TRUE_FALSE]
    for statement in statements:
        assert "first animal" not in statement  # only Laika is one: no false twin
        assert not ("Laika" in statement and "first animal" not in statement)
        assert "first woman" not in statement or "Tereshkova" in statement
    warnings = [d.message for d in make.warnings(deck)]
    assert any("is known to be what 'Laika' is" in message for message in warnings)
    assert any("(a thing, not a person or an animal)" in message for message in warnings)

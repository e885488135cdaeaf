"""The being a deck's facts and templates give a value that says none itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, Excerpt, TemplateKind
from trainer.core.generate.beings import Being, named_thing
from trainer.core.generate.deck_beings import deck_beings, deck_kinds
from trainer.core.model import Card, CardKind

FIRSTS = (
    ("Laika", "the first animal to orbit the Earth"),
    ("Yuri Gagarin", "the first human in space"),
    ("Alan Shepard", "the first American in space"),
    ("NASA", "the first agency to land people on the Moon"),
    ("Valentina Tereshkova", "the first woman in space"),
    ("the Soviet Union", "the first country to launch a satellite"),
)


def _excerpts(
    make: type[Make], pairs: Sequence[tuple[str, str]], named: str, said: str
) -> tuple[Excerpt, ...]:
    """An excerpt for each pair "X was Y.", its fact holding X as `named` and Y as `said`."""
    return tuple(
        make.excerpt(
            f"e{i}",
            f"{name} was {what}.",
            facts=(make.fact(f"f{i}", line=20 + 3 * i, **_values(named, name, said, what)),),
            line=19 + 3 * i,
        )
        for i, (name, what) in enumerate(pairs)
    )


def _values(named: str, name: str, said: str, what: str) -> dict[str, Any]:
    return {named: name, said: what}


def _deck(make: type[Make], *, asked: bool = True, stated: bool = True) -> Deck:
    excerpts = _excerpts(make, FIRSTS, "who", "first")
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
    # "the first American": a people's name is a person (`demonyms`).
    assert beings["alan shepard"] is Being.PERSON


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
    # Beside "NASA" alone, its article opens with a capital too (`option_case`).
    assert set(_options(cards, "NASA")) == {"NASA", "The Soviet Union"}
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
    # NASA and the Soviet Union: things, and of one kind of thing (`beings.thing_class`).
    thing = "(a thing, not a person or an animal: a state or organisation)"
    assert any(thing in message for message in warnings)


CAUSES = (
    ("Gavrilo Princip", "the Bosnian Serb who fired the shots at Sarajevo"),
    ("Alfred von Schlieffen", "the general who planned to defeat France through Belgium"),
    ("HMS Dreadnought", "the battleship that made all older ones obsolete"),
    ("the Algeciras Conference", "the 1906 conference that backed France over Morocco"),
    ("the Entente Cordiale", "the 1904 agreement between Britain and France"),
    ("the Treaty of London", "the 1839 treaty that guaranteed Belgian neutrality"),
    ("the Congress of Berlin", "the 1878 congress that redrew the map of the Balkans"),
)


def _causes(make: type[Make]) -> Deck:
    excerpts = _excerpts(make, CAUSES, "name", "clue")
    what = make.template(
        "what", kind=TemplateKind.CHOICE, prompt="{clue}: what is it?", answer="name"
    )
    return make.deck(*excerpts, templates=(what,))


def test_a_description_names_its_kind_with_capitals_and_numbers_in_it(make: type[Make]) -> None:
    deck = _causes(make)
    facts = [fact for excerpt in deck.excerpts for fact in excerpt.facts]
    kinds = deck_kinds(facts, deck.templates)
    assert kinds.beings["gavrilo princip"] is Being.PERSON  # "the Bosnian Serb who …"
    assert kinds.beings["alfred von schlieffen"] is Being.PERSON
    assert kinds.things == {
        "hms dreadnought": "ship",
        "the algeciras conference": "meeting",  # "the 1906 conference …"
        "the entente cordiale": "agreement",  # "… agreement between Britain and France"
        "the treaty of london": "agreement",
        "the congress of berlin": "meeting",
    }


def test_options_keep_to_the_answers_being_and_kind_of_thing_whatever_is_asked(
    make: type[Make],
) -> None:
    """A question that asks for no being ("…: what is it?") offered a battleship, a
    conference and an agreement for a man who fired shots."""
    cards = make.cards(_causes(make))
    assert set(_options(cards, "Gavrilo Princip")) == {"Gavrilo Princip", "Alfred von Schlieffen"}
    assert set(_options(cards, "the Entente Cordiale")) == {
        "the Entente Cordiale",
        "the Treaty of London",
    }
    assert set(_options(cards, "the Congress of Berlin")) == {
        "the Congress of Berlin",
        "the Algeciras Conference",
    }
    # A ship alone of its kind makes no choice card, rather than one it gives away.
    assert not any(
        c.kind is CardKind.CHOICE and c.choices[c.answer.key[0]] == "HMS Dreadnought" for c in cards
    )
    warnings = [d.message for d in make.warnings(_causes(make))]
    assert any("(a thing, not a person or an animal: a ship)" in m for m in warnings)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("HMS Dreadnought", "ship"),
        ("USS Maine", "ship"),
        ("the Treaty of Versailles", "agreement"),
        ("the Battle of Hastings", "conflict"),
        ("the Algeciras Conference", "meeting"),
        ("the Duke of Wellington", None),  # a person's title, no thing
        ("Conference", None),  # one word alone
        ("the conference", None),  # no name
    ],
)
def test_a_name_says_its_kind_of_thing_by_its_head_noun(value: str, kind: str | None) -> None:
    assert named_thing(value) == kind


def test_no_false_statement_swaps_in_another_being_or_kind_of_thing(make: type[Make]) -> None:
    """In a field of no one kind, "The Algeciras Conference was the Bosnian Serb who
    fired the shots" and "HMS Dreadnought was the 1904 agreement …" were made."""
    deck = _causes(make)
    statement = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="{name} was {clue}.", swap="name"
    )
    deck = make.deck(*deck.excerpts, templates=(statement,))
    for card in make.cards(deck):
        if card.kind is not CardKind.TRUE_FALSE:
            continue
        said = card.prompt.casefold()
        true_name = next(name for name, clue in CAUSES if clue.casefold() in said)
        shown = next(name for name, _ in CAUSES if name.casefold() in said)
        kinds = {name: kind for kind, names in _KINDS.items() for name in names}
        assert kinds[shown] == kinds[true_name], card.prompt
    warnings = [d.message for d in make.warnings(deck)]
    assert any("is known to be what 'HMS Dreadnought' is" in m for m in warnings)


_KINDS = {
    "person": ("Gavrilo Princip", "Alfred von Schlieffen"),
    "ship": ("HMS Dreadnought",),
    "meeting": ("the Algeciras Conference", "the Congress of Berlin"),
    "agreement": ("the Entente Cordiale", "the Treaty of London"),
}


BATTLES = (
    ("Pompey", "Pharsalus", "the battle of Pharsalus"),
    ("Mark Antony", "Actium", "the battle of Actium"),
    ("Hannibal", "Zama", "the battle of Zama"),
    ("Crassus", "Carrhae", "the battle of Carrhae"),
)


def _battles_deck(make: type[Make], asked: str, prompt: str = "") -> Deck:
    """A fact a battle, with the one name `asked` for ("who" lost it, or "where")."""
    excerpts = []
    for i, (who, where, event) in enumerate(BATTLES):
        values: dict[str, Any] = (
            {"who": who, "did": f"lost {event}"} if asked == "who" else {"where": where}
        )
        fact = make.fact(f"f{i}", line=20 + 3 * i, event=event, **values)
        text = f"{who} lost {event} at {where}."
        excerpts.append(make.excerpt(f"e{i}", text, facts=(fact,), line=19 + 3 * i))
    prompt = prompt or ("Who {did}?" if asked == "who" else "Where was {event} fought?")
    template = make.template(asked, kind=TemplateKind.CHOICE, prompt=prompt, answer=asked)
    return make.deck(*excerpts, templates=(template,))


@pytest.mark.parametrize(("asked", "answer"), [("who", "Pompey"), ("where", "Actium")])
def test_a_battle_beside_a_name_asked_who_or_where_is_not_what_the_name_is(
    make: type[Make], asked: str, answer: str
) -> None:
    deck = _battles_deck(make, asked)
    facts = [fact for excerpt in deck.excerpts for fact in excerpt.facts]
    kinds = deck_kinds(facts, deck.templates)
    # Pompey lost the battle; Actium is where it was fought: neither is a battle.
    assert not any(kind == "conflict" for kind in kinds.things.values())
    names = {who if asked == "who" else where for who, where, _ in BATTLES}
    assert set(_options(make.cards(deck), answer)) == names


@pytest.mark.parametrize(
    ("asked", "prompt"),
    [("who", "¿Quién {did}?"), ("who", "Wer {did}?"), ("where", "¿Dónde se libró {event}?")],
)
def test_who_or_where_asked_in_another_language_is_asked_as_in_english(
    make: type[Make], asked: str, prompt: str
) -> None:
    deck = _battles_deck(make, asked, prompt)
    facts = [fact for excerpt in deck.excerpts for fact in excerpt.facts]
    kinds = deck_kinds(facts, deck.templates)
    assert not any(kind == "conflict" for kind in kinds.things.values())

"""A body's name (a firm, a laboratory, a project) is never offered as a person, nor the reverse."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.body_names import names_body
from trainer.core.generate.name_styles import unlike_names
from trainer.core.model import CardKind


@pytest.mark.parametrize(
    "value",
    [
        "Xerox PARC",
        "IBM",
        "CERN",
        "The Human Genome Project",
        "Bell Labs",
        "the Royal Society",
        "Lawrence Berkeley Laboratory",
        "General Electric Company",
    ],
)
def test_a_body_is_named_by_an_acronym_or_a_noun_for_a_body(value: str) -> None:
    assert names_body(value)


@pytest.mark.parametrize(
    "value",
    [
        "Konrad Zuse",
        "J. Presper Eckert",
        "Henry VIII",
        "Louis XIV",
        "Gene Amdahl",
        "Apple",
        "Laika",
    ],
)
def test_a_person_or_a_lone_name_is_no_body(value: str) -> None:
    assert not names_body(value)


@pytest.mark.parametrize(
    ("answer", "value", "unlike"),
    [
        ("Konrad Zuse", "Xerox PARC", True),
        ("Gene Amdahl", "Bell Labs", True),  # "Gene" is a common word, not only a name
        ("Lawrence Berkeley Laboratory", "Glenn Seaborg", True),
        ("Xerox PARC", "IBM", False),  # two bodies
        ("IBM", "Apple", False),  # a lone name may be a firm's
        ("Konrad Zuse", "Tommy Flowers", False),
    ],
)
def test_a_body_is_unlike_a_person(answer: str, value: str, unlike: bool) -> None:
    assert unlike_names(answer, value) is unlike
    assert unlike_names(value, answer) is unlike


DISCOVERIES = (
    ("polonium", "Marie Curie", ("french",)),
    ("sodium", "Humphry Davy", ()),
    ("chlorine", "Carl Wilhelm Scheele", ()),
    ("plutonium", "Glenn Seaborg", ()),
    ("oxygen", "Joseph Priestley", ()),
    # Bodies tagged like the answer's fact: nearest by tags, they came first.
    ("darmstadtium", "the GSI Helmholtz Centre", ("french",)),
    ("tennessine", "Oak Ridge National Laboratory", ("french",)),
)


def test_a_person_is_offered_people_before_bodies(make: type[Make]) -> None:
    facts = tuple(
        make.fact(element, tags=tags, element=element, who=who, line=20 + i)
        for i, (element, who, tags) in enumerate(DISCOVERIES)
    )
    template = make.template(
        "who", kind=TemplateKind.CHOICE, prompt="Who discovered {element}?", answer="who"
    )
    excerpt = make.excerpt("e", make.naming(*(who for _, who, _ in DISCOVERIES)), facts=facts)
    cards = {card.id: card for card in make.cards(make.deck(excerpt, templates=(template,)))}
    curie = cards["d:e:polonium.who"]
    assert not any(names_body(option) for option in curie.choices), curie.choices
    # A body's own card still offers bodies first, and then people to fill it.
    centre = cards["d:e:darmstadtium.who"]
    assert "Oak Ridge National Laboratory" in centre.choices, centre.choices


AGENCIES = (
    ("rosetta", "Rosetta", "European Space Agency"),
    ("hayabusa", "Hayabusa", "Japan Aerospace Exploration Agency"),
    ("chang-e", "Chang'e 4", "China National Space Administration"),
    ("apollo", "Apollo 11", "National Aeronautics and Space Administration"),
    ("vostok", "Vostok 1", "Soviet space programme"),
)


def test_a_body_named_with_and_is_offered_and_not_warned_as_a_pair(make: type[Make]) -> None:
    # NASA shared the "surname" Administration with the Chinese agency, so neither was
    # ever offered for the other, and was warned of as "a pair of names" among single ones.
    facts = tuple(
        make.fact(name, mission=mission, agency=agency, line=20 + i)
        for i, (name, mission, agency) in enumerate(AGENCIES)
    )
    template = make.template(
        "ag", kind=TemplateKind.CHOICE, prompt="Which agency flew {mission}?", answer="agency"
    )
    text = " ".join(f"The {agency} flew {mission}." for _, mission, agency in AGENCIES)
    deck = make.deck(make.excerpt("a", text, facts=facts), templates=(template,))
    choices = {c.answer.text: c.choices for c in make.cards(deck) if c.kind is CardKind.CHOICE}
    nasa = "National Aeronautics and Space Administration"
    assert nasa in choices["China National Space Administration"]
    assert not [w.message for w in make.warnings(deck) if "pair or list" in w.message]

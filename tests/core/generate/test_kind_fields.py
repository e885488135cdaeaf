"""Tests for trainer.core.generate.kind_fields: options keep to the kind a fact's field names."""

from __future__ import annotations

from tests.support.decks import cards_by_slot, compiled_text
from trainer.core.generate.kind_fields import kind_fields


def _deck(templates: str) -> str:
    return f"""
id: landmarks
title: Landmarks
templates:
{templates}
excerpts:
  - id: waterfalls
    page: 1
    text: >
      Angel Falls in Venezuela is the highest waterfall in the world; it is named after
      the American pilot Jimmie Angel, who flew over it in 1933. Victoria Falls is the
      largest curtain of falling water, and Niagara Falls carries the greatest volume of
      water in North America.
    facts:
      - {{id: angel, kind: waterfall, name: Angel Falls, desc: the highest in the world}}
      - {{id: victoria, kind: waterfall, name: Victoria Falls, desc: the widest curtain}}
      - {{id: niagara, kind: waterfall, name: Niagara Falls, desc: the largest by volume}}
      - {{id: pilot, kind: person, name: Jimmie Angel, desc: the pilot it is named after}}
  - id: oceans
    page: 2
    text: >
      The Pacific Ocean is the largest ocean, and the Atlantic the second largest. The
      Sahara is the largest hot desert, and the Gobi a cold desert in Mongolia.
    facts:
      - {{id: pacific, kind: ocean, name: The Pacific Ocean, desc: the largest ocean}}
      - {{id: atlantic, kind: ocean, name: The Atlantic, desc: the second largest ocean}}
      - {{id: sahara, kind: desert, name: The Sahara, desc: the largest hot desert}}
      - {{id: gobi, kind: desert, name: The Gobi, desc: a cold desert in Mongolia}}
"""


_WHICH = """
  - id: feature
    kind: choice
    prompt: Which {kind} is {desc}?
    answer: name
"""
_STATEMENT = """
  - id: feature-tf
    kind: true_false
    statement: "{name} is {desc}."
    swap: name
"""
_KINDS = {
    "Angel Falls": "waterfall",
    "Victoria Falls": "waterfall",
    "Niagara Falls": "waterfall",
    "Jimmie Angel": "person",
    "The Pacific Ocean": "ocean",
    "The Atlantic": "ocean",
    "The Sahara": "desert",
    "The Gobi": "desert",
}

_NAMES = {
    "angel": "Angel Falls",
    "victoria": "Victoria Falls",
    "niagara": "Niagara Falls",
    "pilot": "Jimmie Angel",
    "pacific": "The Pacific Ocean",
    "atlantic": "The Atlantic",
    "sahara": "The Sahara",
    "gobi": "The Gobi",
}


def test_which_of_a_kind_offers_only_values_of_that_kind() -> None:
    # "Which waterfall …?" offered the pilot Jimmie Angel; "Which ocean …?" a desert.
    compiled = compiled_text(_deck(_WHICH))
    cards = cards_by_slot(compiled.cards)
    for slot in ("angel.feature", "victoria.feature", "pacific.feature", "gobi.feature"):
        card = cards[slot]
        asked = _KINDS[card.choices[card.answer.key[0]]]
        assert {_KINDS[choice] for choice in card.choices} == {asked}, card.choices
    # Fewer options rather than another kind, and the author is told; no card asks
    # "Which person …?" among waterfalls.
    assert len(cards["pacific.feature"].choices) == 2
    assert "pilot.feature" not in cards
    warnings = [w.message for w in compiled.warnings]
    assert any("'waterfall' by its field 'kind'" in message for message in warnings)


def test_a_false_statement_swaps_in_a_value_of_the_same_kind() -> None:
    # "The Mariana Trench is the largest ocean" is false on its face, no test of the fact.
    cards = compiled_text(_deck(_WHICH + _STATEMENT)).cards
    statements = [card for card in cards if card.id.endswith(".feature-tf")]
    assert statements
    for card in statements:
        fact = card.id.rsplit(":", 1)[1].removesuffix(".feature-tf")
        told = next(name for name in _KINDS if card.prompt.split(": ", 1)[1].startswith(name))
        assert _KINDS[told] == _KINDS[_NAMES[fact]], card.prompt


def test_only_a_field_after_which_or_what_names_a_kind() -> None:
    compiled = compiled_text(_deck(_WHICH + _STATEMENT))
    assert kind_fields(compiled.deck.templates) == {"name": ("kind",)}
    plain = compiled_text(_deck(_STATEMENT.replace("feature-tf", "plain")))
    assert kind_fields(plain.deck.templates) == {}


def test_a_kind_named_by_its_field_takes_no_stand_in_of_another() -> None:
    # Tagged, the one person was offered beside waterfalls as a stand-in, as a horse
    # stands in for a chimpanzee: "Which person is the pilot …?" among three waterfalls.
    tagged = _deck(_WHICH).replace(
        "{id: pilot, kind: person,", "{id: pilot, tags: [person], kind: person,"
    )
    compiled = compiled_text(tagged)
    assert "pilot.feature" not in cards_by_slot(compiled.cards)
    assert any(
        "'pilot' makes no card" in w.message and "by its field 'kind'" in w.message
        for w in compiled.warnings
    )


def test_a_kind_its_field_names_no_persons_reads_no_full_name_as_a_person() -> None:
    # "Proxima Centauri" is written as a full name is: the warning called the star a person.
    stars = _deck(_WHICH).replace(
        "{id: gobi, kind: desert, name: The Gobi, desc: a cold desert in Mongolia}",
        "{id: gobi, kind: desert, name: The Gobi, desc: a cold desert in Mongolia}\n"
        "      - {id: proxima, kind: star, name: Proxima Centauri, desc: the nearest star}",
    )
    warnings = [w.message for w in compiled_text(stars).warnings if "'proxima'" in w.message]
    assert warnings
    assert not any("a person" in message for message in warnings), warnings

"""Tests of pools' nearness: which like facts a card's options come from first."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind


def _leaders_deck(make: type[Make]) -> Deck:
    """Leaders of two countries, each in its own crisis: only the country is shared."""
    leaders = (
        ("stalin", "Joseph Stalin", "the Soviet Union", "the Berlin Blockade"),
        ("khrushchev", "Nikita Khrushchev", "the Soviet Union", "the Cuban Missile Crisis"),
        ("brezhnev", "Leonid Brezhnev", "the Soviet Union", "the war in Afghanistan"),
        ("truman", "Harry Truman", "the United States", "the Korean War"),
        ("kennedy", "John Kennedy", "the United States", "the Bay of Pigs"),
        ("reagan", "Ronald Reagan", "the United States", "the Able Archer scare"),
    )
    facts = tuple(
        make.fact(fact_id, leader=leader, country=country, crisis=crisis, line=20 + i)
        for i, (fact_id, leader, country, crisis) in enumerate(leaders)
    )
    template = make.template(
        "who-led",
        kind=TemplateKind.CHOICE,
        prompt="Who led {country} during {crisis}?",
        answer="leader",
        choices=3,
    )
    return make.deck(make.excerpt(facts=facts), templates=(template,))


def test_options_share_first_the_values_the_prompt_shows_beside_the_answer(
    make: type[Make],
) -> None:
    # "Who led the Soviet Union …?" is asked of Soviet leaders: an American president is
    # no likely answer to it.
    cards = {card.id.rsplit(":", 1)[-1]: card for card in make.cards(_leaders_deck(make))}
    soviet = {"Joseph Stalin", "Nikita Khrushchev", "Leonid Brezhnev"}
    american = {"Harry Truman", "John Kennedy", "Ronald Reagan"}
    for fact_id, same in (("stalin", soviet), ("kennedy", american), ("reagan", american)):
        assert set(cards[f"{fact_id}.who-led"].choices) == same


def test_in_a_large_pool_the_few_facts_sharing_a_shown_value_are_drawn_and_come_first(
    make: type[Make],
) -> None:
    # Sixty leaders, three of them Soviet: a pool too large to rank whole still offers the
    # other Soviet leaders for "Who led the Soviet Union …?".
    soviet = ("Joseph Stalin", "Nikita Khrushchev", "Leonid Brezhnev", "Yuri Andropov")
    facts = [
        make.fact(f"s{i}", leader=name, country="the Soviet Union", crisis=f"crisis {i}")
        for i, name in enumerate(soviet)
    ]
    facts += [
        make.fact(f"o{i}", leader=f"Leader Number{i}", country=f"Land {i}", crisis=f"event {i}")
        for i in range(60)
    ]
    template = make.template(
        "who-led",
        kind=TemplateKind.CHOICE,
        prompt="Who led {country} during {crisis}?",
        answer="leader",
        choices=4,
    )
    deck = make.deck(make.excerpt(facts=tuple(facts)), templates=(template,))
    card = next(c for c in make.cards(deck) if c.id.endswith(":s0.who-led"))
    assert set(card.choices) == set(soviet)

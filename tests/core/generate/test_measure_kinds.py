"""Tests for trainer.core.generate.measure_kinds: what a value measures or counts."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.measure_kinds import in_people_noun_of, other_people_counted


def test_a_count_of_people_swapped_in_counts_them_as_the_true_one_does() -> None:
    # "The number of Hungarians who fled abroad was about 250,000 troops": one measure,
    # another noun for the people, false on its face.
    assert other_people_counted("some 200,000 people", "about 250,000 troops")
    assert in_people_noun_of("some 200,000 people", "about 250,000 troops") == (
        "about 250,000 people"
    )
    assert not other_people_counted("some 200,000 people", "some 2.7 million people")
    assert not other_people_counted("68 million", "5 million people")
    assert in_people_noun_of("46 chromosomes", "23 pairs") == "23 pairs"


def test_a_swapped_count_of_people_keeps_the_statements_noun(make: type[Make]) -> None:
    facts = (
        make.fact("fled", measure="the number who fled", amount="some 200,000 people", line=20),
        make.fact("invaded", measure="the number who invaded", amount="about 250,000 troops"),
    )
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="{measure} was {amount}.", swap="amount"
    )
    text = "Some 200,000 people fled. About 250,000 troops invaded."
    deck = make.deck(make.excerpt("e", text, facts=facts), templates=(template,))
    swapped = make.cards(deck)
    shown = " ".join(card.prompt for card in swapped) + " ".join(c.explanation for c in swapped)
    assert "fled was about 250,000 troops" not in shown
    assert "invaded was some 200,000 people" not in shown

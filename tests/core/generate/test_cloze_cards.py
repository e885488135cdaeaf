"""Tests of cloze cards and of where cloze errors are reported."""

from __future__ import annotations

import dataclasses

from tests.core.generate.conftest import Make
from trainer.core.model import AnswerType, CardKind, Location

SCHOOLS = (
    "In March {{c1::1926}} Germany and the Soviet Union agreed to build an aviation\n"
    "school at {{c2::Lipetsk::town}} and a tank school at {{c3::Kazan}}.\n"
)


def test_one_card_per_cloze_number_with_the_others_filled_in(make: type[Make]) -> None:
    cards = make.cards(make.deck(make.excerpt("schools", SCHOOLS)))
    assert [c.id for c in cards] == ["d:schools:c1", "d:schools:c2", "d:schools:c3"]
    assert all(c.kind is CardKind.CLOZE for c in cards)
    assert cards[0].prompt == (
        "In March [...] Germany and the Soviet Union agreed to build an aviation\n"
        "school at Lipetsk and a tank school at Kazan."
    )
    assert "school at [town] and" in cards[1].prompt
    assert cards[2].prompt.endswith("a tank school at [...].")
    assert [c.answer.text for c in cards] == ["1926", "Lipetsk", "Kazan"]
    assert [c.answer.type for c in cards] == [AnswerType.YEAR, AnswerType.TEXT, AnswerType.TEXT]
    assert cards[0].source == "pp. 128–129"


def test_deletions_sharing_a_number_are_asked_together(make: type[Make]) -> None:
    text = "Schools at {{c1::Lipetsk}} and {{c1::Kazan}}; signed in {{c2::50,000}} copies."
    cloze, number = make.cards(make.deck(make.excerpt(text=text)))
    assert cloze.prompt == "Schools at [...] and [...]; signed in 50,000 copies."
    assert cloze.answer.text == "Lipetsk; Kazan"
    assert cloze.answer.type is AnswerType.TEXT
    assert number.answer.type is AnswerType.NUMBER


def test_cards_come_by_number_not_by_position(make: type[Make]) -> None:
    text = "{{c10::ten}} {{c2::two}} {{c1::one}}"
    cards = make.cards(make.deck(make.excerpt("x", text)))
    assert [c.id.rsplit(":", 1)[1] for c in cards] == ["c1", "c2", "c10"]


def test_an_empty_deletion_in_a_one_line_text_points_at_its_column(make: type[Make]) -> None:
    excerpt = make.excerpt(
        text="Built at {{c1::}} in 1926.",
        text_location=Location("deck.yaml", 8, 11),
        text_inline=True,
    )
    (error,) = make.errors(make.deck(excerpt))
    assert str(error) == "deck.yaml:8:20: error: cloze deletion c1 is empty"


def test_a_block_text_points_at_its_start_and_without_a_location_at_the_excerpt(
    make: type[Make],
) -> None:
    block = make.excerpt(
        text="First line\nBuilt at {{c2::Kazan and never closed\n",
        text_location=Location("deck.yaml", 8, 11),
    )
    (error,) = make.errors(make.deck(block))
    assert error.location == Location("deck.yaml", 8, 11)
    assert "never closed" in error.message
    unknown = dataclasses.replace(block, text_location=None)
    (error,) = make.errors(make.deck(unknown))
    assert error.location == unknown.location


def test_a_broken_marker_does_not_stop_the_good_ones(make: type[Make]) -> None:
    excerpt = make.excerpt(text="{{c1::Kazan}} and {{c2::}}")
    cards, diagnostics = make.generate(make.deck(excerpt))
    assert [c.answer.text for c in cards] == ["Kazan"]
    assert [d.message for d in diagnostics] == ["cloze deletion c2 is empty"]

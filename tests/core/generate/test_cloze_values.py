"""Automatic cloze blanks a title a fact holds as a value whole or not at all
(`cloze_values`)."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Fact
from trainer.core.generate.cloze_values import title_values
from trainer.core.model import CardKind, DeckDefaults

WORKS = (
    "Claude Debussy built harmonies on the whole-tone scale in works such as Prelude to "
    "the Afternoon of a Faun. Edward Elgar wrote the Variations on an Original Theme in "
    "Malvern. Benjamin Britten set the Songs and Proverbs of William Blake in 1965."
)


def _clozes(make: type[Make], text: str, facts: tuple[Fact, ...]) -> list[str]:
    deck = make.deck(
        make.excerpt("x", text, facts=facts),
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=12),
    )
    return [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]


def test_no_part_of_a_title_held_as_a_value_is_blanked(make: type[Make]) -> None:
    facts = (
        make.fact("debussy", work="Prelude to the Afternoon of a Faun", composer="Debussy"),
        make.fact("elgar", work="Variations on an Original Theme", composer="Elgar"),
    )
    without = _clozes(make, WORKS, ())
    # Without the facts, the title's capitals are names of their own.
    assert {"Prelude", "Afternoon"} & set(without) or {"Original Theme"} & set(without)
    answers = _clozes(make, WORKS, facts)
    for title in ("Prelude to the Afternoon of a Faun", "Variations on an Original Theme"):
        assert not [a for a in answers if a in title and a != title], answers
    # Names and years outside the titles are still asked.
    assert {"Claude Debussy", "Edward Elgar", "Malvern", "1965"} <= set(answers)


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("Prelude to the Afternoon of a Faun", True),
        ("The Marriage of Figaro", True),
        ("St Thomas in Leipzig", True),
        ("A Passage to India", True),
        # Two names joined, a name of two words, lower-case words: no title.
        ("Watson and Crick", False),
        ("Johann Sebastian Bach", False),
        ("the islets of Langerhans", False),
        ("a riot at the premiere", False),
        ("1913", False),
    ],
)
def test_a_title_is_capitalised_words_about_a_small_word(
    make: type[Make], value: str, title: bool
) -> None:
    excerpt = make.excerpt("x", value, facts=(make.fact("f", work=value),))
    assert title_values(excerpt) == ([value] if title else [])

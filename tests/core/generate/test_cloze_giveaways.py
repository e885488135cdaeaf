"""Tests of the rules that find a cloze answer given away by the rest of its text."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_giveaways import acronym_zones, visible_giveaway
from trainer.core.generate.cloze_words import tokens


@pytest.mark.parametrize(
    ("answer", "visible", "word"),
    [
        ("wheat", "to export [...], the wheat that paid", "wheat"),
        ("Sputnik 1", "launched [...]; Sputnik 2 followed", "Sputnik"),
        ("Russians", "the [...] trained inside Soviet Russia", "Russia"),
        ("1926", "in [...] and again in 1926", "1926"),
        ("50,000 hectares", "leased [...], 50000 hectares", "50000"),
        ("Red Army", "the [...] met the Red Army", "Red Army"),
        ("Soviet-German", "a [...] pact; Soviet troops", "Soviet"),
        # A place and its people's word, whose spellings part too soon for a stem.
        ("Britain", "trade with [...] hurt British ports", "British"),
        ("the French", "[...] lost; France was beaten", "France"),
        ("Switzerland", "[...] stayed out; Swiss banks", "Swiss"),
    ],
)
def test_the_word_that_gives_an_answer_away(answer: str, visible: str, word: str) -> None:
    assert visible_giveaway(answer, visible) == word


@pytest.mark.parametrize(
    ("answer", "visible"),
    [
        ("Red Army", "the [...] grew; the army marched"),
        ("Sputnik 1", "[...] flew on 1 April"),
        ("50,000 hectares", "leased [...] of 20 hectares"),
        ("Council of Labour", "the [...] met; of course"),
    ],
)
def test_common_words_units_and_particles_give_nothing_away(answer: str, visible: str) -> None:
    assert visible_giveaway(answer, visible) is None


def test_acronyms_and_the_words_that_define_them() -> None:
    text = (
        "the German Communist party (KPD) and NASA, "
        "the National Aeronautics and Space Administration"
    )
    zones = [(acronym, text[a:b]) for acronym, (a, b) in acronym_zones(tokens(text), text)]
    assert zones == [
        ("KPD", "the German Communist party ("),
        ("NASA", "National Aeronautics and Space Administration"),
    ]


@pytest.mark.parametrize(
    ("answer", "visible", "word"),
    [
        # A modifier of a term, shown as itself or inflected, gives it away.
        ("electron shell", "the [...] holds two electrons", "electrons"),
        ("magnetic field", "the [...] bends magnetic poles", "magnetic"),
        # The term's head, in any form, does too.
        ("unnatural alliance", "[...]; the alliances toppled", "alliances"),
        ("atomic", "the [...] mass of an atom", "atom"),
    ],
)
def test_a_terms_words_shown_give_it_away(answer: str, visible: str, word: str) -> None:
    assert visible_giveaway(answer, visible) == word


@pytest.mark.parametrize(
    ("answer", "visible"),
    [
        # A word made from a modifier is another word: 'atom' is not 'atomic number'.
        ("atomic number", "the [...] counts an atom's protons"),
        ("national debt", "the [...] grew as the nation borrowed"),
        ("electron shell", "the [...] of electronic devices"),
        ("magnetic field", "the [...] of a magnet"),
    ],
)
def test_a_word_made_from_a_terms_modifier_gives_nothing_away(answer: str, visible: str) -> None:
    assert visible_giveaway(answer, visible) is None


def test_a_word_naming_the_kind_gives_no_name_away() -> None:
    from trainer.core.generate.cloze_giveaways import visible_giveaway

    text = "Haydn's Farewell Symphony is in F-sharp minor."
    assert visible_giveaway("Symphony No. 5 in C minor", text) is None
    assert visible_giveaway("Battle of Hastings", "The battle was fought in 1066.") is None
    assert visible_giveaway("Battle of Hastings", "The battle near Hastings.") == "Hastings"
    assert visible_giveaway("Symphony", "the Sixth Symphony") == "Symphony"


def test_a_saint_opening_a_name_gives_no_other_name_of_a_saint_away() -> None:
    # "São Gabriel" says nothing of the "São Cristóvão", nor "Santa Fe" of "Santa María".
    assert visible_giveaway("the São Cristóvão", "His flagship was the São Gabriel.") is None
    assert visible_giveaway("Santa María", "They sailed from Santa Fe.") is None
    assert visible_giveaway("São Cristóvão", "the [...] sank off Cristóvão") == "Cristóvão"
    assert visible_giveaway("Santa", "Santa came") == "Santa"  # alone, it is the name

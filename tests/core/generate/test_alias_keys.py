"""Tests of how the deck's aliases are matched: folded, a short symbol by its case."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.generate.alias_keys import alias_key


def test_names_match_whatever_their_case_and_article() -> None:
    assert alias_key("the Soviet Union") == alias_key("soviet union")
    assert alias_key("USSR") == alias_key("ussr")


def test_a_symbol_of_one_or_two_characters_matches_only_in_its_case() -> None:
    assert alias_key("c") != alias_key("C")
    assert alias_key("Co") != alias_key("CO")
    assert alias_key("Hz") != alias_key("HZ")
    assert alias_key(" c ") == alias_key("c")
    # Three characters or more are names and words, matched folded.
    assert alias_key("mol") == alias_key("MOL")


def test_an_alias_of_a_symbol_names_no_answer_in_another_case(make: type[Make]) -> None:
    questions = (
        make.question("Which symbol stands for the coulomb?", "C", slot="coulomb"),
        make.question("What is the formula of carbon monoxide?", "CO", slot="monoxide"),
        make.question("Which letter stands for the speed of light?", "c", slot="light"),
        make.question("What is the symbol of cobalt?", "Co", slot="cobalt"),
        make.question("Which union broke up in 1991?", "soviet union", slot="union"),
    )
    deck = make.deck(
        make.excerpt("e", questions=questions),
        aliases={"the speed of light": ("c",), "cobalt": ("Co",), "the Soviet Union": ("USSR",)},
    )
    accepted = {card.id.rsplit(":", 1)[1]: card.answer.alternatives for card in make.cards(deck)}
    assert accepted["coulomb"] == ()
    assert accepted["monoxide"] == ()
    assert accepted["light"] == ("the speed of light",)
    assert accepted["cobalt"] == ("cobalt",)
    assert accepted["union"] == ("USSR",)

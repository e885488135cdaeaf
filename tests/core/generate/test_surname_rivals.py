"""A surname alone is accepted only when no other answer, option or fact value ends in it."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck


def _marriages(make: type[Make], pairs: list[tuple[str, str]]) -> Deck:
    """Facts of whom each groom marries; cards ask only for the bride."""
    facts = tuple(
        make.fact(f"m{i}", groom=groom, bride=bride, line=20 + i)
        for i, (groom, bride) in enumerate(pairs)
    )
    template = make.template("whom", prompt="Whom does {groom} marry?", answer="bride")
    return make.deck(make.excerpt("e", "plain text.", facts=facts), templates=(template,))


@pytest.mark.parametrize(
    ("pairs", "answer", "surname", "accepted"),
    [
        # "Edgar Linton" is a groom, asked for by no card: "Linton" is his too.
        ([("Edgar Linton", "Catherine Earnshaw"), ("Heathcliff", "Isabella Linton")],
         "Isabella Linton", "Linton", False),
        ([("John Knightley", "Isabella Woodhouse"), ("George Knightley", "Emma Woodhouse")],
         "Emma Woodhouse", "Woodhouse", False),
        ([("Henry Woodhouse", "Harriet Smith"), ("Robert Martin", "Emma Woodhouse")],
         "Emma Woodhouse", "Woodhouse", False),
        # No other value ends in it: accepted.
        ([("Edgar Linton", "Catherine Earnshaw"), ("Heathcliff", "Isabella Linton")],
         "Catherine Earnshaw", "Earnshaw", True),
        ([("Robert Martin", "Harriet Smith"), ("Frank Churchill", "Jane Fairfax")],
         "Jane Fairfax", "Fairfax", True),
    ],
)  # fmt: skip
def test_a_surname_that_another_fact_value_ends_in_is_not_accepted(
    make: type[Make], pairs: list[tuple[str, str]], answer: str, surname: str, accepted: bool
) -> None:
    cards = make.cards(_marriages(make, pairs))
    (card,) = [card for card in cards if card.answer.text == answer]
    assert (surname in card.answer.alternatives) is accepted


def _keynes(make: type[Make], text: str) -> Deck:
    questions = (
        make.question("Who wrote the General Theory?", "John Maynard Keynes", slot="gt"),
        make.question("Who said we are all dead in the long run?", "Keynes", slot="lr", line=12),
    )
    return make.deck(make.excerpt("e", text, questions=questions))


def test_one_person_answering_two_cards_is_no_rival_of_himself(make: type[Make]) -> None:
    # The excerpt writes the full name: "Keynes" alone names the same man, whose name
    # has three words ("Maynard Keynes" is what the excerpt writes before "Keynes").
    said = "John Maynard Keynes wrote the General Theory. Keynes said we are all dead."
    full, lone = make.cards(_keynes(make, said))
    assert "Keynes" in full.answer.alternatives
    assert "John Maynard Keynes" in lone.answer.alternatives
    # Where the excerpt never writes him in full, "Keynes" may be another Keynes.
    full, lone = make.cards(_keynes(make, "Notes on economists."))
    assert "Keynes" not in full.answer.alternatives
    assert "John Maynard Keynes" not in lone.answer.alternatives


def test_a_surname_of_two_people_in_the_excerpt_takes_neither_full_name(
    make: type[Make],
) -> None:
    questions = (
        make.question("Who found polonium?", "Marie Curie", slot="po"),
        make.question("Who studied piezoelectricity?", "Pierre Curie", slot="pz", line=12),
        make.question("Who shared the 1903 prize?", "Curie", slot="np", line=14),
    )
    text = "Marie Curie found polonium; Pierre Curie studied crystals. Curie shared a prize."
    cards = make.cards(make.deck(make.excerpt("e", text, questions=questions)))
    (lone,) = [card for card in cards if card.answer.text == "Curie"]
    assert not {"Marie Curie", "Pierre Curie"} & set(lone.answer.alternatives)

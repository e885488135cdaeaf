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

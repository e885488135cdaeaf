"""Confusables found again from what the last compile found are those found afresh, on
random edits of random decks, whichever way the answers are searched."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.answering.reference_confusables import reference_attach_confusables
from tests.core.answering.test_confusables_fast import VALUES, cards
from trainer.core.answering import confusables
from trainer.core.answering.confusables import ConfusablesMemo, attach_confusables_reusing
from trainer.core.model import Card

extras = st.lists(st.sampled_from(VALUES), max_size=6)


@settings(max_examples=300)
@given(cards(), extras, cards(), extras, st.sampled_from([0, 1, 200]))
def test_found_again_from_the_last_compile_equals_found_afresh(
    before: list[Card], extra_before: list[str], after: list[Card], extra_after: list[str], few: int
) -> None:
    # `few` 0: the index is always built; 1: changes past one search it all again.
    with mock.patch.object(confusables, "_FEW", few):
        _, memo = attach_confusables_reusing(before, extra_before, ConfusablesMemo())
        # An edit keeps some cards and values and brings others.
        edited = [*before[: len(before) // 2], *after]
        edited = list({card.id: card for card in edited}.values())
        cards_again, memo_again = attach_confusables_reusing(edited, extra_after, memo)
    assert cards_again == reference_attach_confusables(edited, extra_after)
    # What is remembered is what a fresh run would remember.
    _, fresh = attach_confusables_reusing(edited, extra_after, ConfusablesMemo())
    assert memo_again.values == fresh.values
    assert memo_again.found == fresh.found


@given(cards(), extras)
def test_an_unchanged_deck_searches_nothing_again(made: list[Card], extra: list[str]) -> None:
    _, memo = attach_confusables_reusing(made, extra, ConfusablesMemo())
    with mock.patch.object(confusables, "_searcher", side_effect=AssertionError("searched")):
        again, _ = attach_confusables_reusing(made, extra, memo)
    assert again == reference_attach_confusables(made, extra)

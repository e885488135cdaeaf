"""Remembered steps read back from plain values are the steps written."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings

from tests.core.generate.test_steps import decks
from trainer.core.authored import Deck
from trainer.core.generate import generate_deck_reusing
from trainer.core.generate.step_codec import _RECORD, memo_from_plain, memo_to_plain
from trainer.core.generate.steps import StepRecord


def test_records_are_built_with_their_fields_in_the_models_order() -> None:
    assert tuple(field.name for field in dataclasses.fields(StepRecord)) == _RECORD


@settings(max_examples=30, deadline=None)
@given(deck=decks())
def test_every_remembered_step_reads_back_as_written(deck: Deck) -> None:
    _, memo, _ = generate_deck_reusing(deck, {})
    read = memo_from_plain(memo_to_plain(memo))
    assert read == memo
    for key, record in read.items():
        written = memo[key]
        # Field by field too: equality skips `plain`, which must hold what was read.
        for name in _RECORD[:-1]:
            assert getattr(record, name) == getattr(written, name)
        assert record.plain == memo_to_plain({key: written})[key]

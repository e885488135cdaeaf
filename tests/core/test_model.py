"""The model's one helper: an answer changed on a card, pinned to `dataclasses.replace`."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.model import Answer, AnswerType, Card, CardKind, with_answer

TEXTS = st.lists(st.text(max_size=8), max_size=4).map(tuple)


@given(
    alternatives=st.none() | TEXTS,
    confusables=st.none() | TEXTS,
    kind=st.sampled_from(CardKind),
    old=TEXTS,
    tags=TEXTS,
)
def test_with_answer_is_dataclasses_replace(
    alternatives: tuple[str, ...] | None,
    confusables: tuple[str, ...] | None,
    kind: CardKind,
    old: tuple[str, ...],
    tags: tuple[str, ...],
) -> None:
    answer = Answer(
        AnswerType.TEXT, "Lipetsk", alternatives=old, tolerance=0.5, parts=old, confusables=old
    )
    card = Card("d:e:q", "d", kind, "e", "Where?", answer, "p. 1", old, "hint", "why", tags, old)
    new_answer = answer
    if alternatives is not None:
        new_answer = dataclasses.replace(new_answer, alternatives=alternatives)
    if confusables is not None:
        new_answer = dataclasses.replace(new_answer, confusables=confusables)
    expected = dataclasses.replace(card, answer=new_answer)
    changed = with_answer(card, alternatives=alternatives, confusables=confusables)
    assert changed == expected
    assert dataclasses.astuple(changed) == dataclasses.astuple(expected)

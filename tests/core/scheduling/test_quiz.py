"""Drawing quizzes: distinct cards, kinds mixed, reproducible with the same generator."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.model import CardKind
from trainer.core.scheduling.quiz import QuizCandidate, draw_quiz


def deck(counts: dict[CardKind, int]) -> list[QuizCandidate]:
    return [
        QuizCandidate(f"{kind.value}-{i}", kind) for kind, n in counts.items() for i in range(n)
    ]


def test_kinds_are_mixed_evenly() -> None:
    cards = deck({CardKind.CLOZE: 50, CardKind.QA: 50, CardKind.CHOICE: 50, CardKind.TEMPLATE: 2})
    drawn = draw_quiz(cards, 10, random.Random(1))
    kinds = Counter(card_id.split("-")[0] for card_id in drawn)
    assert kinds["template"] == 2
    assert all(kinds[k] >= 2 for k in ("cloze", "qa", "choice"))


def test_the_same_seed_draws_the_same_quiz_and_another_seed_usually_not() -> None:
    cards = deck({CardKind.CLOZE: 40, CardKind.QA: 40})
    assert draw_quiz(cards, 10, random.Random(7)) == draw_quiz(cards, 10, random.Random(7))
    assert draw_quiz(cards, 10, random.Random(7)) != draw_quiz(cards, 10, random.Random(8))


def test_a_small_deck_gives_all_it_has() -> None:
    cards = deck({CardKind.QA: 3})
    assert sorted(draw_quiz(cards, 10, random.Random(0))) == ["qa-0", "qa-1", "qa-2"]


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        draw_quiz([], -1, random.Random(0))


@given(
    st.dictionaries(st.sampled_from(list(CardKind)), st.integers(0, 30)),
    st.integers(0, 60),
    st.integers(0, 2**32),
)
def test_draws_are_distinct_and_sized(counts: dict[CardKind, int], n: int, seed: int) -> None:
    cards = deck(counts)
    drawn = draw_quiz(cards, n, random.Random(seed))
    assert len(drawn) == min(n, len(cards))
    assert len(set(drawn)) == len(drawn)
    # The input's order does not matter, only the generator.
    assert draw_quiz(list(reversed(cards)), n, random.Random(seed)) == drawn

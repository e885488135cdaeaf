"""Tests for trainer.core.answering.directions: which way verbs and phrases of direction go."""

from __future__ import annotations

import pytest

from trainer.core.answering.directions import (
    DOWN,
    UP,
    direction,
    join_direction_phrases,
    opposite_directions,
)


@pytest.mark.parametrize(
    ("word", "way"),
    [
        ("falls", DOWN),
        ("increased", UP),
        ("shrank", DOWN),
        ("goes down", DOWN),
        ("came up", UP),
        ("gets smaller", DOWN),
        ("becomes larger", UP),
        ("falls down", DOWN),
        ("brings down", DOWN),
        ("pushes up", UP),
        # A rate by its speed: "it speeds up" was wrong for "increases".
        ("speeds up", UP),
        ("slowed down", DOWN),
        ("gets faster", UP),
        ("gets slower", DOWN),
        # No direction: another word, a phrase that is not one, a particle alone.
        ("floppy", None),
        ("goes soft", None),
        ("falls up", None),
        ("down", None),
    ],
)
def test_a_word_or_phrase_has_the_direction_it_says(word: str, way: int | None) -> None:
    assert direction(word) == way


def test_phrases_join_only_beside_a_direction() -> None:
    assert join_direction_phrases(["it", "falls"], ["it", "goes", "down"]) == (
        ["it", "falls"],
        ["it", "goes down"],
    )
    assert join_direction_phrases(["it", "goes", "down"], ["it", "drops"]) == (
        ["it", "goes down"],
        ["it", "drops"],
    )
    # An answer that says no direction leaves a typed phrase in its words.
    assert join_direction_phrases(["the", "river"], ["goes", "down", "the", "river"]) == (
        ["the", "river"],
        ["goes", "down", "the", "river"],
    )


def test_opposites_go_opposite_ways() -> None:
    assert opposite_directions("falls", "goes up")
    assert opposite_directions("gets bigger", "shrinks")
    assert not opposite_directions("falls", "goes down")
    assert not opposite_directions("falls", "floppy")

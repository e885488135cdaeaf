"""Tests of option cues: a question sharing a word with its answer alone points to it."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.answering.normalise import fold
from trainer.core.generate.option_cues import option_cue

HASH = "Which data structure turns each key into an array index with a hash function?"


@pytest.mark.parametrize(
    ("prompt", "choices", "cue"),
    [
        (HASH, ("queue", "min-heap", "linked list", "hash table"), "hash"),
        # Another form of the word, or it as a compound's last part, points as well.
        ("Which tree keeps smaller keys in the left subtree?", ("heap", "search tree"), "subtree"),
        ("Which germ causes cholera?", ("Mycobacterium", "Vibrio cholerae"), "cholera"),
    ],
)
def test_a_word_only_the_answer_shares_with_the_question_is_a_cue(
    prompt: str, choices: tuple[str, ...], cue: str
) -> None:
    assert option_cue(fold(prompt), choices, len(choices) - 1) == cue


@pytest.mark.parametrize(
    ("prompt", "choices"),
    [
        # Another option shares the word: it points nowhere.
        (HASH, ("hash set", "queue", "linked list", "hash table")),
        # The kind of thing asked for is no cue ("Which city …?").
        ("In which city is the Sistine Chapel?", ("Rome", "Florence", "Vatican City")),
        # No word shared.
        ("Which structure is first in, first out?", ("stack", "heap", "queue")),
        # Every option echoes a word of its own: none stands out (a converted GIFT
        # true/false, or options that each name a word of the question).
        ("True or false: The Rocket was built by Stephenson.", ("False", "True")),
        ("Is the Sun a star or a planet?", ("planet", "star")),
    ],
)
def test_no_cue(prompt: str, choices: tuple[str, ...]) -> None:
    assert option_cue(fold(prompt), choices, len(choices) - 1) is None


def test_check_warns_at_the_card_whose_question_points_to_its_answer(make: type[Make]) -> None:
    question = make.question(
        HASH, "hash table", distractors=("queue", "min-heap", "linked list"), line=12
    )
    deck = make.deck(make.excerpt("e", "Hash tables map keys.", questions=(question,)))
    (warning,) = [w for w in make.warnings(deck) if "points to it" in w.message]
    assert warning.location == make.loc(12, 7)
    assert "only its answer 'hash table' shares 'hash' with the question" in warning.message


def test_which_after_a_preposition_asks_for_no_kind() -> None:
    # "in which all twelve pitch classes …" relates a clause: "twelve" is no kind asked
    # for, and only the answer shares it.
    prompt = fold(
        "What is the term for a method in which all twelve pitch classes are ordered in a row?"
    )
    options = ("polyphony", "half cadence", "monophony", "twelve-tone technique")
    assert option_cue(prompt, options, 3) == "twelve"
    # Asked for as the kind, the word is the question's: "Which twelve-tone …?".
    asked = fold("Which twelve-tone work did Schoenberg write first?")
    assert option_cue(asked, ("Pierrot lunaire", "twelve-tone suite", "Erwartung"), 1) is None

"""Drawn options open as the answer and the author's options do when those read as sentences."""

from __future__ import annotations

import random

import pytest

from trainer.core.generate.distractors import Options, cased_like, pick_options, sentence_cased


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Rent control", True),
        ("The minimum wage", True),
        ("Inflation", False),  # a lone word may be a name: the word list cannot tell
        ("Good Success Bay", False),  # a name
        ("Sea of Tranquility", False),
        ("Paris", False),
        ("a price floor", False),
        ("NATO", False),
    ],
)
def test_a_capital_that_opens_a_sentence_is_told_from_a_names(text: str, sentence: bool) -> None:
    assert sentence_cased(text) is sentence


@pytest.mark.parametrize(
    ("answer", "written", "drawn"),
    [
        ("Rent control", ["The minimum wage"], ["a price floor", "a normal good"]),
        ("Cellular respiration", [], ["photosynthesis", "the Calvin cycle", "osmosis"]),
        ("Marie Curie", ["The committee"], ["a jury", "the king"]),
    ],
)
def test_drawn_options_follow_a_sentence_cased_answer_or_written_option(
    answer: str, written: list[str], drawn: list[str]
) -> None:
    options = pick_options(
        random.Random(3), answer=answer, written=written, drawn=(drawn,), count=1 + len(written) + 2
    )
    assert isinstance(options, Options)
    assert all(choice[0].isupper() for choice in options.choices), options.choices


def test_a_names_capital_and_a_small_letter_word_keep_their_case() -> None:
    assert cased_like("Rent control", "pH 7", capitals=True) == "pH 7"
    assert cased_like("Rent control", "de Gaulle's veto", capitals=True) == "de Gaulle's veto"
    assert cased_like("Good Success Bay", "the Falkland Islands") == "the Falkland Islands"

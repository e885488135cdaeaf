"""Tests for trainer.core.lexicon: real words and common words."""

from __future__ import annotations

import pytest

from trainer.core.lexicon import frequency, is_common_word, is_known_word


@pytest.mark.parametrize("word", ["Prussian", "russians", "effect", "Mitosis", "treaty"])
def test_real_words_are_known_in_any_case(word: str) -> None:
    assert is_known_word(word)


@pytest.mark.parametrize("word", ["Lipetks", "Kazna", "Hilter", "Comintren", "recieve"])
def test_misspellings_are_not_words(word: str) -> None:
    assert not is_known_word(word)


@pytest.mark.parametrize("word", ["the", "Earth", "moon", "city", "school"])
def test_everyday_words_are_common(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["treaty", "Comintern", "Rheinmetall", "Lipetsk"])
def test_rarer_words_and_names_are_not_common(word: str) -> None:
    assert not is_common_word(word)


def test_frequencies_rank_words() -> None:
    assert frequency("the") > frequency("treaty") > frequency("comintern") > 0
    assert frequency("Rheinmetall") == 0

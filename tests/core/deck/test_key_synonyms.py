"""Tests of the names authors guess for keys: each means a key its object has."""

from __future__ import annotations

from trainer.core.deck.key_synonyms import KEY_SYNONYMS, key_meant
from trainer.core.deck.schema import OBJECTS


def test_every_guess_means_a_key_of_its_object_and_is_none_itself() -> None:
    for object_name, guesses in KEY_SYNONYMS.items():
        keys = OBJECTS[object_name].keys
        for guess, meant in guesses.items():
            assert meant in keys, (object_name, guess, meant)
            assert guess not in keys, (object_name, guess)
            assert guess == guess.casefold()


def test_a_guess_is_found_whatever_its_case() -> None:
    assert key_meant("question", "Prompt") == "q"
    assert key_meant("template", "question") == "prompt"
    assert key_meant("question", "colour") is None
    assert key_meant("no such object", "prompt") is None

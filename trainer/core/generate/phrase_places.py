"""Where a phrase stands among a sentence's words, found through an index of its words.

Generation asks again and again where a value and an answer stand in one sentence of an
excerpt. Scanning the sentence's words for each phrase costs its length every time; an
excerpt that lists two thousand facts in one sentence made that the square of its size.
Each sentence's words are indexed once, and a phrase is sought only where its first word
stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=256)
def sentence_words(sentence: str) -> tuple[str, ...]:
    """The sentence's words, split once."""
    return tuple(sentence.split())


@lru_cache(maxsize=256)
def _index(sentence: str) -> dict[str, tuple[int, ...]]:
    places: dict[str, list[int]] = {}
    for place, word in enumerate(sentence_words(sentence)):
        places.setdefault(word, []).append(place)
    return {word: tuple(found) for word, found in places.items()}


def phrase_starts(sentence: str, phrase: Sequence[str]) -> list[int]:
    """Where `phrase` (a sequence of words) starts among the sentence's words."""
    if not phrase:
        return []
    words, wanted, size = sentence_words(sentence), tuple(phrase), len(phrase)
    return [
        start
        for start in _index(sentence).get(wanted[0], ())
        if words[start : start + size] == wanted
    ]


def phrase_starts_scanned(sentence: str, phrase: Sequence[str]) -> list[int]:
    """`phrase_starts` by scanning every word: what the tests hold the index to."""
    words, wanted, size = sentence.split(), list(phrase), len(phrase)
    if not wanted:
        return []
    return [
        start for start in range(len(words) - size + 1) if words[start : start + size] == wanted
    ]

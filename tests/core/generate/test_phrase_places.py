"""Tests for trainer.core.generate.phrase_places: the word index finds what a scan finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.generate.phrase_places import phrase_starts, phrase_starts_scanned

words = st.sampled_from(["a", "b", "c", "lipetsk", "and", "kazan"])


@given(st.lists(words, max_size=30).map(" ".join), st.lists(words, max_size=3))
def test_the_index_finds_each_phrase_where_a_scan_does(sentence: str, phrase: list[str]) -> None:
    assert phrase_starts(sentence, phrase) == phrase_starts_scanned(sentence, phrase)


def test_a_phrase_is_found_at_each_of_its_places() -> None:
    sentence = "je suis tu es il est nous sommes tu es"
    assert phrase_starts(sentence, ["tu", "es"]) == [2, 8]
    assert phrase_starts(sentence, ["es", "tu"]) == []
    assert phrase_starts(sentence, []) == []

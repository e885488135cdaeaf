"""The lexicon, loaded fast, holds what a plain load gave: the same counts, thresholds and
frequencies (pyspellchecker's list, read with no shortcut, is the reference)."""

from __future__ import annotations

import gzip
import json
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from trainer.core import lexicon


def _plain_table() -> dict[str, int]:
    data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    return {str(word): int(count) for word, count in json.loads(gzip.decompress(data)).items()}


def test_the_table_and_thresholds_are_those_of_a_plain_load() -> None:
    table = _plain_table()
    assert lexicon._frequencies() == table
    counts = sorted(table.values(), reverse=True)
    for rank in (1, 3000, lexicon.COMMON_RANK, 20_000, len(counts), len(counts) + 5):
        assert lexicon._common_threshold(rank) == counts[min(rank, len(counts)) - 1]


WORDS = ["the", "Colour", "color", "grey", "Kazan", "xyzzy", "travelled", "Earth", "", "é"]


@given(st.sampled_from(WORDS) | st.text(alphabet="abcorlu", max_size=8))
def test_kept_frequencies_are_computed_ones(word: str) -> None:
    assert lexicon.frequency(word) == lexicon.frequency.__wrapped__(word)
    assert lexicon.frequency(word) == lexicon.frequency.__wrapped__(word)

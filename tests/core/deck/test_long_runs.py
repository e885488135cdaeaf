"""Tests for trainer.core.deck.long_runs: a run longer than any word, found by a split."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from trainer.core.deck.long_runs import has_long_run, plain_has_long_run
from trainer.core.model import MAX_WORD_LENGTH

_RUN_TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", "é", " ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u3000", "-"]
    ),
    max_size=300,
)


@given(_RUN_TEXT, st.integers(min_value=MAX_WORD_LENGTH - 3, max_value=MAX_WORD_LENGTH + 3))
@example("x" * (MAX_WORD_LENGTH + 1), 0)
@example("x" * MAX_WORD_LENGTH, 0)
@example("", 0)
@example(" a ", MAX_WORD_LENGTH)
def test_a_long_run_is_found_as_the_search_for_one_finds_it(text: str, run: int) -> None:
    # A run of `run` letters among the text's: the split by whitespace finds it or not,
    # as the search does (the same characters count as spaces to both).
    whole = text[: len(text) // 2] + "b" * run + text[len(text) // 2 :]
    assert has_long_run(whole) is plain_has_long_run(whole)


def test_a_long_text_is_searched_for_a_long_run_as_well() -> None:
    words = "ab " * 100_000
    assert not has_long_run(words)
    assert has_long_run(words + "x" * (MAX_WORD_LENGTH + 1))
    assert not has_long_run(words + "x" * MAX_WORD_LENGTH)

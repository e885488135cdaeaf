"""Tests for trainer.core.deck.long_runs: a run longer than any word, found by a split."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from trainer.core.deck.loader import load_deck_bytes
from trainer.core.deck.long_runs import (
    MOST_MARKS,
    has_long_run,
    mark_stack,
    plain_has_long_run,
    trim_mark_stacks,
)
from trainer.core.model import MAX_WORD_LENGTH, DeckError

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


def _slow_stack(text: str) -> bool:
    """A run of more than `MOST_MARKS` combining marks, read a character at a time."""
    run = 0
    for char in text:
        run = run + 1 if unicodedata.category(char) in ("Mn", "Me") else 0
        if run > MOST_MARKS:
            return True
    return False


_MARKED = st.text(
    alphabet=st.sampled_from(["a", " ", "é", "\u0301", "\u0323", "\u05b8", "\u20dd", "ß"]),
    max_size=40,
)


@given(_MARKED)
@example("Z" + "\u0301" * 9)
@example("Tiê\u0323\u0302ng Vi\u1ec7t")
def test_a_stack_of_marks_is_found_as_reading_each_character_finds_it(text: str) -> None:
    assert (mark_stack(text) is not None) is _slow_stack(text)
    trimmed, cut = trim_mark_stacks(text)
    assert not _slow_stack(trimmed)
    assert len(trimmed) + cut == len(text)


def test_a_deck_refuses_zalgo_text_where_it_stands() -> None:
    zalgo = "Z" + "".join(chr(0x300 + i) for i in range(20)) + "algo"
    text = f"id: z\ntitle: Z\nexcerpts:\n  - id: e\n    page: 1\n    text: It is {zalgo}.\n"
    with pytest.raises(DeckError) as caught:
        load_deck_bytes("z.yaml", text.encode())
    assert [str(d) for d in caught.value.diagnostics] == [
        "z.yaml:6:11: error: 'text' stacks 20 combining marks on one character; no script "
        "stacks more than 8"
    ]
    # Scripts' own marks are a few a character: Vietnamese, pointed Hebrew, Devanagari.
    plain = text.replace(zalgo, "Tiếng Việt, שָׁלוֹם, कृष्ण")
    assert load_deck_bytes("z.yaml", plain.encode()) is not None

"""Tests for trainer.core.answering.word_runs: runs of words inside others."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.word_runs import find_run, run_starts, without_opening_article

WORDS = ("the", "soviet", "union", "and", "the", "soviet", "army")


def test_a_run_is_found_at_each_place_it_stands_whole() -> None:
    assert run_starts(WORDS, ("the", "soviet")) == [0, 4]
    assert find_run(WORDS, ("soviet", "army")) == 5
    assert find_run(WORDS, ("union", "army")) is None
    assert run_starts(WORDS, ()) == []  # an empty run stands nowhere


def test_only_an_opening_article_is_left_out() -> None:
    assert without_opening_article(("the", "soviet", "union")) == ("soviet", "union")
    assert without_opening_article(("soviet", "union")) == ("soviet", "union")
    assert without_opening_article(()) == ()


@given(st.lists(st.sampled_from("abc"), max_size=8), st.lists(st.sampled_from("abc"), max_size=3))
def test_every_start_found_holds_the_run(words: list[str], run: list[str]) -> None:
    starts = run_starts(words, run)
    assert all(words[at : at + len(run)] == run for at in starts)
    assert len(starts) == sum(
        1 for at in range(len(words)) if run and words[at : at + len(run)] == run
    )

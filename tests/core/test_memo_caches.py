"""The core's bounded memo caches are emptied after a compile; what a process keeps on
purpose (unbounded caches, such as the word list in use) stays."""

from __future__ import annotations

from trainer.core import lexicon
from trainer.core.answering.normalise import fold
from trainer.core.answering.words import answer_words
from trainer.core.memo_caches import bounded_memo_caches, clear_memo_caches


def test_the_bounded_memos_are_found_and_the_unbounded_left_out() -> None:
    memos = bounded_memo_caches()
    assert fold in memos and answer_words in memos
    assert lexicon._frequencies not in memos


def test_clearing_empties_the_bounded_memos_and_keeps_the_word_list() -> None:
    lexicon.frequency("treaty")  # the word list is in use from here on
    fold("Lipetsk, 1926"), answer_words("the aviation school at Lipetsk")
    assert fold.cache_info().currsize > 0 and answer_words.cache_info().currsize > 0
    clear_memo_caches()
    assert fold.cache_info().currsize == 0 and answer_words.cache_info().currsize == 0
    assert lexicon.word_list_in_use()
    # Emptied, not broken: the same answers come back.
    assert fold("Lipetsk, 1926") == "lipetsk 1926"

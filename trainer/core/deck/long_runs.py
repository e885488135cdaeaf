"""Runs of characters without a space longer than any word: sought in a deck file's text."""

from __future__ import annotations

import re

from trainer.core.model import MAX_WORD_LENGTH

# A run of characters without a space longer than any word (see `MAX_WORD_LENGTH`): such
# runs make no card, and a hostile deck's could make a search quadratic on its length or a
# number too long to read. Found only where a run starts, so the search stays linear.
LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_WORD_LENGTH + 1},}}")


def has_long_run(text: str) -> bool:
    """Whether `text` holds a run of characters without a space longer than any word."""
    # `str.split` cuts at exactly the characters `\s` matches (both ask Unicode's
    # whitespace): its longest piece is the longest run, found in half the time of the
    # search (11 ms, not 23, over the 1.6 MB of the bench's course). Only for a text of
    # a few hundred KB: the list of its words is held for a moment, and a hostile file's
    # megabytes of two-letter words would make it many times the file's size.
    if len(text) > _SPLIT_AT_MOST:
        return plain_has_long_run(text)
    return max(map(len, text.split()), default=0) > MAX_WORD_LENGTH


_SPLIT_AT_MOST = 256 * 1024


def plain_has_long_run(text: str) -> bool:
    """`has_long_run` by the search for a long run itself: what the tests pin it to."""
    return LONG_RUN.search(text) is not None

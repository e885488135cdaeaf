"""Runs longer than any word, and stacks of combining marks: sought in a deck file's text."""

from __future__ import annotations

import re
import unicodedata

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


# The most combining marks one character carries in any script's writing (Vietnamese
# two, pointed Hebrew with its cantillation four or five). A stack of more is "zalgo"
# text, which a terminal draws over the lines above and below it.
MOST_MARKS = 8
_MARKS = ("Mn", "Me")


def _stacks(text: str) -> re.Pattern[str] | None:
    """A search for runs of more than `MOST_MARKS` of the combining marks `text` holds,
    or None where it holds none. Only its own marks are looked for: its distinct
    characters are few, where every mark of Unicode would take a third of a second to
    list."""
    if text.isascii():
        return None
    marks = [char for char in set(text) if unicodedata.category(char) in _MARKS]
    if not marks:
        return None
    return re.compile(f"[{''.join(map(re.escape, marks))}]{{{MOST_MARKS + 1},}}")


def mark_stack(text: str) -> re.Match[str] | None:
    """The first run of more than `MOST_MARKS` combining marks in `text`, or None."""
    stacks = _stacks(text)
    return None if stacks is None else stacks.search(text)


def trim_mark_stacks(text: str) -> tuple[str, int]:
    """`text` with each stack of combining marks cut to `MOST_MARKS`, and how many
    marks were cut (for a bank converted, whose text a deck would refuse)."""
    stacks = _stacks(text)
    if stacks is None:
        return text, 0
    cut = 0

    def trimmed(found: re.Match[str]) -> str:
        nonlocal cut
        cut += len(found.group()) - MOST_MARKS
        return found.group()[:MOST_MARKS]

    return stacks.sub(trimmed, text), cut


def run_problem(text: str) -> str | None:
    """What is wrong with a value's runs, as a message goes on after naming the value:
    a run longer than any word, or a stack of combining marks; None for neither."""
    if (run := LONG_RUN.search(text)) is not None:
        return (
            f"holds {len(run.group()):,} characters without a space; no word is longer than "
            f"{MAX_WORD_LENGTH:,}"
        )
    if (stack := mark_stack(text)) is not None:
        return (
            f"stacks {len(stack.group()):,} combining marks on one character; no script "
            f"stacks more than {MOST_MARKS}"
        )
    return None

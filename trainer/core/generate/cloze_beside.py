"""Whether the rest of an asked answer is written beside an automatic cloze blank."""

from __future__ import annotations

from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.generate.option_rules import quick_fold

# The items of a list answer ("Gus Grissom, Ed White and Roger Chaffee") are written
# apart by commas; other answers are written with nothing but spaces between words.
_LIST_WORDS = frozenset({"and", "or"})


def written_beside(
    text: str, start: int, end: int, before: tuple[str, ...], after: tuple[str, ...]
) -> bool:
    """Whether the words of an answer (folded) `before` and `after` those a blank at
    [start, end) stands for are written right beside it: spaces between them and the
    blank ("(vitamin [...])", "[...] gland."; not "the gland. [...]" nor "[...]. Gland"),
    or commas too between the items of a list answer ("Gus Grissom, [...] and Roger
    Chaffee" for `Ed White`). Function words aside (see `_stands_in`)."""
    listed = bool(_LIST_WORDS.intersection((*before, *after)))
    return _written_before(text, start, before, listed) and _written_after(text, end, after, listed)


def _written_before(text: str, start: int, words: tuple[str, ...], listed: bool) -> bool:
    """Whether `words` are written right before `start` (see `written_beside`)."""
    if not words:
        return True
    if start == 0 or not text[start - 1].isspace():
        return False
    run: list[str] = []
    for token in reversed(text[:start].split()[-_longest_run(words) :]):
        bare = token[:-1] if listed and token.endswith(",") else token
        if not bare[-1:].isalnum():
            break
        run[:0] = quick_fold(bare).split()
        if not bare[:1].isalnum():
            break  # "(vitamin": the run opens here
    return _stands_in(run[::-1], words[::-1])


def _written_after(text: str, end: int, words: tuple[str, ...], listed: bool) -> bool:
    """Whether `words` are written right after `end` (see `written_beside`)."""
    if not words:
        return True
    rest = text[end:]
    if listed and rest.startswith(","):
        rest = rest[1:]
    if not rest[:1].isspace():
        return False
    run: list[str] = []
    for token in rest.split()[: _longest_run(words)]:
        if not token[:1].isalnum():
            break
        run += quick_fold(token).split()
        bare = token[:-1] if listed and token.endswith(",") else token
        if not bare[-1:].isalnum():
            break  # "gland.": the run closes here
    return _stands_in(run, words)


def _longest_run(words: tuple[str, ...]) -> int:
    """How many written words may hold `words`: each, and one function word more
    between any two of them."""
    return 2 * len(words) + 1


def _stands_in(run: list[str], words: tuple[str, ...]) -> bool:
    """Whether `run`, read from the blank outwards, opens with `words` (read the same
    way), the function words of either aside: the answer's own may be left out, and one
    more may stand before each of its other words ("of [...] and of corrupting the young"
    for `impiety and corrupting the young`; not "the [...] is a gland" for `pineal
    gland`). An answer of function words alone must be written as it is."""
    wanted = [word for word in words if word not in FUNCTION_WORDS]
    if not wanted:
        return run[: len(words)] == list(words)
    # The function words of the answer before each of its other words.
    allowed: list[int] = []
    count = 0
    for word in words:
        if word in FUNCTION_WORDS:
            count += 1
        else:
            allowed.append(count)
            count = 0
    found = 0
    written = 0
    for word in run:
        if word == wanted[found]:
            found += 1
            written = 0
            if found == len(wanted):
                return True
        elif word in FUNCTION_WORDS and written < allowed[found] + 1:
            written += 1
        else:
            return False
    return False

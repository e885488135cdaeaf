"""A name typed with more initials than the answer has given names: the rest are middle names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.words import abbreviated_run

# A letter with a point after it and no letter before it: "E." and "W." of "E.W.".
_DOTTED = re.compile(r"(?<![^\W\d_])([^\W\d_])\.")


def middle_initials_dropped(
    expected: Sequence[str], typed: Sequence[str], written: str
) -> list[str]:
    """The typed words with each run of initials ("ew", joined from "E. W.") cut to the
    initials of the answer's given names: "E. W. Dijkstra" for "Edsger Dijkstra", "V. I.
    Lenin" for "Vladimir Lenin". The initials after them stand for middle names, which
    an answer never requires. `written` is the typed answer as typed, whose dotted
    letters are initials ("E. W.", "E.W.")."""
    initials = {letter.casefold() for letter in _DOTTED.findall(written)}
    if not initials:
        return list(typed)
    out: list[str] = []
    for word in typed:
        if (
            len(word) > 1
            and word.isalpha()
            and set(word) <= initials
            and word not in expected
            and abbreviated_run(list(expected), word) is None
        ):
            word = _given_initials(expected, word) or word
        out.append(word)
    return out


def _given_initials(expected: Sequence[str], run: str) -> str | None:
    """The longest start of `run` that stands for a run of the answer's words (two
    initials or more) or opens one of its words (a single initial), if any."""
    for size in range(len(run) - 1, 0, -1):
        start = run[:size]
        if size > 1 and abbreviated_run(list(expected), start) is not None:
            return start
        if size == 1 and any(len(word) > 1 and word.startswith(start) for word in expected):
            return start
    return None

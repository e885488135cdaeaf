"""A count typed with the whole it is out of: "18 out of 270" answers "How many returned?" 18.

A learner asked how many men came home may say how many set out too: "only 18 out of
270", "18 of the 270". The count is the answer; the whole is context, given as the
excerpt gives it. Word by word, a number card read "18 out of 270" as "not a number" and
a text answer as "numbers differ: 270 typed". Here the whole is set aside before grading
where the count is less than it and the answer itself gives no share, so "270 out of 18"
stays wrong. Where the answer is a share ("18 of 270", "one in five"), a share typed
with another joiner says the same: "18 out of 270", "1 out of 5".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from trainer.core.answering.words import answer_words
from trainer.core.model import AnswerType

# Answers a count may be typed for with the whole it is out of.
COUNTED = frozenset({AnswerType.TEXT, AnswerType.NUMBER})
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_JOINER = r"\s+(?P<joiner>out\s+of|of|in)\s+"
# "18 out of 270", "18 of the 270", "18 out of a total of 270", "18 of some 270".
_COUNT_OF_WHOLE = re.compile(
    rf"(?<![\d.,])(?P<count>{_NUMBER})\s+(?:out\s+of|of)\s+"
    rf"(?:the\s+|a\s+total\s+of\s+|some\s+|about\s+|around\s+|roughly\s+)?(?P<whole>{_NUMBER})"
    r"(?![\d.,]*\d)",
    re.IGNORECASE,
)
# A word that joins a count to its whole, or a share's two numbers.
_JOINS = re.compile(r"\b(?:of|in)\b", re.IGNORECASE)
# A share as grading's words write it: "18 of 270", "1 in 5" ("one in five"), "3 out of 4".
_SHARE = re.compile(rf"(?<![\d.,]){_NUMBER}{_JOINER}{_NUMBER}", re.IGNORECASE)


def without_the_whole(accepted: Sequence[str], typed: str) -> str:
    """`typed` with the whole after a count it is out of left out ("only 18 out of 270
    men" → "only 18 men"); where an answer is a share itself, with the share's joiner
    that answer's ("1 out of 5" → "1 in 5" for "one in five"); else as typed."""
    if _JOINS.search(typed) is None:
        return typed  # most answers join no two numbers: at once
    shares = [found for text in accepted if (found := _SHARE.search(" ".join(answer_words(text))))]
    # Numbers in words are read as digits ("eighteen out of two hundred and seventy"), but
    # only where that finds a count or a share: the rest is judged as the learner wrote it.
    pattern = _SHARE if shares else _COUNT_OF_WHOLE
    if not pattern.search(typed) and pattern.search(read := " ".join(answer_words(typed))):
        typed = read
    if shares:
        joiner = shares[0]["joiner"]
        return _SHARE.sub(lambda found: found[0].replace(found["joiner"], joiner, 1), typed)
    found = _COUNT_OF_WHOLE.search(typed)
    if found is None:
        return typed
    count, whole = _value(found["count"]), _value(found["whole"])
    if count is None or whole is None or not count < whole:
        return typed
    return f"{typed[: found.start()]}{found['count']}{typed[found.end() :]}"


def _value(written: str) -> Decimal | None:
    try:
        return Decimal(written.replace(",", ""))
    except InvalidOperation:
        return None

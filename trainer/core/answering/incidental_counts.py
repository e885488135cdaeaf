"""A count that only says which things an answer means, where the question asks no count.

Asked "Through which vessels does blood reach the left atrium?", *the pulmonary veins*
answers *the four pulmonary veins*: "the four" points at the veins the text counted, and
the question asks which, not how many. Only a "Which …?" or "Where …?" question lets it
go (a "What …?" may ask what the heart is divided into: "the four chambers"); asked
"How many …?", "How large …?" or "How do spiders differ …?", or where the count is the
claim itself (*four chambers*, with no "the"), the number stays the answer. And the
things stay many: *a pulmonary vein* is one of them.
"""

from __future__ import annotations

import re

from trainer.core.answering.asked_question import Question
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS

# "the four pulmonary veins", "the two houses": "the", a small count in words, and things
# named in small letters (never a name: "the Three Musketeers", "the Twelve Tables" are
# titles). An owner's count is what the owner has, a claim ("their six legs", "its 15
# members"), and one in digits as often the point ("the 19 pairs").
_POINTED_COUNT = re.compile(
    r"\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?=[a-z])"
)
# "Which vessels …?" asks which things; "What is the heart divided into?" may ask how
# many ("the four chambers"), and is left to the count.
_ASKING_WHICH = frozenset({"which", "where"})
_COUNT_WORDS = frozenset({"many", "much", "number", "count", "numbers", "how"})


def without_pointed_count(accepted: str, asked: Question, typed: str) -> str | None:
    """`accepted` with the count after its pointing word left out, where the question
    asks which things, not how many, and `typed` names them in the plural as the answer
    does ("pulmonary veins"); None otherwise."""
    found = _POINTED_COUNT.search(accepted)
    if found is None or not asked.gives_words or not _COUNT_WORDS.isdisjoint(asked.words):
        return None
    if _ASKING_WHICH.isdisjoint(asked.words):
        return None
    things = [w for w in fold(accepted[found.end() :]).split()]
    head = next((i for i, w in enumerate(things) if w in FUNCTION_WORDS), len(things))
    if not head or things[head - 1] not in fold(typed).split():
        return None  # "a pulmonary vein": one of them, not the ones the answer names
    return f"{accepted[: found.start()]}the {accepted[found.end() :]}"

"""A count that only says which things an answer means, where the question asks no count.

Asked "Through which vessels does blood reach the left atrium?", *the pulmonary veins*
answers *the four pulmonary veins*: "the four" points at the veins the text counted, and
the question asks which, not how many. Asked "How many …?", or where the count is the
claim itself (*four chambers*, with no "the"), the number stays the answer.
"""

from __future__ import annotations

import re

from trainer.core.answering.asked_question import Question

# "the four pulmonary veins", "its two houses", "the 12 apostles": a determiner that
# points, a small count, and a thing named in small letters (never a name: "the Three
# Musketeers", "the Twelve Tables" are titles).
_POINTED_COUNT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9])\s+"
    r"(?=[a-z])"
)
_COUNT_WORDS = frozenset({"many", "much", "number", "count", "numbers"})


def without_pointed_count(accepted: str, asked: Question) -> str | None:
    """`accepted` with the count after its pointing word left out, where the question
    asks no count ("How many …?", "the number of …"); None where there is none."""
    found = _POINTED_COUNT.search(accepted)
    if found is None or not asked.gives_words or not _COUNT_WORDS.isdisjoint(asked.words):
        return None
    pointing = found.group(0).split()[0]
    return f"{accepted[: found.start()]}{pointing} {accepted[found.end() :]}"

"""A slip that spells another name the card's excerpt writes is that name: "Qing" for "Ming".

A typo is forgiven because it is a slip of the hand, not another answer. A one-letter
change that spells a name the learner has just read beside the answer ("the Ming fell to
the Qing in 1644") is no slip: it names the other dynasty. Such names are graded as the
deck's other answers are (`Answer.confusables`): typed for the answer, or beside it,
they are wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import OSA

from trainer.core.answering.normalise import fold
from trainer.core.model import Answer, AnswerType

# A capitalised word of the excerpt: a name, or a sentence's first word (which a typed
# answer near the answer's own word seldom spells).
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
# How near a name must be one of the answer's words to be mistaken for a slip of it.
_NEAR = 2
_SHORTEST = 3


def with_excerpt_rivals(answer: Answer, typed: str, context: str) -> Answer:
    """`answer` with the excerpt's names that `typed` writes in the place of the answer
    (none of its words typed), each within a slip of a word of an accepted answer, among
    its other answers."""
    if not context or answer.type is not AnswerType.TEXT:
        return answer
    typed_words = set(fold(typed).split())
    accepted = {word for text in (answer.text, *answer.alternatives) for word in fold(text).split()}
    if accepted & typed_words:
        return answer  # the answer is typed: a name beside it is judged as any word is
    rivals = [
        name
        for name in dict.fromkeys(_CAPITALISED.findall(context))
        if (folded := fold(name)) in typed_words
        and folded not in accepted
        and any(
            len(word) >= _SHORTEST and OSA.distance(folded, word, score_cutoff=_NEAR) <= _NEAR
            for word in accepted
        )
    ]
    if not rivals:
        return answer
    return replace(answer, confusables=(*answer.confusables, *rivals))

"""A thing of the answer's typed for the answer itself: "Pavlov's dog" is not Pavlov."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS

# A name with its possessive, then the word it owns: "Pavlov's dog", "Jesus' disciples".
_POSSESSION = re.compile(r"([^\W\d_][\w-]*)(?:['’]s|s['’])\s+([^\W\d_][\w-]*)")


def possession_for_owner(
    want: Sequence[str], typed: str, in_question: Callable[[str], bool]
) -> str | None:
    """Why `typed` names a thing of the answer's instead of the answer: its possessive of
    the word the answer (`want`, folded) ends with, a name, before a word the question
    lacks ("Pavlov's dog" asked "Who showed classical conditioning?"). None where the
    answer goes on after that word (it is itself the thing owned: "Pavlov's dog"), or the
    question names what is owned ("Newton's laws", asked "Who formulated the laws of
    motion?")."""
    if not want or ("'" not in typed and "’" not in typed):
        return None  # most answers: no possessive at all
    for found in _POSSESSION.finditer(typed):
        owner, thing = fold(found[1]), fold(found[2])
        if (
            owner == want[-1]
            and thing not in want
            and thing not in FUNCTION_WORDS
            and not in_question(thing)
        ):
            return f"'{found[0]}' is a thing of {found[1]}'s, not {found[1]}"
    return None

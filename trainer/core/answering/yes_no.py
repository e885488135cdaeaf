"""A yes-or-no answer typed with its reason or its verb: "No, they do not" is "No".

A learner answers "Do noble gases react?" as they would aloud: "No, they do not", "no
they don't", "yes, it does". Word by word, the "not" of the restatement reads as a
negation the answer lacks, and a right answer was refused. An answer of "yes" or "no"
alone is judged by the typed answer's first word, whatever reason follows it ("No,
it is inert"), unless the other answer follows too.
"""

from __future__ import annotations

from trainer.core.answering.normalise import fold
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.words import answer_words

_ANSWERS = {"yes": "no", "no": "yes"}


def yes_no_match(expected: str, typed: str) -> TextMatch | None:
    """How `typed` answers the yes-or-no `expected`; None when `expected` is no bare
    yes or no, or `typed` opens with neither."""
    wanted = fold(expected).strip(" .!")
    if wanted not in _ANSWERS:
        return None
    words = answer_words(typed)
    if not words or words[0] not in _ANSWERS:
        return None
    if words[0] != wanted:
        return TextMatch(False, False, f"'{words[0]}' for '{wanted}'", 0.0, decisive=True)
    if _ANSWERS[wanted] in words[1:]:  # "no, yes": both said
        return TextMatch(False, False, f"both '{wanted}' and its contrary", 0.0, decisive=True)
    return TextMatch(True, False, f"'{wanted}', said again in full", 1.0)

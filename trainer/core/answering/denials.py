"""An answer followed by what it is not: "arithmetically, not geometrically".

A learner often says what the answer is and, to be plain, what it is not: "spend more,
not less", "acquitted rather than convicted", "poison (not present)". Read whole, the
"not" seems to deny the answer; it denies only the words after it. Such an answer is
judged by what it says before the denial, provided the words denied are not all the
answer's own: "less, not more" for "more" still says "less", and "not more" is no
harmless addition to it; but "big-endian, not little-endian" denies another term that
shares a word with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.words import answer_words, content_words
from trainer.core.answering.yes_no import is_yes_or_no

# What opens a denial after the answer: "not …", "and not …", "but not …", "rather than
# …", "instead of …", with a comma before it or none (punctuation never changes a
# verdict).
_DENIAL = re.compile(
    r"[\s,;:.!?/-]+(?:(?:and|but)\s+)?(?:not|rather\s+than|instead\s+of)\s+(?P<denied>.+)$",
    re.IGNORECASE,
)
# A denial in brackets at the end, read as one after a comma: "poison (not present)".
_BRACKETED_DENIAL = re.compile(
    r"\s*\(\s*((?:not|rather\s+than|instead\s+of)\b[^()]*)\)\s*$", re.IGNORECASE
)
# A denial of more words than this is a sentence of its own, not a word set against one.
_MOST_DENIED_WORDS = 4
_RIGHT = (Outcome.EXACT, Outcome.TYPO)


def said_before_a_denial(
    accepted: Sequence[str], typed: str, judge: Callable[[str, str], Verdict]
) -> Verdict | None:
    """The verdict on what `typed` says before a denial of something else, when that is
    right (see the module); None when there is no such denial or it is not right, and
    for a yes-or-no answer, whose restatement is judged whole ("yes, it is not stable"
    says both)."""
    if any(map(is_yes_or_no, accepted)):
        return None
    typed = _BRACKETED_DENIAL.sub(r", \1", typed)
    found = _DENIAL.search(typed)
    if found is None or found.start() == 0:
        return None
    said, denied = typed[: found.start()], found.group("denied")
    denied_words = content_words(answer_words(denied))
    if not denied_words or len(denied_words) > _MOST_DENIED_WORDS:
        return None
    # A denial of the answer's own words only denies the answer, or a part of it: "less,
    # not more" for "more", "… not of" (function words count). One that denies another
    # thing too, sharing a word with the answer, does not: "big-endian, not
    # little-endian".
    if any(set(denied_words) <= set(answer_words(text)) for text in accepted):
        return None
    verdicts = [judge(text, said) for text in accepted]
    best = next((v for v in verdicts if v.outcome in _RIGHT), None)
    if best is None:
        return None
    return replace(best, rule=f"{best.rule}; '{denied.strip()}' denied beside it")


# What opens a reason after the answer: "because …", "because of …", ", since …": the
# answer is what comes before it, and the reason, however it reads, is not graded.
_REASON = re.compile(r"\s*(?:[,;:(]\s*|\s)(?:because|,\s*since|\bsince)\b", re.IGNORECASE)
_OPENS_REASON = re.compile(r"\b(?:because|since)\b", re.IGNORECASE)


def without_the_reason(accepted: Sequence[str], typed: str) -> str:
    """`typed` without a reason given after the answer ("a vector, because it has
    magnitude and direction" is "a vector"), so that the reason's words neither make it
    a list of answers nor stand in for the answer ("Kazan, because Lipetsk was for
    planes" says Kazan). As typed where an accepted answer gives a reason itself."""
    if any(_OPENS_REASON.search(text) for text in accepted):
        return typed
    found = _REASON.search(typed)
    if found is None or found.start() == 0 or not typed[: found.start()].strip():
        return typed
    return typed[: found.start()]

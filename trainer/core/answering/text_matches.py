"""`TextMatch`: how a typed text compares with one accepted answer, and why."""

from __future__ import annotations

from trainer.core.records import record


@record
class TextMatch:
    """How a typed text compares with one accepted answer."""

    accepted: bool
    # Right with a slip (a typo, another spelling or form): suggested quality at most 4.
    slip: bool
    # Why: "exact", "typo in 'lipetks' (1 edit)", "'not' changes the meaning"...
    rule: str
    similarity: float
    # Wrong for a reason that is never merely close: a negation, a hedge, other
    # numbers, another answer of the deck.
    decisive: bool = False


# How a rule ends that finds the typed words are the answer's but for its negation ("it
# rained" for "it never rained"): the reverse, never close, against any accepted answer.
NEGATION_LEFT_OUT = ": it says the reverse"

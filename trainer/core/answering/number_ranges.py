"""A number answer written as a range: any one number within it is right.

An author who writes `a: between 110 and 125` with `type: number` (or a GIFT bank's
`{#110..125}`, as Moodle grades it) accepts every number from 110 to 125, as a tolerance
accepts every number near one: "118" is right, and "126" is one off the range. A range
typed is judged as the answer's text is (`spans`).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.number_grading import closeness, numeric_verdict, plain
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.words import answer_words
from trainer.core.scheduling.policy import Policy

# Words that join a range's ends: "between 110 and 125", "from 110 to 125".
_JOINERS = frozenset({"between", "and", "from", "to", "through"})


def number_range(text: str) -> tuple[Fraction, Fraction] | None:
    """The ends, lowest first, of a `text` that is a range of two numbers and nothing
    else ("between 110 and 125", "110-125", "-5 to 5"; a hedge before it aside)."""
    words = [word for word in answer_words(text) if word not in _JOINERS]
    while words and words[0] in APPROXIMATORS:
        words = words[1:]
    ends = _signed(words)
    if ends is None or len(ends) != 2 or ends[0] == ends[1]:
        return None
    low, high = sorted(ends)
    return low, high


def grade_in_range(
    accepted: str, typed: str, tolerance: float, expected: str, policy: Policy
) -> Verdict | None:
    """The verdict on one number typed for an `accepted` range; None when `accepted` is
    no range, or `typed` no single number."""
    span = number_range(accepted)
    if span is None or number_range(typed) is not None:
        return None
    value = parse_number(typed)
    if value is None:
        return None
    low, high = span
    if low <= value <= high:
        rule = f"{plain(value)} is within {plain(low)}–{plain(high)}"
        return Verdict(Outcome.EXACT, 1.0, accepted, expected, rule=rule)
    distance = low - value if value < low else value - high
    similarity = closeness(distance, max(abs(value), abs(low), abs(high)))
    allowed = Fraction(str(tolerance))
    return numeric_verdict(distance, allowed, similarity, accepted, expected, policy, "number")


def _signed(words: Sequence[str]) -> list[Fraction] | None:
    """The numbers `words` are, each maybe after "minus"; None if any word is another."""
    values: list[Fraction] = []
    at = 0
    while at < len(words):
        negative = words[at] == "minus"
        at += negative
        if at == len(words) or not words[at][:1].isdecimal():
            return None
        value = parse_number(words[at])
        if value is None:
            return None
        values.append(-value if negative else value)
        at += 1
    return values

"""A number answer written as a range: any one number within it is right.

An author who writes `a: between 110 and 125` with `type: number` (or a GIFT bank's
`{#110..125}`, as Moodle grades it) accepts every number from 110 to 125, as a tolerance
accepts every number near one: "118" is right, and "126" is one off the range. A range
typed is judged as the answer's text is (`spans`).
"""

from __future__ import annotations

from fractions import Fraction

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.counted_left_out import opening_numbers, without_range_words
from trainer.core.answering.number_grading import closeness, numeric_verdict, plain
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.words import answer_words
from trainer.core.scheduling.policy import Policy


def number_range(text: str) -> tuple[Fraction, Fraction] | None:
    """The ends, lowest first, of a `text` that is a range of two numbers and nothing
    else ("between 110 and 125", "110-125", "-5 to 5"; a hedge before it aside)."""
    words = without_range_words(answer_words(text))
    while words and words[0] in APPROXIMATORS:
        words = words[1:]
    ends, read = opening_numbers(words)
    if read != len(words) or len(ends) != 2 or ends[0] == ends[1]:
        return None
    if 0 < ends[1] < ends[0] and len(words[-1]) < len(words[-2]):
        return None  # "1914-18": a span of years written short, no range from 18
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

"""A measure typed with its number a little off, its words right: near, or right in tolerance."""

from __future__ import annotations

import itertools
from fractions import Fraction

from trainer.core.answering.approximate import is_approximate, rounded_to_fewer_digits
from trainer.core.answering.asked_question import Question
from trainer.core.answering.information_sizes import sizes_of_two_conventions
from trainer.core.answering.number_grading import (
    closeness,
    given_more_precisely,
    numeric_verdict,
    plain,
)
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.text_match import match_text
from trainer.core.answering.units import is_unit_word
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer
from trainer.core.scheduling.policy import Policy

# What a percentage is written with after its number ("37.3 per cent", "37.3%").
_SHARE_WORDS = frozenset({"percent", "per"})


def near_measure(
    answer: Answer, accepted: str, typed: str, expected: str, policy: Policy, asked: Question
) -> Verdict | None:
    """A measure typed with its number rounded, its words otherwise right ("about 110
    metres" for "110.6 metres", "84 kg" for "83.6 kilograms"): close, as a near bare
    number is; right (with a slip) within the card's tolerance ("9.9 m/s²" for "9.81
    m/s²", tolerance 0.1), or to more places ("9.81 m/s²" for "9.8 m/s²"). Only for a
    number the answer gives with a unit ("Apollo 12" for "Apollo 11" is another thing),
    and given exactly but within the tolerance (an answer's "about" has its own margin,
    `approximate.py`); a number that is no rounding of the answer's ("4.5 billion
    years" for "4.6 billion years") stays another number."""
    want, got = parse_number(accepted), parse_number(typed)
    if want is None or got is None or want == got:
        return None
    allowed = Fraction(str(answer.tolerance))
    within = abs(got - want) <= allowed  # the deck's own margin
    want_words, typed_words = answer_words(accepted), answer_words(typed)
    # Within a twentieth: "0.149 M" rounds to "0.1 M", yet is half as much again.
    finer = given_more_precisely(want, got, want_words) and abs(got - want) <= abs(want) / 20
    if not (within or finer or rounded_to_fewer_digits(want, got)):
        return None
    # "1000 KB" for "1,024 KB": the other kilobyte's count, no rounding.
    approximate = is_approximate(want_words) and not within
    if approximate or sizes_of_two_conventions(want_words, want, got):
        return None
    if not any(
        word[:1].isdecimal() and (is_unit_word(unit) or unit in _SHARE_WORDS)
        for word, unit in itertools.pairwise(want_words)
    ):
        return None  # a share is measured as much as a weight: "37%" for 37.3% is near
    numbers = [k for k, word in enumerate(typed_words) if word[:1].isdecimal()]
    wanted = [word for word in want_words if word[:1].isdecimal()]
    if len(numbers) != 1 or len(wanted) != 1:
        return None
    # The typed words with the answer's number: right, if only the number was off.
    evened = [*typed_words[: numbers[0]], wanted[0], *typed_words[numbers[0] + 1 :]]
    if not match_text(
        accepted, " ".join(evened), question=asked, typo_tolerance=policy.typo_tolerance
    ).accepted:
        return None
    similarity = closeness(abs(got - want), max(abs(got), abs(want)))
    if finer:
        rule = f"{plain(got)} is {plain(want)} to more places"
        return Verdict(Outcome.TYPO, similarity, accepted, expected, rule=rule)
    verdict = numeric_verdict(
        abs(got - want), allowed, similarity, accepted, expected, policy, "number"
    )
    return verdict if verdict.outcome in (Outcome.CLOSE, Outcome.TYPO) else None

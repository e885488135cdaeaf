"""Grading a typed answer against a card's expected answer: exact, a typo, close, wrong or blank."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from rapidfuzz.distance import Levenshtein

from trainer.core.answer_parsing import (
    parse_choice,
    parse_date,
    parse_number,
    parse_order,
    parse_year,
)
from trainer.core.dates import Precision
from trainer.core.model import Answer, AnswerType
from trainer.core.policy import Policy
from trainer.core.textnorm import fold

# What learners type when they do not know; compared after folding ("I don't know" →
# "i don t know", "?" → "").
BLANK_ANSWERS = frozenset(
    {"", "idk", "i don t know", "i dont know", "don t know", "dont know", "dunno", "no idea"}
)
# Answers shorter than this (after folding) must be typed exactly: one wrong letter in
# "Ufa" is a different word.
MIN_TYPO_LENGTH = 4
# A leading article is ignored on both sides: "the North Caucasus" = "North Caucasus".
_ARTICLES = ("the ", "a ", "an ")
# Thousands separators inside text answers are dropped before folding, so "50,000 men"
# and "50000 men" compare equal.
_GROUPED_DIGITS = re.compile(r"\b\d{1,3}(?:[,\u00a0\u202f ]\d{3})+\b")
_DIGIT_RUNS = re.compile(r"\d+")
# How far off a wrong year or date may be and still count as close (similarity falls
# linearly to 0 at this distance): a decade, a year of months, a month of days.
_CLOSE_SCALE = {Precision.YEAR: 10, Precision.MONTH: 12, Precision.DAY: 31}


class Outcome(StrEnum):
    """How a typed answer compares with the expected one."""

    EXACT = "exact"  # right, as written (after folding)
    TYPO = "typo"  # accepted: a small typo, or a number within its tolerance
    CLOSE = "close"  # wrong, but near the right answer
    WRONG = "wrong"
    BLANK = "blank"  # nothing typed, or "I don't know"


_RANK = {Outcome.EXACT: 4, Outcome.TYPO: 3, Outcome.CLOSE: 2, Outcome.WRONG: 1, Outcome.BLANK: 0}


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of grading one typed answer."""

    outcome: Outcome
    # How alike the typed answer and the best-matching accepted answer are, 0 to 1.
    similarity: float
    # The accepted answer (or option) the typed one matched best; "" when blank.
    matched: str
    # The right answer, as it should be shown to the learner.
    expected: str
    # Why an answer could not be read ("not a year"), for the learner; usually "".
    note: str = ""

    @property
    def correct(self) -> bool:
        return self.outcome in (Outcome.EXACT, Outcome.TYPO)


def grade(answer: Answer, typed: str, *, choices: Sequence[str] = (), policy: Policy) -> Verdict:
    """Compare what the learner typed with a card's answer."""
    options = tuple(choices)
    if answer.type in (AnswerType.CHOICE, AnswerType.ORDER):
        _check_options(answer, options)
    expected = expected_text(answer, options)
    if is_blank(typed):
        return Verdict(Outcome.BLANK, 0.0, "", expected)
    if answer.type is AnswerType.CHOICE:
        return _grade_choice(answer, typed, options, expected)
    if answer.type is AnswerType.ORDER:
        return _grade_order(answer, typed, options, expected, policy)
    accepted = [text for text in (answer.text, *answer.alternatives) if fold(text)]
    if not accepted:
        raise ValueError("the card's answer is empty: there is nothing to grade against")
    verdicts = [_grade_one(answer, text, typed, expected, policy) for text in accepted]
    # The best outcome wins; among equals the most similar; among those the first given.
    return max(verdicts, key=lambda v: (_RANK[v.outcome], v.similarity))


def is_blank(typed: str) -> bool:
    """True for an empty answer or a way of saying "I don't know"."""
    return fold(typed) in BLANK_ANSWERS


def expected_text(answer: Answer, choices: Sequence[str] = ()) -> str:
    """The right answer as shown after answering."""
    if answer.text or not answer.key or not choices:
        return answer.text
    if answer.type is AnswerType.ORDER:
        return " → ".join(choices[i] for i in answer.key)
    return choices[answer.key[0]]


def typo_allowance(length: int, typo_tolerance: float) -> int:
    """How many edits an answer of this many folded characters may have and still be right."""
    if length < MIN_TYPO_LENGTH or typo_tolerance <= 0:
        return 0
    return max(1, math.floor(length * Fraction(str(typo_tolerance))))


def comparable_text(text: str) -> str:
    """Text as graded: folded, thousands separators dropped, a leading article removed."""
    folded = fold(_GROUPED_DIGITS.sub(lambda m: re.sub(r"\D", "", m.group()), text))
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article) :]
    return folded


def _grade_one(answer: Answer, accepted: str, typed: str, expected: str, policy: Policy) -> Verdict:
    if answer.type is AnswerType.YEAR:
        verdict = _grade_year(accepted, typed, answer.tolerance, expected, policy)
    elif answer.type is AnswerType.NUMBER:
        verdict = _grade_number(accepted, typed, answer.tolerance, expected, policy)
    elif answer.type is AnswerType.DATE:
        verdict = _grade_date(accepted, typed, answer.tolerance, expected, policy)
    else:
        verdict = None
    # An expected value that does not read as its declared type (a deck error the
    # compiler should have caught) is graded as text rather than failing the session.
    return verdict or _grade_text(accepted, typed, expected, policy)


def _grade_text(accepted: str, typed: str, expected: str, policy: Policy) -> Verdict:
    want = comparable_text(accepted)
    got = comparable_text(typed)
    if got == want:
        return Verdict(Outcome.EXACT, 1.0, accepted, expected)
    similarity = Levenshtein.normalized_similarity(got, want)
    # Numbers are facts, not spelling: a text answer with digits needs the same digits.
    if _DIGIT_RUNS.findall(got) != _DIGIT_RUNS.findall(want):
        return Verdict(Outcome.WRONG, similarity, accepted, expected)
    allowance = typo_allowance(len(want), policy.typo_tolerance)
    if allowance and Levenshtein.distance(got, want, score_cutoff=allowance) <= allowance:
        return Verdict(Outcome.TYPO, similarity, accepted, expected)
    outcome = Outcome.CLOSE if similarity >= policy.close_similarity else Outcome.WRONG
    return Verdict(outcome, similarity, accepted, expected)


def _grade_year(
    accepted: str, typed: str, tolerance: float, expected: str, policy: Policy
) -> Verdict | None:
    want = parse_year(accepted)
    if want is None:
        return None
    got = parse_year(typed)
    if got is None:
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, note="not a year")
    distance = Fraction(abs(got - want))
    allowed = Fraction(str(tolerance))
    similarity = _closeness(distance, _CLOSE_SCALE[Precision.YEAR] + allowed)
    return _numeric_verdict(distance, allowed, similarity, accepted, expected, policy)


def _grade_number(
    accepted: str, typed: str, tolerance: float, expected: str, policy: Policy
) -> Verdict | None:
    want = parse_number(accepted)
    if want is None:
        return None
    got = parse_number(typed)
    if got is None:
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, note="not a number")
    distance = abs(got - want)
    # Relative closeness: 45,000 for 50,000 is near, 5 for 50,000 is not.
    largest = max(abs(got), abs(want))
    similarity = 1.0 if largest == 0 else _closeness(distance, largest)
    return _numeric_verdict(
        distance, Fraction(str(tolerance)), similarity, accepted, expected, policy
    )


def _grade_date(
    accepted: str, typed: str, tolerance: float, expected: str, policy: Policy
) -> Verdict | None:
    want = parse_date(accepted)
    if want is None:
        return None
    got = parse_date(typed)
    if got is None:
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, note="not a date")
    if got.precision < want.precision:
        # Less precise than the answer ("September 1928" for 1 September 1928) is never
        # right; its similarity is its closeness scaled by the share of precision given,
        # so the right month for a day is close and the right year alone is not.
        distance = Fraction(abs(got.units(got.precision) - want.units(got.precision)))
        closeness = _closeness(distance, Fraction(_CLOSE_SCALE[got.precision]))
        similarity = closeness * got.precision / want.precision
        outcome = Outcome.CLOSE if similarity >= policy.close_similarity else Outcome.WRONG
        return Verdict(outcome, similarity, accepted, expected, note="not precise enough")
    # At least as precise: compared at the answer's precision, extra detail ignored.
    distance = Fraction(abs(got.units(want.precision) - want.units(want.precision)))
    allowed = Fraction(str(tolerance))
    similarity = _closeness(distance, _CLOSE_SCALE[want.precision] + allowed)
    return _numeric_verdict(distance, allowed, similarity, accepted, expected, policy)


def _numeric_verdict(
    distance: Fraction,
    allowed: Fraction,
    similarity: float,
    accepted: str,
    expected: str,
    policy: Policy,
) -> Verdict:
    if distance == 0:
        outcome = Outcome.EXACT
    elif distance <= allowed:
        outcome = Outcome.TYPO
    elif similarity >= policy.close_similarity:
        outcome = Outcome.CLOSE
    else:
        outcome = Outcome.WRONG
    return Verdict(outcome, similarity, accepted, expected)


def _closeness(distance: Fraction, scale: Fraction | int) -> float:
    return max(0.0, 1.0 - float(distance / scale))


def _grade_choice(answer: Answer, typed: str, choices: tuple[str, ...], expected: str) -> Verdict:
    index = parse_choice(typed, choices)
    if index is None:
        note = f"type an option's number, 1 to {len(choices)}, or its text"
        return Verdict(Outcome.WRONG, 0.0, "", expected, note=note)
    if index == answer.key[0]:
        return Verdict(Outcome.EXACT, 1.0, choices[index], expected)
    return Verdict(Outcome.WRONG, 0.0, choices[index], expected)


def _grade_order(
    answer: Answer, typed: str, choices: tuple[str, ...], expected: str, policy: Policy
) -> Verdict:
    order = parse_order(typed, len(choices))
    if order is None:
        note = f"type each option's number once, in order, e.g. {_example_order(len(choices))}"
        return Verdict(Outcome.WRONG, 0.0, "", expected, note=note)
    typed_order = " → ".join(choices[i] for i in order)
    if order == answer.key:
        return Verdict(Outcome.EXACT, 1.0, typed_order, expected)
    similarity = pairs_in_order(order, answer.key)
    outcome = Outcome.CLOSE if similarity >= policy.close_similarity else Outcome.WRONG
    return Verdict(outcome, similarity, typed_order, expected)


def pairs_in_order(order: Sequence[int], key: Sequence[int]) -> float:
    """The share of pairs of options that `order` puts in the same order as `key`."""
    rank = {option: place for place, option in enumerate(order)}
    pairs = [(a, b) for i, a in enumerate(key) for b in key[i + 1 :]]
    if not pairs:
        return 1.0
    return sum(rank[a] < rank[b] for a, b in pairs) / len(pairs)


def _check_options(answer: Answer, choices: tuple[str, ...]) -> None:
    kind = answer.type.value
    if not choices:
        raise ValueError(f"a {kind} card must be graded with its options")
    if not answer.key or not all(0 <= i < len(choices) for i in answer.key):
        raise ValueError(f"a {kind} card's key {answer.key} does not index its options")
    if answer.type is AnswerType.ORDER and sorted(answer.key) != list(range(len(choices))):
        raise ValueError(f"an order card's key {answer.key} is not an order of its options")


def _example_order(count: int) -> str:
    return " ".join(str(n) for n in (*range(2, count + 1), 1))

"""Grading number answers, and measures typed with a near number: by value, unit and thing counted.

A `number` card is graded by its value (`parsing.parse_number`), a unit typed beside it
(`units`, `unasked_units.unasked_unit`) and the words that say what it counts
(`number_claims`); a text answer that gives a measure ("110.6 metres") is graded as a
number when only its number is off (`near_measure`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, localcontext
from fractions import Fraction

from trainer.core.answering.approximate import (
    NEAR,
    approximate_as_written,
    is_approximate,
    near_enough,
)
from trainer.core.answering.arithmetic import restates_the_question, worked_out
from trainer.core.answering.asked_question import Question
from trainer.core.answering.based_numbers import based_number_match
from trainer.core.answering.conversions import (
    asked_in_another_unit,
    conversion,
    in_unit,
    temperature_in,
    unit_named,
    unit_of_the_question,
)
from trainer.core.answering.conversions import rounds_to as rounded_in_another_unit
from trainer.core.answering.durations import duration_of
from trainer.core.answering.exact_counts import digits_swapped, is_exact_count
from trainer.core.answering.fraction_words import to_places
from trainer.core.answering.group_counts import GROUP_SHARES, MULTIPLIERS
from trainer.core.answering.normalise import fold
from trainer.core.answering.notation import rounded_values, rounds_to
from trainer.core.answering.number_claims import (
    PERCENT_WORDS,
    counted_problem,
    opposite_claim,
    percent_problem,
    qualifier_problem,
    stated_with,
    swapped_qualifier,
)
from trainer.core.answering.number_forms import form_problem
from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.number_words import (
    normalize_numbers,
    single_as_one,
)
from trainer.core.answering.parsing import parse_number
from trainer.core.answering.unasked_units import unasked_unit
from trainer.core.answering.unit_readings import si_letters_read
from trainer.core.answering.units import same_units, unit_problem, units_in
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.words import answer_words
from trainer.core.answering.written_numbers import level_side
from trainer.core.answering.zero_counts import says_none
from trainer.core.model import Answer
from trainer.core.scheduling.policy import Policy

# Significant digits of a fraction shown in a rule ("off by 0.333333333333").
_SHOWN_DIGITS = 12


def grade_number(
    accepted: str,
    typed: str,
    answer: Answer,
    expected: str,
    policy: Policy,
    asked: Question,
    context: str,
) -> Verdict | None:
    """A number card's verdict (None when the accepted answer holds no number); `context`
    is the card's excerpt, which may say what the number counts."""
    tolerance = answer.tolerance
    if (based := based_number_match(accepted, typed, asked.sequence)) is not None:
        # "0b11111111" for 11111111 asked in binary: a bit pattern, never a near amount.
        outcome = Outcome.EXACT if based.accepted else Outcome.WRONG
        return Verdict(outcome, based.similarity, accepted, expected, rule=based.rule)
    want = parse_number(accepted)
    if want is None:
        return None
    if restates_the_question(typed, asked.sequence) and not restates_the_question(
        accepted, asked.sequence
    ):
        rule = "the question's own sum written out, not worked out"
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=rule)  # "12²" for 12 squared
    # "6,650 miles" is no answer to "How long …, in kilometres?", whatever the number.
    want_words = answer_words(accepted)
    # "a single vote", "a lone ship"; "forteen": a number word a letter off, where a
    # number is the answer, is that number (as `parse_number` reads it).
    typed_words = tuple(normalize_numbers(single_as_one(answer_words(typed)), misspelt=True))
    read_want, read_typed = si_letters_read(want_words, typed_words, accepted, asked.sequence)
    want_words, typed_words = tuple(read_want), tuple(read_typed)  # "98 J" for "98 N"
    other_unit = unit_problem(want_words, typed_words, asked.sequence)
    other_unit = other_unit or unasked_unit(want_words, typed_words, asked.sequence)
    if other_unit is not None:
        converted = _converted(want, typed, answer.tolerance, want_words, typed_words, asked)
        if converted is not None:
            return replace(converted, matched=accepted, expected=expected)
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=other_unit)
    if want == 0 and says_none(typed_words, asked.has):  # "none", "no moons"
        return Verdict(Outcome.EXACT, 1.0, accepted, expected, rule="exact")
    qualified = (
        qualifier_problem(want_words, typed_words, asked.sequence)
        or percent_problem(want_words, typed_words, asked.sequence)
        or opposite_claim(want_words, typed_words, asked.sequence)
        or level_side(typed, accepted, asked.sequence)[1]
    )
    if qualified is not None:
        return Verdict(Outcome.WRONG, 0.0, accepted, expected, rule=qualified)
    got = _in_groups(parse_number(typed), typed_words, asked)
    percent_of_bare = _percent_of_a_bare_number(want_words, typed_words, asked.sequence)
    if got is not None and percent_of_bare:
        got = got / 100  # "5%" is 0.05, not the multiplier 5; "60%" the share 0.6
    if got != want:
        # The question's own words typed after the number ("50 million" for "[how
        # many?] million gold marks") are not part of it, and the whole amount
        # ("50,000,000") is the number the question counts in millions.
        bare = _in_groups(
            parse_number(" ".join(w for w in typed.split() if not _asked_scale(fold(w), asked))),
            typed_words,
            asked,
        )
        scaled = [
            got / scale for word, scale in SCALES.items() if _asked_scale(word, asked) and got
        ]
        shares = _shares(got, want_words, typed_words)
        readings = [value for value in (got, bare, *scaled, *shares) if value is not None]
        if percent_of_bare:
            readings = [got] if got is not None else []  # read as its value, nothing else
        got = min(readings, key=lambda value: abs(value - want), default=None)
    worked = got is None and (got := worked_out(typed, asked.sequence)) is not None
    if got is None:
        converted = _converted(want, typed, answer.tolerance, want_words, typed_words, asked)
        if converted is not None:
            return replace(converted, matched=accepted, expected=expected)
        return Verdict(
            Outcome.WRONG, 0.0, accepted, expected, note="not a number", rule="not a number"
        )
    distance = abs(got - want)
    # Relative closeness: 45,000 for 50,000 is near, 5 for 50,000 is not.
    largest = max(abs(got), abs(want))
    similarity = 1.0 if largest == 0 else closeness(distance, largest)
    allowed = Fraction(str(tolerance))
    rounded = next((d for v, d in rounded_values(accepted) if v == want), 0)
    if distance and rounded and rounds_to(want, got, rounded):
        # "6.02 × 10^23" for "6.022 × 10^23": a constant quoted to fewer digits.
        rule = f"{accepted} rounded to fewer digits"
        verdict = Verdict(Outcome.TYPO, similarity, accepted, expected, rule=rule)
    elif distance and given_more_precisely(want, got, want_words):
        # "two thirds" or "66.67" for "66.7%": the answer is the typed number rounded.
        rule = f"{plain(got)} is {accepted} to more places"
        verdict = Verdict(Outcome.TYPO, similarity, accepted, expected, rule=rule)
    elif (
        distance
        and not allowed
        and is_approximate(want_words)
        and near_enough(want, got, approximate_as_written(want_words, want))
    ):
        # "about 300,000": the answer does not claim its exact figure.
        rule = f"{plain(got)} is near enough the approximate {plain(want)}"
        verdict = Verdict(Outcome.TYPO, similarity, accepted, expected, rule=rule)
    else:
        if (
            not allowed
            and is_exact_count(want)
            and not is_approximate(want_words)
            and not any(_asked_scale(word, asked) for word in SCALES)
            and not digits_swapped(want, got)
        ):
            similarity = 0.0  # 47 chromosomes, 7 for carbon's atomic number: another fact
        verdict = numeric_verdict(
            distance, allowed, similarity, accepted, expected, policy, "number"
        )
    said = stated_with(want, answer_words(context)) if context else frozenset()
    # Arithmetic ("60 x 60") holds operators, no thing counted.
    counted = (
        None
        if worked
        else counted_problem(want_words, typed_words, lambda w: asked.has(w) or w in said)
    )
    if counted is None:
        counted = swapped_qualifier(asked.sequence, typed_words, said)
    if counted is None and verdict.correct:
        counted = form_problem(typed, asked.sequence, accepted)  # "3/4" asked as a decimal
    if counted is not None and verdict.correct:
        # The number is right, the thing counted is not ("206 teeth" for 206 bones).
        return Verdict(Outcome.CLOSE, similarity, accepted, expected, rule=counted)
    return verdict


def _asked_scale(word: str, asked: Question) -> bool:
    """Whether the question counts in `word`, a word it says, in the singular or plural
    ("How many million …?", "Unemployment (millions)")."""
    return word in asked.words or (word in SCALES and f"{word}s" in asked.words)


def _converted(
    want: Fraction,
    typed: str,
    tolerance: float,
    want_words: Sequence[str],
    typed_words: Sequence[str],
    asked: Question,
) -> Verdict | None:
    """The verdict on an amount typed in another unit of the answer's measure that is the
    answer once converted ("96 hours" for 4, asked "How many days…?"), or within its
    tolerance; None for any other (another unit's "4130 miles" for 6,650 km is wrong)."""
    found = conversion(want_words, typed_words, asked.sequence)
    if unit_of_the_question(typed_words, want_words, asked.sequence):
        return None
    in_asked = asked_in_another_unit(typed_words, want_words, asked.sequence)
    got = parse_number(typed)
    length = duration_of(same_units(list(typed_words)))
    time_unit = units_in(want_words).get("time") or units_in(asked.sequence).get("time")
    if length is not None and time_unit is not None:
        # "a fortnight", "1 day and 12 hours": a length of time in pieces.
        value, wanted = in_unit(length, time_unit), time_unit
    elif found is not None and got is not None:
        value, wanted = got * found[2], found[1]
    elif (scales := _other_scale(want_words, typed_words, asked)) is not None and got is not None:
        # "212 °F" for "100 °C", "273.15 K" for "0 °C": a scale with another zero.
        value, wanted = temperature_in(got, *scales), scales[1]
    else:
        return None
    if value is None:
        return None
    # "186,000 miles per second" for "about 300,000 km/s": near the approximate answer.
    near = is_approximate(want_words) and abs(value - want) <= abs(want) * NEAR
    # "268 mph" for 120 m/s (268.4 mph): the answer in another unit, rounded as typed.
    near = near or rounded_in_another_unit(want_words, typed_words)
    rule = f"{plain(value)} {unit_named(wanted, value)} in another unit"
    if abs(value - want) > Fraction(str(tolerance)) and not near:
        if in_asked is not None or got == want:
            return None  # the unit is what is wrong: "6,650 miles" asked in kilometres
        # Told in the answer's unit: "430 km/h" is known to be a speed, and not 120 m/s.
        return Verdict(Outcome.WRONG, 0.0, "", "", rule=f"{rule}, not {plain(want)}")
    if in_asked is not None:  # "4 days", asked "How long, in hours?"
        rule += f": the question asks for {unit_named(in_asked)}"
        return Verdict(Outcome.CLOSE, 0.9, "", "", rule=rule)
    return Verdict(Outcome.EXACT if value == want else Outcome.TYPO, 1.0, "", "", rule=rule)


def _other_scale(
    want_words: Sequence[str], typed_words: Sequence[str], asked: Question
) -> tuple[str, str] | None:
    """The temperature scale typed and the answer's (or the question's), when they differ."""
    typed = units_in(typed_words).get("temperature")
    wanted = units_in(want_words).get("temperature") or units_in(asked.sequence).get("temperature")
    return (typed, wanted) if typed and wanted and typed != wanted else None


def _percent_of_a_bare_number(
    want: Sequence[str], typed: Sequence[str], question: Sequence[str]
) -> bool:
    """Whether a percentage is typed for an answer that is a bare number, asked with no
    word of percent: it is read as its value ("-2%" is -0.02, no elasticity of -2)."""
    return any(w in PERCENT_WORDS for w in typed) and not any(
        w in PERCENT_WORDS for w in (*want, *question)
    )


def _shares(got: Fraction | None, want: Sequence[str], typed: Sequence[str]) -> list[Fraction]:
    """A percentage typed for a share the answer gives as a fraction or decimal ("20%" for
    "a fifth" is 0.2), and a share typed for a percentage ("0.2" for "20%")."""
    if got is None:
        return []
    wants, says = (any(w in PERCENT_WORDS for w in words) for words in (want, typed))
    if says and not wants:
        return [got / 100]
    return [got * 100] if wants and not says and abs(got) <= 1 else []


def _in_groups(value: Fraction | None, typed: Sequence[str], asked: Question) -> Fraction | None:
    """The typed number counted in groups as what they hold: "23 pairs" is 46, "a dozen"
    12; unless the question counts the groups ("How many pairs…?")."""
    for index, word in enumerate(typed):
        size = MULTIPLIERS.get(word)
        if size is None or asked.has(word):
            continue
        before = typed[index - 1] if index else ""
        # The number read before the groups: digits, or a share of one group ("half a
        # dozen", "one and a half dozen", "a quarter of a dozen").
        share = typed[index - 2] if before in ("a", "an", "of") and index > 1 else before
        if value is not None and (before[:1].isdecimal() or share in GROUP_SHARES):
            return value * size
        if value is None and before in ("a", "an"):
            return Fraction(size)
        if value is None and "couple" in (before, share):
            return Fraction(2 * size)  # "a couple of dozen", "a couple dozen"
    return value


def given_more_precisely(want: Fraction, got: Fraction, want_words: Sequence[str]) -> bool:
    """Whether the answer, written with decimal places ("66.7"), is `got` rounded to them
    (a whole number, "206", claims no precision to give more of)."""
    places = next(
        (
            len(word.partition(".")[2])
            for word in want_words
            if _DECIMAL.fullmatch(word) and Fraction(word) == want
        ),
        0,
    )
    return bool(places) and to_places(got, places) == want


_DECIMAL = re.compile(r"[-−]?\d+\.\d+")


def numeric_verdict(
    distance: Fraction,
    allowed: Fraction,
    similarity: float,
    accepted: str,
    expected: str,
    policy: Policy,
    unit: str,
) -> Verdict:
    """Exact, within the tolerance, close or wrong, by how far off a value is."""
    if unit == "number":
        off = f"off by {plain(distance)}"
    else:
        off = f"{plain(distance)} {unit}{'' if distance == 1 else 's'} off"
    if distance == 0:
        outcome, rule = Outcome.EXACT, "exact"
    elif distance <= allowed:
        outcome, rule = Outcome.TYPO, f"within the tolerance ({off})"
    elif similarity >= policy.close_similarity:
        outcome, rule = Outcome.CLOSE, off
    else:
        outcome, rule = Outcome.WRONG, off
    return Verdict(outcome, similarity, accepted, expected, rule=rule)


def plain(value: Fraction) -> str:
    """A value as a rule shows it: "3", "0.333333333333"."""
    if value.denominator == 1:
        return str(value.numerator)
    # Through Decimal, not float: a typed number of hundreds of digits is past a float.
    with localcontext() as context:
        context.prec = _SHOWN_DIGITS
        return str((Decimal(value.numerator) / Decimal(value.denominator)).normalize())


def closeness(distance: Fraction, scale: Fraction | int) -> float:
    """1 for no distance, falling linearly to 0 at `scale`."""
    if distance >= scale:
        return 0.0  # and a float never sees a ratio past its range
    return 1.0 - float(distance / scale)

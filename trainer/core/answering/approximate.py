"""Numbers an answer gives as approximate ("about 300,000"): a number near them is right.

An answer that says "about" does not claim its exact figure: a learner who types a
number within `NEAR` of it (290,000 for "about 300,000"; 4.5 billion for "about 4.6
billion"), and within one unit of its last significant digit, knows what the answer
says: "about 104.5" gives its tenths, and 109.5 is another number. A number given
exactly keeps to its digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from itertools import pairwise

from trainer.core.answering.normalise import fold
from trainer.core.answering.number_words import MAX_DIGITS

# Words before a number that make it approximate, folded.
APPROXIMATORS = frozenset(
    {"about", "around", "approximately", "approx", "roughly", "some", "circa", "c", "ca"}
)
# Words before a blank, or before "how many" or "how much", that say the number asked for
# is approximate: "where about [number] farms…", "Roughly how many…?".
_APPROXIMATE_IN_PROMPT = APPROXIMATORS | {"nearly", "almost", "estimated"}
# A blank in a cloze prompt: "[...]", "[number]" or "[hint]".
_BLANK = re.compile(r"\[[^\]]*\]")
# How far, as a share of the number, a typed number may be from an approximate one.
NEAR = Fraction(1, 20)


def is_approximate(text_words: Sequence[str]) -> bool:
    """Whether the words give a number as approximate: an approximator right before it."""
    return bool(_approximate_numbers(text_words))


def _approximate_numbers(words: Sequence[str]) -> list[tuple[str, Fraction]]:
    """Each number the words give as approximate, as written and as a value."""
    return [
        (following, value)
        for word, following in pairwise(words)
        if word in APPROXIMATORS and (value := _number(following)) is not None
    ]


def approximate_as_written(text_words: Sequence[str], value: Fraction) -> str:
    """How the words write `value` where they give it as approximate ("104.5" of "about
    104.5°"), or "" where they do not: its last digit says how near it is meant."""
    return next(
        (written for written, given in _approximate_numbers(text_words) if given == value), ""
    )


def question_approximates(prompt: str) -> bool:
    """Whether a card's prompt says its number is approximate: an approximator right
    before its one blank ("about [number] farms") or before "how" and what it measures
    ("About how many farms…?", "Roughly how long is the Nile?")."""
    blanks = list(_BLANK.finditer(prompt))
    if len(blanks) > 1:
        return False
    if blanks:
        before = fold(prompt[: blanks[0].start()]).split()
        return bool(before) and before[-1] in _APPROXIMATE_IN_PROMPT
    words = fold(prompt).split()
    return any(
        word in _APPROXIMATE_IN_PROMPT
        and words[k + 1 : k + 2] == ["how"]
        and k + 2 < len(words)
        and words[k + 2] in _HOW_MUCH
        for k, word in enumerate(words)
    )


# What "how" asks the size of: "how many", "how long", "how far" …
_HOW_MUCH = frozenset(
    {"many", "much", "long", "far", "high", "deep", "old", "big", "large", "tall", "heavy"}
    | {"wide", "fast", "hot", "cold", "often"}
)


def near_enough(wanted: Fraction, typed: Fraction, written: str = "") -> bool:
    """Whether `typed` is within `NEAR` of the approximate `wanted`, and, where the
    number is `written` out, within one unit of its last significant digit or a rounding
    of it: "about 104.5°" is no "109.5°", nor "about 37" "35.5", though "about
    300,000" is 290,000, "about 6,650 km" is 6,700 km and "about 9.98 million" 10
    million (each rounded to two digits)."""
    distance = abs(typed - wanted)
    if distance > abs(wanted) * NEAR:
        return False
    if written and distance > last_digits_unit(written):
        return distance <= abs(wanted) * _NEAR_ROUNDING and rounded_to_fewer_digits(wanted, typed)
    return True


# A rounding of an approximate number is near enough within a fiftieth of it: 100 is two
# digits of 104.5, but too rough for "about 104.5°".
_NEAR_ROUNDING = Fraction(1, 50)


# A rounding keeps this many significant digits at least: 100 is no rounding of 110.6.
_LEAST_KEPT = 2


def rounded_to_fewer_digits(exact: Fraction, typed: Fraction) -> bool:
    """Whether `typed` is `exact` rounded (half up) or cut to fewer significant digits,
    two at least: 6,700 or 6,600 for 6,650; 10 million for 9.98 million."""
    if not exact:
        return False
    with localcontext() as context:
        # Room for every digit a number is read with (`number_words.MAX_DIGITS`).
        context.prec = 2 * MAX_DIGITS
        written = (Decimal(exact.numerator) / Decimal(exact.denominator)).normalize()
        digits = len(written.as_tuple().digits)
        top = written.adjusted()
        for kept in range(_LEAST_KEPT, digits):
            step = Decimal(1).scaleb(top - kept + 1)
            for rounding in (ROUND_HALF_UP, ROUND_DOWN):
                if Fraction(written.quantize(step, rounding=rounding)) == typed:
                    return True
    return False


def last_digits_unit(written: str) -> Fraction:
    """The place of a written number's last significant digit: 0.1 for "104.5", 1 for
    "37", 100000 for "300000" (its zeros are taken as a rounding's)."""
    digits = written.lstrip("+-−")
    if "." in digits:
        return Fraction(1, 10 ** len(digits.split(".", 1)[1]))
    whole = digits.rstrip("0")
    return Fraction(10 ** (len(digits) - len(whole))) if whole else Fraction(1)


def approximate_numbers_lined_up(
    want: Sequence[str], got: Sequence[str]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The typed words with each number near one that `want` gives as approximate
    written as that number; and each (typed, wanted) pair so rewritten."""
    approximate = _approximate_numbers(want)
    if not approximate:
        return list(got), []
    out: list[str] = []
    rewritten: list[tuple[str, str]] = []
    # A number the answer writes itself is that number, however near an approximate one:
    # "about 20 a 19" typed as written keeps its 19.
    written = set(want)
    for word in got:
        value = None if word in written else _number(word)
        near = next(
            (
                wanted
                for wanted, wanted_value in approximate
                if value is not None and wanted != word and near_enough(wanted_value, value, wanted)
            ),
            None,
        )
        if near is None:
            out.append(word)
        else:
            out.append(near)
            rewritten.append((word, near))
    return out, rewritten


def without_approximators(words: Sequence[str]) -> list[str]:
    """The words without an approximator right before a number: once a typed number is
    lined up with the answer's approximate one, "roughly 28,000 km/h" says what "28,000
    km/h" says, and "about 27 tonnes" is "27,000 kg" in another unit."""
    return [
        word
        for index, word in enumerate(words)
        if not (
            word in APPROXIMATORS
            and index + 1 < len(words)
            and _number(words[index + 1]) is not None
        )
    ]


def _number(word: str) -> Fraction | None:
    if not word[:1].isdecimal():
        return None
    try:
        return Fraction(word)
    except (ValueError, ZeroDivisionError):
        return None

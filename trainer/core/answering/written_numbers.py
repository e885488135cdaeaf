"""Numbers as an answer writes them, read as grading compares them: signs, groups, decimals, values.

A minus before a number is part of it: "-36", "−4 °C", "-$36", "$-36", "- 1.5" (alone),
"minus 1.5" and "negative 1.5" all read as the word `minus` before the number, and "4
degrees below zero" as "minus 4 degrees"; so a sign one side has and the other lacks is
a difference in the number, never an extra word. A hyphen or dash between words or
numbers is no sign: "1914-1918", "20 - 30", "a 2-1 vote", "F-16", "1789-07-14",
"Sino-Soviet", "Lipetsk - 4 schools". Numbers are compared by value: "36.00" is "36".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from itertools import pairwise

from trainer.core.answering.charges import charges_as_words
from trainer.core.answering.coordinates import coordinates_as_words
from trainer.core.answering.fraction_words import slashed_fractions_as_values
from trainer.core.answering.normalise import fold
from trainer.core.answering.notation import powers_as_plain
from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.number_words import (
    vulgar_fractions_as_words,
)
from trainer.core.answering.scale_letters import scale_letters_as_words
from trainer.core.answering.si_rates import rates_in_words
from trainer.core.answering.times_of_day import times_as_words
from trainer.core.answering.units import units_apart
from trainer.core.answering.word_lists import FUNCTION_WORDS

# Signs a minus is written with besides "-", which the parser reads as "-".
MINUS_SIGNS = "\u2212\u2012\u2013\u2014\ufe63\uff0d"
# The word a sign is read as, and the words that say it.
MINUS = "minus"
_NEGATIVE_WORDS = frozenset({MINUS, "negative"})
# A minus before a number, past a currency's sign on either side: "-4", "- 1.5", "-$36",
# "$-36", "-.5".
_MINUS_BEFORE_NUMBER = re.compile(
    rf"(?P<currency>[£$€¥]\s?)?[-{MINUS_SIGNS}](?P<space>\s*)(?=[£$€¥]?\s?\.?\d)"
)
# What a minus joined to the character before it joins: a word, a number, a unit ("F-16",
# "2-1", "1914-1918", "5%-10%", "20°-30°"): a hyphen or a range, never a sign.
_JOINED_BEFORE = frozenset("_.,/%°-+" + MINUS_SIGNS)
# After these, a minus set apart from its number by a space is still its sign ("= - 4").
_OPENING = frozenset("([{=:")
# Thousands separators (commas, spaces, thin spaces) between groups of three digits.
_GROUPED_DIGITS = re.compile(r"(?<![\d.])\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?![\d])")
# "1.5 million": a decimal with a scale word makes a whole number.
# Only from the start of a run of digits: tried at each digit of a long run, the scan
# would be quadratic (a deck's answer of 50,000 digits took seconds).
_DECIMAL_SCALE = re.compile(
    r"(?<![\d.])(\d+)\.(\d+)\s*(" + "|".join(SCALES) + r")\b", re.IGNORECASE
)
# A decimal ("5.1", or "5,1" as much of Europe writes it; not a date's "22.5.1960") stays
# one word: folding would make it two numbers, and "1.5" would then match "5.1". Marked
# by letters folding keeps, then restored with a point.
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d+)(?![.,]?\d)")
DECIMAL_MARK = "zqdecimalqz"
# A decimal written without its whole part (".5", "$.25"): its whole part is 0.
_LEADING_POINT = re.compile(r"(?<![\w.,])([£$€¥]?)\.(?=\d)")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_RUNS = re.compile(r"\d+(?:\.\d+)?")
# "4 degrees below zero": how many words (a unit) may stand between the number and "below".
_WORDS_BEFORE_BELOW = 3


def plain_numbers(text: str) -> str:
    """Digits as grading reads them: `50,000,000` → `50000000`, `1.5 million` →
    `1500000`, `50%` → `50 percent`, `5.1` one word (marked by `DECIMAL_MARK` until the
    text is folded), a sign as the word `minus` (`signs_as_words`)."""
    text = _LEADING_POINT.sub(
        r"\g<1>0.", signs_as_words(charges_as_words(slashed_fractions_as_values(_read_first(text))))
    )
    text = scale_letters_as_words(units_apart(times_as_words(vulgar_fractions_as_words(text))))
    text = _DECIMAL_SCALE.sub(_scaled_decimal, text)
    text = _GROUPED_DIGITS.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    text = _DECIMAL.sub(rf"\1{DECIMAL_MARK}\2", text)
    return text.replace("%", " percent ")


def _read_first(text: str) -> str:
    """What must be read before folding or any sign: speeds and accelerations ("m s^-2"),
    powers of ten, coordinates; then a multiplier's sign as "times" ("100x")."""
    text = coordinates_as_words(powers_as_plain(rates_in_words(text)))
    if "x" in text or "×" in text:
        text = _TIMES_AFTER.sub(r"\1 times", text)
    return text


# A multiplier written with its sign after the number, standing alone: "100x", "10x
# faster" (not "3 x 10", a product, nor "2x + 1" or a lone "2x", algebra).
_TIMES_AFTER = re.compile(
    r"(?:(?<=\s)|^)(\d{2,}(?:\.\d+)?|\d(?:\.\d+)?(?=[x×]\s+[^\W\d]))[x×]"
    r"(?=\s*$|\s*[,;.!?)]|\s+[^\W\d])"
)


def signs_as_words(text: str) -> str:
    """The text with each minus that is a number's sign written as the word "minus"
    before it (and before its currency's sign: "$-36" → "minus $36"); a hyphen or a
    dash that joins or separates is left as it is."""
    return _MINUS_BEFORE_NUMBER.sub(lambda m: _sign_as_word(text, m), text)


def _sign_as_word(text: str, found: re.Match[str]) -> str:
    if not is_sign(text[: found.start()], spaced=bool(found.group("space"))):
        return found.group()
    return f" {MINUS} {found.group('currency') or ''}"


def is_sign(before: str, *, spaced: bool) -> bool:
    """Whether a minus after the text `before` is the sign of the number after it: not
    when it joins what stands before it ("F-16", "1914-1918") or stands between two
    numbers ("20 - 30"); set apart by a space from its number ("- 1.5"), only where
    nothing but an opening ("= - 4") or a function word ("of - 1.5") is before it, not
    after a word it may set apart ("Lipetsk - 4 schools")."""
    if before[-1:] and (before[-1].isalnum() or before[-1] in _JOINED_BEFORE):
        return False
    stripped = before.rstrip()
    if stripped[-1:] and (stripped[-1].isdecimal() or stripped[-1] in _JOINED_BEFORE):
        return False
    if not spaced or not stripped or stripped[-1] in _OPENING:
        return True
    last = stripped.split()[-1].casefold()
    return last in FUNCTION_WORDS


def _scaled_decimal(match: re.Match[str]) -> str:
    value = (
        Fraction(int(match.group(1))) + Fraction(int(match.group(2)), 10 ** len(match.group(2)))
    ) * SCALES[match.group(3).lower()]
    return str(int(value)) if value.denominator == 1 else match.group()


def signs_in_words(words: Sequence[str]) -> list[str]:
    """Folded words with "negative" before a number read as "minus", and a number "below
    zero" or "below sea level" as a number after "minus": "4 degrees below 0" → "minus 4
    degrees", "430 m below sea level" → "minus 430 m" ("above sea level": the number)."""
    out = [
        MINUS if word in _NEGATIVE_WORDS and is_plain_number(after) else word
        for word, after in pairwise([*words, ""])
    ]
    for index in range(len(out) - 1, 0, -1):
        level = next((size for size in (1, 2) if tuple(out[index : index + size]) in _ZEROS), 0)
        if out[index - 1] not in ("below", "above") or not level:
            continue
        start = max(0, index - 1 - _WORDS_BEFORE_BELOW)
        numbers = [k for k in range(start, index - 1) if is_plain_number(out[k])]
        if numbers and all(out[k].isalpha() for k in range(numbers[-1] + 1, index - 1)):
            at = numbers[-1]
            # "430 m above sea level" is 430 m; "below" it, or zero, a minus.
            negated = (at > 0 and out[at - 1] == MINUS) or out[index - 1] == "above"
            out = [
                *out[:at],
                *([] if negated else [MINUS]),
                *out[at : index - 1],
                *out[index + level :],
            ]
    return out


# What a number below or above is a minus or a plus from: zero, and the sea's level.
_ZEROS = frozenset({("0",), ("sea", "level")})
_SIDES = {"above": "below", "below": "above"}
_LEVEL_WORDS = {("0",): ("zero", r"(?:zero|0)"), ("sea", "level"): ("sea level", r"sea\s+level")}


def level_side(typed: str, accepted: str, question: Sequence[str]) -> tuple[str, str | None]:
    """`typed` without the side of a level (sea level, zero) that the question measures
    from and the answer does not say ("10,935 m below sea level" asked "How deep …, in
    metres below sea level?" is 10,935 m, not −10,935 m); and why it is wrong if it says
    the other side of one the answer or the question says ("10,935 m above sea level"
    there, "40 above zero" asked "… in degrees below zero?"): its digits are right, its
    side is not. None where it says no side, or the side asked."""
    lowered = typed.casefold()
    if "above" not in lowered and "below" not in lowered:
        return typed, None
    own = _sides(fold(accepted).split())
    said = own | _sides(question)
    for side, level in _sides(fold(typed).split()):
        if (side, level) not in said and (_SIDES[side], level) in said:
            return typed, f"'{side} {_LEVEL_WORDS[level][0]}' is the other side of it"
    for side, level in said - own:
        pattern = rf"\s*\b{side}\s+{_LEVEL_WORDS[level][1]}\b"
        typed = re.sub(pattern, "", typed, flags=re.IGNORECASE)
    return typed, None


def _sides(words: Sequence[str]) -> set[tuple[str, tuple[str, ...]]]:
    """Each side and level the words name: ("below", ("sea", "level"))."""
    words = ["0" if word == "zero" else word for word in words]
    return {
        (word, level)
        for index, word in enumerate(words)
        if word in _SIDES
        for level in _ZEROS
        if tuple(words[index + 1 : index + 1 + len(level)]) == level
    }


def is_plain_number(word: str) -> bool:
    """Whether a folded word is a number as grading writes one: "36", "3.30"."""
    return _PLAIN_NUMBER.fullmatch(word) is not None


def value_of(number: str) -> str:
    """A number `is_plain_number` accepts, written one way for its value: "36.00" → "36",
    "3.30" → "3.3", "007" → "7" (a string, not a `Fraction`: a typed run of digits may be
    longer than Python converts)."""
    whole, _, decimals = number.partition(".")
    whole, decimals = whole.lstrip("0") or "0", decimals.rstrip("0")
    return f"{whole}.{decimals}" if decimals else whole


def signed_numbers(
    words: Sequence[str], skip: Callable[[str], bool] = lambda word: False
) -> list[tuple[str, str]]:
    """Each number in the words, as written and by its signed value (`value_of`, with "-"
    for a sign); also the numbers in words that are more than a number ("t34"), unless
    `skip`."""
    found: list[tuple[str, str]] = []
    for index, word in enumerate(words):
        if skip(word):
            continue
        for run in _DIGIT_RUNS.findall(word):
            if run == word and index > 0 and words[index - 1] == MINUS:
                found.append((f"-{run}", f"-{value_of(run)}"))
            else:
                found.append((run, value_of(run)))
    return found


def values_lined_up(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """The typed words with each number that has the value of one of `want` written as
    that one is: "36.00" for "36", "3.3" for "3.30"; "36" and "360" stay apart."""
    wanted = {value_of(word): word for word in want if is_plain_number(word)}
    return [wanted.get(value_of(word), word) if is_plain_number(word) else word for word in got]

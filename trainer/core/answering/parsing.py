"""Reading typed answers: numbers however written, option numbers and orders.

Numbers may be written in words everywhere ("fifty thousand", "nineteen twenty-six",
"the first of September"): see `number_words`. Years and dates: see `date_parsing`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from fractions import Fraction

from trainer.core.answering.charges import charges_as_words
from trainer.core.answering.fraction_words import decimal_points, fraction_in_words, odds_share
from trainer.core.answering.normalise import fold
from trainer.core.answering.notation import powers_as_plain
from trainer.core.answering.number_scales import SCALES, scale_after
from trainer.core.answering.number_words import (
    MAX_DIGITS,
    normalize_numbers,
    single_as_one,
    vulgar_fractions_as_words,
)
from trainer.core.answering.scale_letters import scale_letters_as_words
from trainer.core.answering.si_rates import rates_in_words
from trainer.core.answering.units import units_apart
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.answering.word_runs import find_run
from trainer.core.answering.written_numbers import MINUS_SIGNS as MINUS_SIGNS
from trainer.core.answering.written_numbers import signs_as_words
from trainer.core.card_frames import verdict_index

# Digit groups of three after the first, separated by commas or (thin, no-break) spaces:
# 50,000 · 50 000 · 50000. A "." is always the decimal point; a comma is one only where
# it cannot part groups of three (see `_DECIMAL_COMMA`).
_NUMBER = re.compile(
    r"(?<![\w.])(?P<sign>[-+])?"
    r"(?:(?P<int>\d{1,3}(?:(?P<sep>[, ])\d{3})(?:(?P=sep)\d{3})*|\d+)(?:\.(?P<frac>\d+))?"
    r"|\.(?P<bare_frac>\d+))"
    r"(?!\w|\.\d)"
)
# A comma between digits that no group of three follows, in a number with no other
# comma or point: the decimal comma of most of Europe ("1,95583", "9,6", "3,14"). "1,950"
# stays one thousand nine hundred and fifty, as English writes it.
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2}|\d{4,})(?![\d,.])")
# What separates the options of an order typed as their texts.
_ORDER_SEPARATORS = re.compile(r"\s*(?:[,;\n]|->|→|>|\bthen\b)\s*")
# Words around an option's number that say it is one ("option 2", "the second one").
_CHOICE_WORDS = frozenset({"option", "number", "no", "choice", "answer", "the", "one"})
_SPACES = "\u00a0\u2007\u2009\u202f"
INTEGER_TOKEN = re.compile(r"\d+")
_LONG_DIGIT_RUN = re.compile(rf"\d{{{MAX_DIGITS + 1}}}")
_DIGIT_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_NEGATIVE_WORDS = {"minus", "negative"}
# "40 below zero" is -40, "430 m below sea level" -430 m.
_BELOW_ZERO = re.compile(r"\s+below\s+(?:zero|0|sea\s+level)\b", re.IGNORECASE)
# "430 m above sea level" is 430 m.
_ABOVE_SEA = re.compile(r"\s+above\s+sea\s+level\b", re.IGNORECASE)
# Fractions in words: "half a degree", "a quarter", "three quarters", "one and a half
# million"; and the vulgar-fraction characters, which NFKC would turn into "1⁄2".
_FRACTION_WORDS = {
    "half": Fraction(1, 2),
    "halves": Fraction(1, 2),
    "quarter": Fraction(1, 4),
    "quarters": Fraction(1, 4),
}
# "1/2", "3/4", "5/8": a one-digit numerator over one or two digits (not "22/5", a date's).
_SLASHED_FRACTION = re.compile(r"(?<![\d/.,])(\d)\s*[/\u2044]\s*(\d{1,2})(?![\d/.,])")


# Odds written as a share of a whole: "1 in 4", "one in four" (one word or number each).
_ODDS = re.compile(r"\s*(\S+)\s+in\s+(\S+)\s*")


def parse_number(typed: str) -> Fraction | None:
    """The one number in a typed answer, exactly, or None if there is none or several.

    Accepts `50,000`, `50 000`, `50000`, `50%`, `3.5`, `-2` (any minus sign), words
    around it ("about 50,000 hectares"), a scale word ("50 thousand"), numbers in
    words ("fifty thousand", "a million", "minus forty") and fractions ("half a
    degree", "one and a half million", "3/4", "2½").
    """
    if too_many_digits(typed):
        return None
    typed = _ABOVE_SEA.sub("", typed)
    below_zero = _BELOW_ZERO.search(typed)
    if below_zero is not None:
        value = parse_number(typed[: below_zero.start()] + typed[below_zero.end() :])
        return None if value is None or value < 0 else -value
    # An ordinal in digits is its number ("606th"), as one in words is ("the sixth").
    text = _DIGIT_ORDINAL.sub(r"\1", _plain_digits_text(typed))
    if (in_words := fraction_in_words(fold(text).split())) is not None:
        return in_words  # "a fifth", "two thirds", "one billionth"
    if (odds := _ODDS.fullmatch(fold(text))) is not None:
        # "1 in 4", "one in four": a share of a whole, as "a quarter" is.
        part, whole = parse_number(odds.group(1)), parse_number(odds.group(2))
        if part is not None and whole is not None and (share := odds_share(part, whole)):
            return share
    if " point " in f" {text.casefold()} ":
        text = " ".join(decimal_points(fold(text).split()))  # "one point four billion"
    words = folded_words(text)
    if any(word in _FRACTION_WORDS for word in words):
        return None if _has_decimal(text) else _fraction_in_words(words)
    slashed = list(_SLASHED_FRACTION.finditer(text))
    if len(slashed) == 1 and _digit_count(text) == _digit_count(slashed[0].group()):
        numerator, denominator = (int(part) for part in slashed[0].groups())
        if not denominator:
            return None
        before = fold(text[: slashed[0].start()]).split()
        negative = bool(before) and before[-1] in _NEGATIVE_WORDS
        return Fraction(-numerator if negative else numerator, denominator)
    if not any(char.isdecimal() for char in text):
        return _worded_number(text)
    matches = list(_NUMBER.finditer(_DECIMAL_COMMA.sub(r"\1.\2", text)))
    if len(matches) != 1:
        return None
    match = matches[0]
    digits = (match.group("int") or "0").replace(",", "").replace(" ", "")
    fraction = match.group("frac") or match.group("bare_frac") or ""
    value = Fraction(int(digits)) + Fraction(int(fraction or "0"), 10 ** len(fraction))
    before = fold(text[: match.start()]).split()
    if match.group("sign") == "-" or (before and before[-1] in _NEGATIVE_WORDS):
        value = -value
    return value * scale_after(fold(text[match.end() :]).split(), 0)[0]  # "2.5 thousand million"


def too_many_digits(text: str) -> bool:
    """A run of more digits than any number is written with (see number_words.MAX_DIGITS):
    never read as a number, which Python refuses past 4,300 digits anyway."""
    return _LONG_DIGIT_RUN.search(text) is not None


def _digit_count(text: str) -> int:
    return sum(char.isdecimal() for char in text)


def _has_decimal(text: str) -> bool:
    return re.search(r"\d[.,]\d", text) is not None


def _fraction_in_words(words: list[str]) -> Fraction | None:
    """A number with one fraction in words ("half a degree", "a quarter", "3 quarters",
    "1 and a half million"), its number words already digits; None for anything else."""
    spots = [i for i, word in enumerate(words) if word in _FRACTION_WORDS]
    if len(spots) != 1:
        return None
    at = spots[0]
    value = _FRACTION_WORDS[words[at]]
    start = at
    if start > 0 and words[start - 1] in ("a", "an", "one", "1"):
        start -= 1
    elif start > 0 and INTEGER_TOKEN.fullmatch(words[start - 1]):
        start -= 1  # "three quarters"
        value *= int(words[start])
    if start > 1 and words[start - 1] == "and" and INTEGER_TOKEN.fullmatch(words[start - 2]):
        start -= 2  # "one and a half"
        value += int(words[start])
    end = at + 1
    while end < len(words) and words[end] in ("a", "an", "of"):
        end += 1  # "half a degree", "a quarter of a million"
    if end < len(words) and words[end] in SCALES:
        value *= SCALES[words[end]]
        end += 1
    elif end < len(words) and words[end] in ("1000", "1000000", "1000000000"):
        value *= int(words[end])  # "half a million", read as "half 1000000"
        end += 1
    if any(INTEGER_TOKEN.fullmatch(word) for word in (*words[:start], *words[end:])):
        return None  # another number besides
    if start > 0 and words[start - 1] in _NEGATIVE_WORDS:
        value = -value
    return value


def parse_choice(typed: str, choices: Sequence[str]) -> int | None:
    """The 0-based index of the option typed as its 1-based number or its text; else None.

    For true/false options, t/f, yes/no, y/n, correct/incorrect, right/wrong and "not
    true"/"not false" are accepted too.
    """
    folded = fold(typed)
    if folded.isdecimal() and not too_many_digits(folded):
        number = int(folded)
        return number - 1 if 1 <= number <= len(choices) else None
    folded_choices = [fold(choice) for choice in choices]
    if folded in folded_choices and folded_choices.count(folded) == 1:
        return folded_choices.index(folded)
    if (verdict := verdict_index(typed, choices)) is not None:
        return verdict  # "t", "yes", "not false"; "v" or "vrai" for Vrai
    # "option 2", "number two", "the second (one)", "2nd": the option by its number.
    raw = folded.split()
    words = [w for w in normalize_numbers(raw) if w not in _CHOICE_WORDS]
    if len(words) == 2 and raw[-1] == "one":
        words = words[:1]  # "the second one"
    if len(words) == 1 and words[0].isdecimal() and words != [folded]:
        number = int(words[0])
        return number - 1 if 1 <= number <= len(choices) else None
    return None


def parse_order(
    typed: str, option_count: int, options: Sequence[str] = ()
) -> tuple[int, ...] | None:
    """The 0-based order typed as 1-based option numbers: `3 1 2`, `3, 1, 2`, `3 → 1 → 2`,
    or `312` when there are fewer than 10 options; or, given the `options`, as their
    texts or a distinctive run of their words, separated by commas, semicolons, arrows
    or lines, or by spaces when each is one word ("Marengo, Austerlitz, Waterloo" for
    "The Battle of Waterloo", "The Battle of Marengo", "The Battle of Austerlitz").
    None unless it is a permutation."""
    if too_many_digits(typed):
        return None
    tokens = fold(typed).split()
    if len(tokens) == 1 and option_count < 10 and len(tokens[0]) == option_count:
        tokens = list(tokens[0])
    if not tokens or not all(token.isdecimal() for token in tokens):
        return _order_of_texts(typed, options) if len(options) == option_count else None
    order = tuple(int(token) - 1 for token in tokens)
    if sorted(order) != list(range(option_count)):
        return None
    return order


def _order_of_texts(typed: str, options: Sequence[str]) -> tuple[int, ...] | None:
    option_words = [fold(option).split() for option in options]
    pieces = [fold(piece).split() for piece in _ORDER_SEPARATORS.split(typed)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) != len(options):
        pieces = [[word] for word in fold(typed).split()]
    if len(pieces) != len(options):
        return None
    order: list[int] = []
    for piece in pieces:
        if len(piece) > 1 and piece[0] in ARTICLES:
            piece = piece[1:]
        holding = [i for i, words in enumerate(option_words) if find_run(words, piece) is not None]
        if len(holding) != 1:
            return None
        order.append(holding[0])
    return tuple(order) if sorted(order) == list(range(len(options))) else None


def _plain_digits_text(typed: str) -> str:
    # NFKC turns full-width and superscript digits into ASCII ones; the minus signs and
    # spaces people paste from word processors become their plain forms.
    text = unicodedata.normalize(
        "NFKC", vulgar_fractions_as_words(charges_as_words(powers_as_plain(rates_in_words(typed))))
    )
    text = signs_as_words(text.translate({ord(c): "-" for c in MINUS_SIGNS}))
    text = text.translate({ord(c): " " for c in _SPACES})
    text = units_apart(scale_letters_as_words(text))
    return text.replace("%", " ").strip()


def folded_words(typed: str) -> list[str]:
    """Folded words with numbers in words, ordinals and leading zeros as plain digits
    (the day and month keep their leading zeros' meaning: "01" is 1)."""
    return single_as_one(normalize_numbers(fold(typed).split(), misspelt=True))


def _worded_number(text: str) -> Fraction | None:
    words = folded_words(text)
    numbers = [i for i, word in enumerate(words) if INTEGER_TOKEN.fullmatch(word)]
    if len(numbers) != 1:
        return None
    value = Fraction(int(words[numbers[0]]))
    index = numbers[0]
    if index > 0 and words[index - 1] in _NEGATIVE_WORDS:
        value = -value
    return value

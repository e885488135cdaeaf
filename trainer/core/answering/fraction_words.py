"""Fractions in words: "a fifth" is 0.2, "two thirds" 2/3, "one billionth" 0.000000001.

An ordinal after a count ("a", "an", "one", "two", "3") names a fraction: "a fifth", "two
thirds", "three tenths", "a thousandth"; after "the" or alone it is an ordinal ("the
fifth", "fifth place"). "Second" is never a fraction (that is "half"), and "half" and
"quarter", which `parsing` reads in number answers, are left to it: in a text they are
as often a part of a name or a phrase ("the Latin Quarter", "half the army").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from trainer.core.answering.number_words import MAX_DIGITS

_DENOMINATORS = {
    **{
        word: size
        for size, word in enumerate(
            ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=3
        )
    },
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
    "thousandth": 1_000,
    "millionth": 10**6,
    "billionth": 10**9,
    "trillionth": 10**12,
}
_DENOMINATOR_WORDS = {**_DENOMINATORS, **{f"{word}s": size for word, size in _DENOMINATORS.items()}}
_COUNTS = {
    "a": 1,
    "an": 1,
    **{
        word: value
        for value, word in enumerate(
            ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            start=1,
        )
    },
}
# Digits past which a fraction is written "p/q", not as a decimal that never ends.
_MAX_DECIMALS = 15


def is_fraction_word(word: str) -> bool:
    """Whether a folded word names parts of a whole ("quarters", "thirds", "half"): after
    a count it is a fraction, never a thing counted."""
    return word in _DENOMINATOR_WORDS or word in _HALVES_AND_QUARTERS


_PARTS = {"half": Fraction(1, 2), "halves": Fraction(1, 2)}
_PARTS |= {"quarter": Fraction(1, 4), "quarters": Fraction(1, 4)}
_HALVES_AND_QUARTERS = frozenset(_PARTS)


def fraction_words_as_values(words: Sequence[str]) -> list[str]:
    """Folded words (numbers still in words) with each fraction in words written as its
    value: "a fifth" → "0.2", "two thirds" → "2/3"; and halves and quarters where they
    are all the words say ("a quarter" → "0.25", "three quarters" → "0.75", "half")."""
    if (whole := _halves_or_quarters(words)) is not None:
        return [written_value(whole)]
    if not any(word in _DENOMINATOR_WORDS for word in words):
        return list(words)
    out: list[str] = []
    for index, word in enumerate(words):
        size = _DENOMINATOR_WORDS.get(word)
        count = _count(out[-1]) if out and size is not None else None
        if size is None or count is None or not _fraction_at(words, index):
            out.append(word)
            continue
        out[-1] = written_value(Fraction(count, size))
    return out


def _halves_or_quarters(words: Sequence[str]) -> Fraction | None:
    """The value of words that are only a count of halves or quarters ("half", "a half",
    "three quarters"): nothing else they could be part of ("the Latin Quarter", "half the
    army"), so the fraction they name."""
    if not words or len(words) > 2 or words[-1] not in _PARTS:
        return None
    if len(words) == 1:
        return _PARTS[words[0]] if words[0] == "half" else None
    count = _count(words[0])
    if count is None or (count != 1) != words[1].endswith(("s", "halves")):
        return None  # "two quarter", "a quarters"
    return count * _PARTS[words[1]]


def _fraction_at(words: Sequence[str], index: int) -> bool:
    """Whether the ordinal at `index`, after a count, is a fraction: plural ("two
    thirds"), or last, or before "of" ("a fifth of the water"); not an ordinal before its
    noun ("a third party", "a fifth column")."""
    after = words[index + 1] if index + 1 < len(words) else ""
    return _plural(words[index]) or after in _AFTER_FRACTION


_AFTER_FRACTION = frozenset({"", "of", "and", "or"})


def fraction_in_words(words: Sequence[str]) -> Fraction | None:
    """The value of the one fraction in words of folded words that hold no other number:
    "a fifth" → 1/5, "minus two thirds" → −2/3; None for anything else."""
    found = [
        (index, Fraction(count, size))
        for index, word in enumerate(words)
        if (size := _DENOMINATOR_WORDS.get(word)) is not None
        and index > 0
        and _count(words[index - 1]) is not None
        and _fraction_at(words, index)
        for count in [_count(words[index - 1]) or 0]
    ]
    if len(found) != 1:
        return None
    index, value = found[0]
    others = [*words[: index - 1], *words[index + 1 :]]
    if any(
        word[:1].isdecimal() or (word in _COUNTS and word not in ("a", "an")) for word in others
    ):
        return None
    negative = index > 1 and words[index - 2] in ("minus", "negative")
    return -value if negative else value


def written_value(value: Fraction) -> str:
    """A fraction as grading writes a number: a decimal that ends ("0.2"), else "p/q"."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    with localcontext() as context:
        context.prec = 60
        decimal = Decimal(value.numerator) / Decimal(value.denominator)
    text = format(decimal, "f")
    return text if len(text) <= _MAX_DECIMALS + 30 else f"{value.numerator}/{value.denominator}"


def _count(word: str) -> int | None:
    if word.isdecimal() and len(word) <= 3:
        return int(word)
    return _COUNTS.get(word)


def _plural(word: str) -> bool:
    return word.endswith("s") and word not in _DENOMINATORS


def shares_lined_up(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """The typed words with a percentage written as the share the answer gives ("20
    percent" as "0.2" for "a fifth"), and a share as the percentage it gives ("0.2" as
    "20 percent" for "20%"); other words as they are."""
    wanted = set(want)
    # A share of a whole the answer says in words, by its percentage: "75" of "three
    # quarters", for "75%" typed.
    shares = {
        percent: tuple(want[at : at + used])
        for at in range(len(want))
        if (found := _part_share(want, at)) is not None
        for percent, used in [found]
    }
    # The percentages the answer gives, "%" or "per cent" after each.
    percents = [
        word
        for word, after, then in _triples(want)
        if after == "percent" or (after, then) == ("per", "cent")
    ]
    out: list[str] = []
    index = 0
    while index < len(got):
        word = got[index]
        after = got[index + 1] if index + 1 < len(got) else ""
        if after == "per" and got[index + 2 : index + 3] == ["cent"]:
            after, skipped = "percent", 3  # "20 per cent"
        else:
            skipped = 2
        if after == "percent" and _is_value(word) and written_value(Fraction(word)) in shares:
            out.extend(shares[written_value(Fraction(word))])
            index += skipped
            continue
        if after == "percent" and _is_value(word) and not percents:
            share = written_value(Fraction(word) / 100)
            # "33%" for "a third": the share rounded to the digits typed.
            share = next((w for w in want if _rounded_percent(w, word)), share)
            if share in wanted:
                out.append(share)
                index += skipped
                continue
        odds = _odds_at(got, index)
        if odds is not None and _writes(want, got[index : index + 3]):
            odds = None  # "first in, first out" typed as the answer says it: no odds
        if odds is not None and odds in wanted:
            out.append(odds)  # "one in five" for "a fifth", read as 0.2
            index += 3
            continue
        if odds is not None and (percents or shares):
            # "1 in 4", "one in four" for "25%" or "a quarter": a share of a whole.
            percent = next((w for w in percents if _rounded_percent(odds, w)), None)
            if percent is not None:
                out.extend((percent, "percent"))
                index += 3
                continue
            as_percent = written_value(Fraction(odds) * 100)
            if as_percent in shares:
                out.extend(shares[as_percent])
                index += 3
                continue
        found = _part_share(got, index)
        if found is not None and found[0] in percents:
            # "three quarters", "half" for "75%", "50%".
            out.extend((found[0], "percent"))
            index += found[1]
            continue
        if found is not None and (share := written_value(Fraction(found[0]) / 100)) in wanted:
            # "three quarters" for "3/4" or "0.75".
            out.append(share)
            index += found[1]
            continue
        if after != "percent" and _is_value(word) and percents:
            percent = written_value(Fraction(word) * 100)
            # "a third" for "33%": the percentage the answer writes is the share rounded.
            percent = next((w for w in percents if _rounded_percent(word, w)), percent)
            if percent in percents and percent != word:
                out.extend((percent, "percent"))
                index += 1
                continue
        out.append(word)
        index += 1
    return out


def odds_share(part: Fraction, whole: Fraction) -> Fraction | None:
    """The share of a whole that odds of `part` in `whole` say ("1 in 4" is 1/4); None for
    odds that are no share ("5 in 2", "0 in 4")."""
    return part / whole if 0 < part <= whole else None


def _odds_at(words: Sequence[str], index: int) -> str | None:
    """The share of a whole that "N in M" at `index` says ("1 in 4" is 0.25), as a value;
    None when the words there say none."""
    if index + 2 >= len(words) or words[index + 1] != "in":
        return None
    part, whole = words[index], words[index + 2]
    if not (_is_value(part) and _is_value(whole)):
        return None
    share = odds_share(Fraction(part), Fraction(whole))
    return None if share is None else written_value(share)


def _writes(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether `words` hold `run`, word for word, together."""
    size = len(run)
    return any(list(words[at : at + size]) == list(run) for at in range(len(words) - size + 1))


def _triples(words: Sequence[str]) -> list[tuple[str, str, str]]:
    """Each word with the two after it ("" past the end)."""
    padded = [*words, "", ""]
    return [(padded[k], padded[k + 1], padded[k + 2]) for k in range(len(words))]


def _rounded_percent(share: str, percent: str) -> bool:
    """Whether `percent` (as written: "33", "66.7") is the share of a whole `share` ("1/3",
    "0.667") times 100, rounded to as many places as `percent` is written with."""
    if not _is_value(share) or not _is_value(percent) or not 0 < abs(Fraction(share)) <= 1:
        return False
    places = len(percent.partition(".")[2])
    return to_places(Fraction(share) * 100, places) == Fraction(percent)


def to_places(value: Fraction, places: int) -> Fraction:
    """`value` rounded half up to `places` decimal places: 66.666… to 1 is 66.7."""
    with localcontext() as context:
        context.prec = 2 * MAX_DIGITS  # room for every digit a number is read with
        shown = Decimal(value.numerator) / Decimal(value.denominator)
        return Fraction(shown.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def _part_share(words: Sequence[str], index: int) -> tuple[str, int] | None:
    """The percentage that a share of a whole in halves or quarters, at `index` of the
    words, is, and how many words say it: "three quarters" is ("75", 2), "a half" ("50",
    2), and "half" opening the words ("50", 1). Read so only beside a percentage: in any
    text they are as often a name or a phrase ("the Latin Quarter", "half the army")."""
    after = words[index + 1] if index + 1 < len(words) else ""
    if after in _PARTS and (count := _count(words[index])) is not None:
        return written_value(count * _PARTS[after] * 100), 2
    return ("50", 1) if index == 0 and words[index] == "half" else None


def _is_value(word: str) -> bool:
    try:
        Fraction(word)
    except (ValueError, ZeroDivisionError):
        return False
    return len(word) <= _MAX_DECIMALS + 30


# "1/5", "3/4", "2/3", "1/1000": a one-digit numerator over a denominator ("9/11" and
# "24/7" are names, "22/5/1960" a date): a terminating decimal, or "p/q" over one digit.
_SLASHED = re.compile(r"(?<![\d/.,])(\d)\s?[/\u2044]\s?(\d{1,4})(?![\d/.,])")


def slashed_fractions_as_values(text: str) -> str:
    """The text with each fraction written with a slash as `written_value` writes it."""
    return _SLASHED.sub(_slashed_value, text) if "/" in text or "\u2044" in text else text


def _slashed_value(found: re.Match[str]) -> str:
    numerator, denominator = int(found.group(1)), int(found.group(2))
    if not denominator:
        return found.group()
    written = written_value(Fraction(numerator, denominator))
    if "/" not in written:
        return written
    return written.replace("/", OVER_MARK) if denominator < 10 else found.group()


# A mark folding keeps, restored as "/" once the text is folded: "2/3" stays one word.
OVER_MARK = "zqoverqz"
_DIGIT_WORDS = {
    word: str(digit)
    for digit, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    )
} | {"oh": "0", "o": "0", "nought": "0"}


def decimal_points(words: Sequence[str]) -> list[str]:
    """Folded words with a decimal point said in words read as digits: "one point four
    billion" → "1.4 billion", "three point one four" → "3.14" (the whole part a number in
    words or digits, each decimal a digit's word)."""
    if "point" not in words:
        return list(words)
    # Imported here: `number_words` is read by this module's callers first.
    from trainer.core.answering.number_scales import SCALES
    from trainer.core.answering.number_words import normalize_numbers

    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        digits = []
        end = index + 1
        while word == "point" and end < len(words) and words[end] in _DIGIT_WORDS:
            digits.append(_DIGIT_WORDS[words[end]])
            end += 1
        whole = normalize_numbers(out[-3:]) if out else []
        if word != "point" or not digits or not whole or not whole[-1].isdecimal():
            out.append(word)
            index += 1
            continue
        # The whole part: the longest run of words before "point" that reads as one number.
        taken = next(
            size
            for size in range(min(3, len(out)), 0, -1)
            if (len(number := normalize_numbers(out[-size:])) == 1 and number[0].isdecimal())
            or size == 1
        )
        whole_part = normalize_numbers(out[-taken:])[-1]
        del out[-taken:]
        value = Fraction(f"{whole_part}.{''.join(digits)}")
        scale = SCALES.get(words[end]) if end < len(words) else None
        if scale is not None:
            value *= scale  # "one point four billion"
            end += 1
        out.append(written_value(value))
        index = end
    return out

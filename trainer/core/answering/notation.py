"""Scientific notation read as the plain number it writes: "6.022 × 10^23", "1e-9", "10⁻⁹".

A power of ten is written "10^23", "10**23", "10²³" or "10^−9" (any minus sign, "10⁻⁹"
raised); a number times one, "6.022 × 10^23", "6.022 x 10^23", "6.022*10^23" or "6.022 ·
10^23"; or in E notation, "6.022e23", "1.6E-19". Each is rewritten as its value in
plain digits, exactly ("0.000000001" for 10^−9), so that every way of writing a number
compares by its value. An "x" is a times sign only before a power of ten: "23 x 4 m"
stays as it is. A unit to the power −1 is "per" the unit: "mol^-1", "s⁻¹".

A number written with a power of ten gives its significant digits: "9.1 × 10^−31" for
"9.11 × 10^−31" is the constant rounded, as a scientist quotes it (`rounded_values`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal, localcontext
from fractions import Fraction

from trainer.core.answering.normalise import fold

_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_MINUS = "-−–⁻"
# A sign before an exponent, as a class: the hyphen escaped, or "+-−" would be a range
# of characters ("0e:0" read as a power).
_SIGN = r"[+\-−–⁻]"
_EXPONENT = (
    r"(?:\s*(?:\^|\*\*)\s*\(?(?P<exponent>" + _SIGN + r"?\s?\d{1,3})\)?"
    r"|(?P<raised>[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
)
_MANTISSA = r"(?P<mantissa>\d+(?:\.\d+)?)"
_TEN = "(?P<ten>10)"
_TIMES = r"\s*(?:[x×*·✕]|times)\s*"
# The largest power of ten rewritten: past it the digits are more than grading reads
# as a number (`number_words.MAX_DIGITS`), and no quantity taught is that large.
_LARGEST_POWER = 60
_AFTER_POWER = r"(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
# "6.022 × 10^23", "6.022e23", "10^−9": each read in turn, the one with a mantissa first.
_POWERS = (
    re.compile(rf"(?<![\w.,]){_MANTISSA}{_TIMES}10{_EXPONENT}{_AFTER_POWER}"),
    re.compile(rf"(?<![\w.,^]){_MANTISSA}[eE](?P<exponent>{_SIGN}?\d{{1,3}})(?![\w.])"),
    re.compile(rf"(?<![\w.,^×*]){_TEN}{_EXPONENT}{_AFTER_POWER}"),
)
_QUICK = re.compile(r"\d\s*(?:\^|\*\*)|\d[⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹]|\d[eE][+\-−]?\d")
# A whole number to a whole power, "2^10", "3**4" or raised, "2¹⁰", "5³": its value
# ("1024"), as a power of ten is read. Raised digits after a number are its power, never
# more of its digits ("2¹⁰" is no 210, as NFKC would make it); a raised sign after them is
# a charge's ("4²⁻" of "SO4²⁻", after a letter all the same).
_INTEGER_POWER = re.compile(
    r"(?<![\w.,^×*])(?P<base>\d{1,4})(?:\s*(?:\^|\*\*)\s*\(?(?P<power>\d{1,3})\)?(?![\w.,^])"
    r"|(?P<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\w.,^⁺⁻]))"
)
# A unit to the power −1 after its symbol or name: "mol^-1", "s⁻¹", "kg^(-1)".
_PER_UNIT = re.compile(
    r"(?<![\w^])(?P<unit>[^\W\d_]+)(?:\s*(?:\^|\*\*)\s*\(?[-−]1\)?|⁻¹)(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
)
# Symbols of units that are read as units only beside a number, and here beside a power.
_SYMBOLS_PER = {"s": "second", "m": "metre", "K": "kelvin", "h": "hour", "g": "gram"}
_SYMBOLS_PER |= {"l": "litre", "L": "litre"}


def powers_as_plain(text: str) -> str:
    """The text with each number in scientific notation as its value in plain digits,
    and a unit to the power −1 as "per" the unit."""
    if _QUICK.search(text) is not None:
        for power in _POWERS:
            text = power.sub(_plain, text)
        text = _INTEGER_POWER.sub(_integer_power, text)
    return _PER_UNIT.sub(_per_unit, text) if "-1" in text or "⁻¹" in text else text


def integer_powers(text: str) -> list[tuple[str, str]]:
    """Each whole number to a whole power written in `text` ("2^10"), as its base and
    power."""
    return [(found["base"], _power_of(found)) for found in _INTEGER_POWER.finditer(text)]


def _power_of(found: re.Match[str]) -> str:
    """The power as ASCII digits, however written ("^10", "¹⁰")."""
    return found["power"] or found["raised"].translate(_RAISED)


def _integer_power(found: re.Match[str]) -> str:
    base, power = int(found["base"]), int(_power_of(found))
    if base > 1 and power * math.log10(base) > _LARGEST_POWER:
        return found.group()
    return str(base**power)


def _plain(found: re.Match[str]) -> str:
    value = _value(found)
    if value is None:
        return found.group()
    return format(value, "f")


def _value(found: re.Match[str]) -> Decimal | None:
    groups = found.groupdict()
    mantissa = Decimal(groups.get("mantissa") or "1")
    written = groups.get("exponent") or groups.get("raised") or "0"
    exponent = int(written.translate(_RAISED).replace(" ", "").translate(_ASCII_MINUS))
    if abs(exponent) > _LARGEST_POWER:
        return None
    return mantissa.scaleb(exponent)


_ASCII_MINUS = str.maketrans({sign: "-" for sign in _MINUS})


def _per_unit(found: re.Match[str]) -> str:
    # Imported here: `units` reads numbers through this module's callers.
    from trainer.core.answering.units import is_unit_word

    unit = found.group("unit")
    if unit[:1].isupper() and len(unit) == 2 and unit[1].islower() and unit != "Pa":
        return found.group()  # "Cl^-1", "Mg^-1": an ion's charge, however oddly written
    if unit in _SYMBOLS_PER:
        return f"per {_SYMBOLS_PER[unit]}"
    return f"per {unit}" if is_unit_word(fold(unit)) else found.group()


def rounded_values(text: str) -> list[tuple[Fraction, int]]:
    """Each number the text writes with a power of ten, by value and by how many
    significant digits it gives: "9.11 × 10^−31" → (9.11e-31, 3)."""
    found: list[tuple[Fraction, int]] = []
    matches = [match for power in _POWERS[:2] for match in power.finditer(text)]
    for match in matches:
        value = _value(match)
        if value is None:
            continue
        digits = match.group("mantissa").replace(".", "").lstrip("0")
        before = text[: match.start()].rstrip()[-1:]
        negative = bool(before) and before in _MINUS
        found.append((-Fraction(value) if negative else Fraction(value), len(digits)))
    return found


def rounds_to(exact: Fraction, typed: Fraction, digits: int) -> bool:
    """Whether `typed` is `exact` (given to `digits` significant digits) rounded to fewer
    of them, at least two: 6.02 × 10^23 for 6.022 × 10^23, not 6 × 10^23."""
    if exact == 0 or typed == exact or (exact < 0) != (typed < 0):
        return False
    with localcontext() as context:
        context.prec = _PRECISION  # every digit of the longest number read
        shown = Decimal(typed.numerator) / Decimal(typed.denominator)
        if len(shown.normalize().as_tuple().digits) < _LEAST_KEPT:
            return False  # "6 × 10^23" says less than a rounding does
        written = Decimal(exact.numerator) / Decimal(exact.denominator)
        top = written.adjusted()
        for kept in range(_LEAST_KEPT, digits):
            step = Decimal(1).scaleb(top - kept + 1)
            if Fraction(written.quantize(step)) == typed:
                return True
    return False


def refines(given: Fraction, typed: Fraction, digits: int) -> bool:
    """Whether `typed` gives more significant digits than `given` (written to `digits`)
    and rounds to it: 2.99792458 × 10^8 for "3.00 × 10^8", 6.6261 × 10^−34 for 6.63 ×
    10^−34; not 3.4 × 10^8 for "3 × 10^8", which gives a single digit."""
    if given == 0 or typed == given or digits < _LEAST_KEPT or (given < 0) != (typed < 0):
        return False
    with localcontext() as context:
        context.prec = _PRECISION
        shown = Decimal(typed.numerator) / Decimal(typed.denominator)
        if len(shown.normalize().as_tuple().digits) <= digits:
            return False
        step = Decimal(1).scaleb(shown.adjusted() - digits + 1)
        return Fraction(shown.quantize(step)) == given


_PRECISION = 250


# Significant digits a rounded constant keeps: "6 × 10^23" is more than a rounding.
_LEAST_KEPT = 2


def constants_lined_up(
    expected: str, want: Sequence[str], got: Sequence[str]
) -> tuple[list[str], bool]:
    """The typed words with each number that rounds one the answer writes with a power of
    ten ("602000000000000000000000" for 6.022 × 10^23, typed "6.02 × 10^23"), or gives
    it to more digits ("2.99792458 × 10^8" for 3.00 × 10^8), written as the answer's;
    other words as they are. And whether a number was rounded to fewer digits: a slip,
    where more digits are only more right."""
    rounded = [(abs(value), digits) for value, digits in rounded_values(expected)]
    fewer = False
    if not rounded:
        return list(got), fewer
    written = {_number(word): word for word in want if _number(word) is not None}
    out = list(got)
    for index, word in enumerate(got):
        typed = _number(word)
        if typed is None or typed in written:
            continue
        for value, digits in rounded:
            coarser = rounds_to(value, typed, digits)
            if value in written and (coarser or refines(value, typed, digits)):
                out[index], fewer = written[value], fewer or coarser
                break
    return out, fewer


def _number(word: str) -> Fraction | None:
    if not word[:1].isdecimal() or len(word) > _LONGEST_NUMBER:
        return None
    try:
        return Fraction(word)
    except (ValueError, ZeroDivisionError):
        return None


# Characters past which a word is not read as a number (`number_words.MAX_DIGITS`).
_LONGEST_NUMBER = 100

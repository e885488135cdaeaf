"""The one reader of SI unit expressions: which units a text is made of, and what they measure.

Physics writes units every way: spaced or with dots ("kg·m²·s⁻²"), with slashes and
brackets ("kg/(m s²)", "J/(mol K)"), with powers after a caret, in superscript or run on
("kg m2 s-2"), with prefixes ("μF", "kPa", "MeV") and in words ("kilogram metres squared
per second squared"). Grading compares a typed answer's units with the answer's
(`answering.unit_expressions`); generation tells what a value measures so that options of
another quantity are never offered (`si_dimension`, used by `generate.measure_kinds`).
Both read here: a text is read once into a map of unit to power, and the units into their
dimension in the SI base quantities (mass M, length L, time T, current I, temperature Θ,
amount N, luminous intensity J).

Symbols are read as written, case and all ("K" is the kelvin, "k" no unit; "T" the tesla,
"C" the coulomb); names in any case. A prefix is read only where the whole is no symbol,
so "m" is the metre, "min" the minute, "mol" the mole, "cd" the candela and "Pa" the
pascal, while "mm", "μs", "kPa" and "MeV" are prefixed; "pH" is no picohenry.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.answering.unit_table import unit_names_and_symbols

# Dimensions as exponents of the SI base quantities, in this order.
BASES = ("M", "L", "T", "I", "Θ", "N", "J")
Dimension = tuple[int, ...]
UnitPowers = tuple[tuple[str, int], ...]


def _dimension_of(written: str) -> Dimension:
    powers = {base[0]: int(base[1:] or 1) for base in written.split()}
    return tuple(powers.get(base, 0) for base in BASES)


# Each unit's symbols as written, by the dimension they share; a litre is "L" (or "l").
_UNITS_BY_DIMENSION = (
    ("g", "M"), ("m", "L"), ("s min h", "T"), ("A", "I"), ("K", "Θ"), ("mol", "N"),
    ("cd", "J"), ("L l", "L3"), ("Hz", "T-1"), ("N", "M L T-2"), ("J eV", "M L2 T-2"),
    ("W", "M L2 T-3"), ("Pa atm bar", "M L-1 T-2"), ("C", "T I"), ("V", "M L2 T-3 I-1"),
    ("Ω", "M L2 T-3 I-2"), ("F", "M-1 L-2 T4 I2"), ("H", "M L2 T-2 I-2"),
    ("Wb", "M L2 T-2 I-1"), ("T", "M T-2 I-1"),
)  # fmt: skip
_DIMENSIONS = {
    unit: _dimension_of(dimension)
    for units, dimension in _UNITS_BY_DIMENSION
    for unit in units.split()
}
# Units written with no prefix: an hour, a minute and an atmosphere are not SI units.
_NEVER_PREFIXED = frozenset({"min", "h", "atm"})
# SI prefixes by symbol (the micro sign and the Greek mu alike) and by name.
_PREFIXES = {
    "f": "f", "p": "p", "n": "n", "μ": "μ", "µ": "μ", "m": "m", "c": "c", "d": "d",
    "h": "h", "k": "k", "M": "M", "G": "G", "T": "T",
}  # fmt: skip
_PREFIX_NAMES = {
    "femto": "f", "pico": "p", "nano": "n", "micro": "μ", "milli": "m", "centi": "c",
    "deci": "d", "hecto": "h", "kilo": "k", "mega": "M", "giga": "G", "tera": "T",
}  # fmt: skip
# Prefixed symbols that are read otherwise: the acidity, a television.
_NOT_PREFIXED = frozenset({"pH", "TV"})
# Names → the symbol: the SI units' names as grading's table spells them (`unit_table`,
# singular and plural, "metre" and "meter"), and the others read here.
_NAMES = {
    name: "L" if symbols == ("l", "L") else symbols[0]
    for name, symbols in unit_names_and_symbols().items()
    if symbols[-1] in _DIMENSIONS
} | {
    "kelvin": "K", "kelvins": "K", "candela": "cd", "candelas": "cd", "tesla": "T",
    "teslas": "T", "hour": "h", "hours": "h", "minute": "min", "minutes": "min",
    "farad": "F", "farads": "F", "henry": "H", "henries": "H", "henrys": "H",
    "weber": "Wb", "webers": "Wb", "atmosphere": "atm", "atmospheres": "atm",
    "bar": "bar", "bars": "bar",
}  # fmt: skip
# Raised digits and minus as plain ones: "m²" is read as "m2", "s⁻¹" as "s-1".
PLAIN_POWERS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
_SEPARATORS = re.compile(r"[·⋅∙]|(?<!\*)\*(?!\*)")
_PER = re.compile(r"\bper\b", re.IGNORECASE)
# One piece of an expression: a bracket, a slash, or a unit with its power ("kg", "m^2",
# "s^-2", "s-2", "m2", "s^(-2)"); the bracket closing "(m s^2)" is no power's.
_TOKEN = re.compile(r"\s*(\(|\)|/|(?P<unit>[^\W\d_]+)(?:\^?(?P<power>-?\d+|\(-?\d+\)))?)\s*")
_POWER_AFTER = {"squared": 2, "cubed": 3}
_POWER_BEFORE = {"square": 2, "cubic": 3}
# A number as a measure writes it: a sign, thousands commas, a decimal part and a power of
# ten ("6.022 × 10²³", "1.6e-19", "3 x 10^8"), after an optional hedge.
_NUMBER = re.compile(
    r"\s*(?:(?:about|approximately|roughly|exactly|nearly|≈|~)\s+)?[−-]?\d[\d,]*(?:\.\d+)?"
    r"(?:\s*[×x]\s*10(?:\^\(?[−-]?\d+\)?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|e[−-]?\d+)?\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 12)
def unit_powers(text: str, *, chained_slashes: bool = True) -> UnitPowers | None:
    """The units `text` is made of, each symbol with its power, sorted; None when `text` is
    not units alone ("kg m^2 s^-2" → (("kg", 1), ("m", 2), ("s", -2))). A slash divides by
    all after it in its bracket; a second one there ("J/mol/K") divides again, or makes the
    text unread when not `chained_slashes` (the SI brochure calls it ambiguous)."""
    # Accents are no part of a unit, as grading folds them everywhere else: "henrý" (an
    # accent of its own or a letter's) is the henry, and a mark alone splits no unit.
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize(
            "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
        )
    text = _PER.sub(" / ", _SEPARATORS.sub(" ", text.translate(PLAIN_POWERS)))
    tokens = _tokens(text.replace("**", "^"))
    if not tokens:
        return None
    return _multiplied(tokens, chained_slashes)


def _tokens(text: str) -> list[re.Match[str]] | None:
    tokens: list[re.Match[str]] = []
    at = 0
    while at < len(text):
        found = _TOKEN.match(text, at)
        if found is None or found.end() == at:
            return None
        tokens.append(found)
        at = found.end()
    return tokens


def _multiplied(tokens: list[re.Match[str]], chained_slashes: bool) -> UnitPowers | None:
    """Multiply the tokens out, bracket by bracket. A slash or a bracket's end must follow
    a unit, and a slash come before one: "per mole" and "kg/" are no units alone."""
    outer: list[tuple[Counter[str], int]] = []
    powers: Counter[str] = Counter()
    sign, before, read, factors = 1, 1, 0, 0  # factors: units or brackets since a slash
    last: tuple[str, int] | None = None  # the last unit read and the power it was given
    for token in tokens:
        piece, word = token.group(1), (token.group("unit") or "").casefold()
        if piece == "(":
            outer.append((powers, sign))
            powers, sign, factors, last = Counter(), 1, 0, None
        elif piece in (")", "/") and not factors:
            return None
        elif piece == ")":
            if not outer:
                return None
            inner = powers
            powers, sign = outer.pop()
            for unit, power in inner.items():
                powers[unit] += sign * power
            factors, last = 1, None
        elif piece == "/":
            if sign < 0 and not chained_slashes:
                return None
            sign, factors, last = -1, 0, None
        elif token.group("power") is None and word in _POWER_BEFORE:
            before = _POWER_BEFORE[word]
        elif token.group("power") is None and word in _POWER_AFTER and last is not None:
            powers[last[0]] += last[1] * (_POWER_AFTER[word] - 1)
            last = None
        else:
            symbol = symbol_of(token.group("unit"))
            if symbol is None:
                return None
            power = sign * before * int((token.group("power") or "1").strip("()"))
            powers[symbol] += power
            before, last, read, factors = 1, (symbol, power), read + 1, factors + 1
    if outer or not read or not factors:
        return None
    return tuple(sorted((unit, power) for unit, power in powers.items() if power))


@lru_cache(maxsize=1 << 10)
def symbol_of(written: str) -> str | None:
    """The symbol a unit written so stands for, prefix and all: "kPa" and "kilopascals" →
    "kPa", "µF" → "μF", "ml" → "mL", "m" → "m"; None for no unit ("Js", "pH")."""
    if written in _DIMENSIONS:
        return "L" if written == "l" else written
    if written in _NOT_PREFIXED:
        return None
    prefix, unit = _PREFIXES.get(written[:1]), written[1:]
    if prefix is not None and unit in _DIMENSIONS and unit not in _NEVER_PREFIXED:
        return prefix + ("L" if unit == "l" else unit)
    folded = fold(written)
    if (named := _NAMES.get(folded) or _NAMES.get(folded.removesuffix("s"))) is not None:
        return named
    for name, letter in _PREFIX_NAMES.items():
        rest = folded.removeprefix(name)
        named = _NAMES.get(rest) or _NAMES.get(rest.removesuffix("s"))
        if rest != folded and named is not None and named not in _NEVER_PREFIXED:
            return letter + named
    return None


def dimension(powers: UnitPowers) -> Dimension:
    """What units measure, in the base quantities: "N m" and "kg m^2 s^-2" alike."""
    total = [0] * len(BASES)
    for unit, power in powers:
        base = _DIMENSIONS[unit] if unit in _DIMENSIONS else _DIMENSIONS[unit[1:]]
        total = [sum_ + power * part for sum_, part in zip(total, base, strict=True)]
    return tuple(total)


@lru_cache(maxsize=1 << 12)
def si_dimension(value: str) -> str | None:
    """The dimension a number written with SI units measures ("dimension M1 L2 T-2 Θ-1"
    for "1.381 × 10⁻²³ J/K"); None when `value` is not a number followed by nothing but
    units, powers, slashes and brackets, or divides twice ("8.314 J/mol/K")."""
    number = _NUMBER.match(value)
    if number is None:
        return None
    powers = unit_powers(value[number.end() :].strip(), chained_slashes=False)
    if powers is None:
        return None
    named = " ".join(
        f"{base}{power}" for base, power in zip(BASES, dimension(powers), strict=True) if power
    )
    return f"dimension {named or 'none'}"

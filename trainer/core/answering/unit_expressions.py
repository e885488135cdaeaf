"""Units written as a product of powers ("kg m^2 s^-2", "kg/(m s²)", "J s"): one answer.

A physics answer in SI base units is a product of units, each to a power, and learners
write it every way: spaced or with dots ("kg·m²·s⁻²"), with a slash ("kg m²/s²",
"kg/(m s^2)"), with powers after a caret, in superscript or run on ("kg m2 s-2"), in
words ("kilogram metres squared per second squared"). Word by word, "kg s^-2 A" passed
for "kg s^-2 A^-1" (the power lost), "6.63 × 10^-34 J" for "… J s" (a unit lost), and
every slash was read as a number. Here each side is read as a map of unit to power, and
two answers are the same units exactly when their maps are equal, and measure the same
quantity when their dimensions are (mass, length, time …). Units are read by their
symbols as written (K is kelvin, k no unit) or their names. A derived unit measures
what its base units do, but is not them: "N m" for "kg m^2 s^-2" is close, the question
having asked for base units.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.unit_table import unit_names_and_symbols

# Symbols as written.
_SYMBOLS = frozenset(
    "kg g mg m km cm mm nm s A mA K mol cd N kN J kJ W kW Pa kPa C V Ω T Hz eV L h min".split()  # noqa: SIM905
)
# Names → the symbol: the SI units' names as grading's table spells them (`unit_table`,
# singular and plural, "metre" and "meter"), and those it keeps elsewhere.
_NAMES = {
    name: "L" if symbols == ("l", "L") else symbols[0]
    for name, symbols in unit_names_and_symbols().items()
    if symbols[-1] in _SYMBOLS
} | {
    "kilogram": "kg", "kilometre": "km", "kilometer": "km", "kelvin": "K",
    "candela": "cd", "tesla": "T", "hour": "h", "minute": "min",
}  # fmt: skip
# Each unit's dimension in the base quantities (mass M, length L, time T, current I,
# temperature Θ, amount N, luminous intensity J), by the units that share it.
_UNITS_BY_DIMENSION = (
    ("kg g mg", "M"), ("m km cm mm nm", "L"), ("s h min", "T"), ("A mA", "I"),
    ("K", "Θ"), ("mol", "N"), ("cd", "J"), ("L", "L3"), ("Hz", "T-1"),
    ("N kN", "M L T-2"), ("J kJ eV", "M L2 T-2"), ("W kW", "M L2 T-3"),
    ("Pa kPa", "M L-1 T-2"), ("C", "T I"), ("V", "M L2 T-3 I-1"), ("Ω", "M L2 T-3 I-2"),
    ("T", "M T-2 I-1"),
)  # fmt: skip
_DIMENSIONS = {
    unit: tuple((base[0], int(base[1:] or 1)) for base in dimension.split())
    for units, dimension in _UNITS_BY_DIMENSION
    for unit in units.split()
}
# Raised digits and minus as plain ones: "m²" is read as "m2", "s⁻¹" as "s-1".
PLAIN_POWERS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# A unit and its power: "kg", "m^2", "s^-2", "s-2", "m2", "s**-2", "s^(-2)", "m²".
_POWERED = re.compile(r"(?P<unit>[^\W\d_]+)(?:\^|\*\*)?\(?(?P<power>[-−]?\d)?\)?")
# The number an amount opens with: "6.63 × 10^-34", "6.63e-34", "3.00 x 10^8", "9.81".
_NUMBER = re.compile(
    r"\s*[-−]?\d[\d,]*(?:\.\d+)?(?:\s*[×x*]\s*10\s*(?:\^|\*\*)?\s*[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+"
    r"|[eE][-−]?\d+)?\s*"
)
_SEPARATORS = re.compile(r"[·⋅∙]|(?<!\*)\*(?!\*)")
_POWER_WORDS = {"squared": 2, "cubed": 3}
_POWER_BEFORE = {"square": 2, "cubic": 3}


@lru_cache(maxsize=1 << 12)
def unit_powers(text: str) -> tuple[tuple[str, int], ...] | None:
    """The units `text` is made of, each with its power, sorted; None when `text` is not
    units alone ("kg m^2 s^-2" → (("kg", 1), ("m", 2), ("s", -2)))."""
    text = _SEPARATORS.sub(" ", text.translate(PLAIN_POWERS)).replace("−", "-")
    text = re.sub(r"\bper\b", "/", text, flags=re.IGNORECASE)
    powers: Counter[str] = Counter()
    for place, part in enumerate(text.split("/")):
        sign = 1 if place == 0 else -1
        read = _part(part.strip().strip("()").strip())
        if read is None:
            return None
        for unit, power in read.items():
            powers[unit] += sign * power
    if not powers:
        return None
    return tuple(sorted((unit, power) for unit, power in powers.items() if power))


def _part(part: str) -> Counter[str] | None:
    """The units of a product with no slash, and their powers."""
    powers: Counter[str] = Counter()
    before = 1
    last: str | None = None
    for word in part.split():
        folded = word.casefold()
        if folded in _POWER_BEFORE:
            before = _POWER_BEFORE[folded]
            continue
        if folded in _POWER_WORDS and last is not None:
            powers[last] += _POWER_WORDS[folded] - 1
            continue
        found = _POWERED.fullmatch(word)
        if found is None:
            return None
        unit = _unit(found.group("unit"))
        if unit is None:
            return None
        power = int(found.group("power").replace("−", "-")) if found.group("power") else 1
        powers[unit] += power * before
        before, last = 1, unit
    return powers if powers else None


def _unit(written: str) -> str | None:
    if written in _SYMBOLS:
        return written
    folded = written.casefold()
    return _NAMES.get(folded) or _NAMES.get(folded.removesuffix("s"))


def _compound(powers: tuple[tuple[str, int], ...]) -> bool:
    """More than one unit, or one to a power: what only a unit expression writes."""
    return len(powers) > 1 or any(power != 1 for _, power in powers)


def _dimension(powers: tuple[tuple[str, int], ...]) -> dict[str, int]:
    """What units measure, in the base quantities: "N m" and "kg m^2 s^-2" alike."""
    total: Counter[str] = Counter()
    for unit, power in powers:
        for base, times in _DIMENSIONS[unit]:
            total[base] += times * power
    return {base: power for base, power in total.items() if power}


def unit_expression_match(expected: str, typed: str) -> TextMatch | None:
    """The verdict on `typed` where the answer is units alone, or an amount in units of
    several factors, and `typed` is written so too: wrong when they measure another
    quantity; for units alone, right when they are the same units and close when other
    units of the same quantity ("N m" asked for base units); None otherwise, an amount's
    number and its units' conversion left to the rest of grading."""
    want_number, want_units = _split(expected)
    typed_number, typed_units = _split(typed)
    if bool(want_number) != bool(typed_number):
        return None
    want, got = unit_powers(want_units), unit_powers(typed_units)
    if want is None or got is None or not _compound(want):
        return None
    if _dimension(want) != _dimension(got):
        if want_number and not _one_holds_the_other(want, got):
            return None  # "9.81 kg" for "9.81 m/s²": what it measures is said elsewhere
        return TextMatch(False, False, _units_told(want, got), 0.3, decisive=True)
    if want_number:
        return None
    if want != got:
        return TextMatch(False, False, "other units of the same quantity", 0.8)
    return TextMatch(True, False, "the same units", 1.0)


def _one_holds_the_other(
    want: tuple[tuple[str, int], ...], got: tuple[tuple[str, int], ...]
) -> bool:
    """Whether one side's units are all among the other's: a unit lost or added."""
    mine, theirs = {unit for unit, _ in want}, {unit for unit, _ in got}
    return mine <= theirs or theirs <= mine


def _units_told(want: tuple[tuple[str, int], ...], got: tuple[tuple[str, int], ...]) -> str:
    """Why typed units are not the answer's: a unit left out or added, else another power."""
    mine, theirs = {unit for unit, _ in want}, {unit for unit, _ in got}
    if lost := sorted(mine - theirs):
        return f"'{' '.join(lost)}' left out of the units: another quantity"
    if added := sorted(theirs - mine):
        return f"'{' '.join(added)}' added to the units: another quantity"
    return "a unit to another power: another quantity"


def _split(text: str) -> tuple[str, str]:
    """An amount's number and its units ("6.63 × 10^-34", "J s"); no number for units alone."""
    found = _NUMBER.match(text)
    if found is None or found.end() == 0:
        return "", text.strip()
    return text[: found.end()].strip(), text[found.end() :].strip()

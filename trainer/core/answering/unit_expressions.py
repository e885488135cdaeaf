"""Units written as a product of powers ("kg m^2 s^-2", "kg/(m s²)", "J s"): one answer.

A physics answer in SI base units is a product of units, each to a power, and learners
write it every way: spaced or with dots ("kg·m²·s⁻²"), with a slash ("kg m²/s²",
"kg/(m s^2)"), with powers after a caret, in superscript or run on ("kg m2 s-2"), in
words ("kilogram metres squared per second squared"). Word by word, "kg s^-2 A" passed
for "kg s^-2 A^-1" (the power lost), "6.63 × 10^-34 J" for "… J s" (a unit lost), and
every slash was read as a number. Here each side is read as a map of unit to power, and
two answers are the same units exactly when their maps are equal, and measure the same
quantity when their dimensions are (mass, length, time …), both read by the one reader
of SI units (`core.si_units`: symbols as written, K is kelvin and k no unit, prefixes as
in "kPa" and "μF", or names). A derived unit measures
what its base units do, but is not them: "N m" for "kg m^2 s^-2" is close, the question
having asked for base units.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from trainer.core.answering.designations import both_designations
from trainer.core.answering.text_matches import TextMatch
from trainer.core.si_units import UnitPowers, dimension, unit_powers

# The number an amount opens with: "6.63 × 10^-34", "6.63e-34", "3.00 x 10^8", "9.81".
_NUMBER = re.compile(
    r"\s*[-−]?\d[\d,]*(?:\.\d+)?(?:\s*[×x*]\s*10\s*(?:\^|\*\*)?\s*[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+"
    r"|[eE][-−]?\d+)?\s*"
)


def _compound(powers: UnitPowers) -> bool:
    """More than one unit, or one to a power: what only a unit expression writes."""
    return len(powers) > 1 or any(power != 1 for _, power in powers)


def unit_expression_match(
    expected: str, typed: str, asked: Collection[str] = ()
) -> TextMatch | None:
    """The verdict on `typed` where the answer is units alone, or an amount in units of
    several factors, and `typed` is written so too: wrong when they measure another
    quantity; for units alone, right when they are the same units and close when other
    units of the same quantity ("N m" asked for base units); None otherwise, an amount's
    number and its units' conversion left to the rest of grading, as is a unit left out
    that a word of the question (`asked`) names: given by it."""
    want_number, want_units = _split(expected)
    typed_number, typed_units = _split(typed)
    if bool(want_number) != bool(typed_number):
        return None
    if not want_number and both_designations(want_units, typed_units):
        return None  # "F16" for "F-16": a fighter, not the farad to a power
    want, got = unit_powers(want_units), unit_powers(typed_units)
    if want is None or got is None or not _compound(want):
        return None
    if want != got and _letters_alike(want_units, typed_units):
        # "Mm²" for "mm²", "h2" for "H2", "ǵ H" for "g h": a symbol's case is judged
        # elsewhere, and an accent never changes a verdict.
        return None
    if dimension(want) != dimension(got):
        if want_number and not _one_holds_the_other(want, got):
            return None  # "9.81 kg" for "9.81 m/s²": what it measures is said elsewhere
        if _lost_units(want, got) <= _units_named(asked):
            return None  # "g" for "H g", asked about the henry: the rest of grading tells
        return TextMatch(False, False, _units_told(want, got), 0.3, decisive=True)
    if want_number:
        return None
    if want != got:
        return TextMatch(False, False, "other units of the same quantity", 0.8)
    return TextMatch(True, False, "the same units", 1.0)


def _letters_alike(one: str, other: str) -> bool:
    """Whether two texts differ only in their letters' case and accents."""
    return _unaccented(one).casefold() == _unaccented(other).casefold()


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


def _one_holds_the_other(want: UnitPowers, got: UnitPowers) -> bool:
    """Whether one side's units are all among the other's: a unit lost or added."""
    mine, theirs = {unit for unit, _ in want}, {unit for unit, _ in got}
    return mine <= theirs or theirs <= mine


def _lost_units(want: UnitPowers, got: UnitPowers) -> set[str]:
    return {unit for unit, _ in want} - {unit for unit, _ in got} or {""}


def _units_named(words: Collection[str]) -> set[str]:
    return {unit for word in words if (read := unit_powers(word)) for unit, _ in read}


def _units_told(want: UnitPowers, got: UnitPowers) -> str:
    """Why typed units are not the answer's: a unit left out or added, else another power."""
    mine, theirs = {unit for unit, _ in want}, {unit for unit, _ in got}
    if lost := sorted(mine - theirs):
        return f"'{' '.join(lost)}' left out of the units: another quantity"
    if added := sorted(theirs - mine):
        return f"'{' '.join(added)}' added to the units: another quantity"
    return "a unit to another power: another quantity"


# What a sentence wraps an answer in, never part of its units: quotes, a closing stop,
# an opening question mark ("¿kg m²?", "\"J s.\"").
_WRAPPING = " \t\"'“”‘’«»¿¡.!?…"


def _unwrapped(text: str) -> str:
    """`text` without a sentence's wrapping, and a bracket at either end that closes or
    opens nothing ("(kg m" is "kg m"), so that punctuation never changes what it says."""
    text = text.strip(_WRAPPING)
    if text.startswith("(") and ")" not in text:
        text = text[1:].strip(_WRAPPING)
    if text.endswith(")") and "(" not in text:
        text = text[:-1].strip(_WRAPPING)
    return text


def _split(text: str) -> tuple[str, str]:
    """An amount's number and its units ("6.63 × 10^-34", "J s"); no number for units alone."""
    text = _unwrapped(text)
    found = _NUMBER.match(text)
    if found is None or found.end() == 0:
        return "", text.strip()
    return text[: found.end()].strip(), text[found.end() :].strip()

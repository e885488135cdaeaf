"""Units per another written one way, however science writes them: "mol dm⁻³", "g mol-1", "M".

A concentration is written "mol/dm³", "mol dm^-3", "mol dm⁻³", "mol·dm-3", "mol/L",
"mol L-1" or "M" (molar: "2 M", "5 mM", "10 µM"), a molar mass "g/mol", "g mol⁻¹" or
"g mol-1", and every other unit per another the same ways ("kJ mol-1", "g cm^-3").
Word by word, "dm^-3" was read as a length and the number −3, and "mol-1" as a mole and
a one. Each is rewritten before the answer is split into words as "<unit> per <unit>"
(a volume's power as `units.units_apart` reads it: "dm³" is litres), so that every
notation of one unit is one answer. "M" alone after a number is as often millions ("$5M")
as molar: `kind_readings` reads it beside a concentration only.
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.unit_table import CASED_SYMBOLS, KINDS

# Symbols that fold to no unit word of their own (one letter, or read only as written),
# as the word each is rewritten to: "s" is no word after folding, "sec" is.
_SYMBOL_WORDS = {"s": "sec", "h": "hour", "g": "g", "K": "kelvin", "J": "joule", "N": "newton"}
_SYMBOL_WORDS |= {"W": "watt", "V": "volt", "A": "ampere", "C": "coulomb", "Pa": "pascal"}
_SYMBOL_WORDS |= {"L": "litre", "l": "litre", "m": "metre"}
_UNIT_WORDS = frozenset(
    word for units in KINDS.values() for words in units.values() for word in words
)
# A letter of a unit's symbol: not a raised digit, which Python counts a letter too.
_LETTERS = r"[^\W\d_¹²³⁰⁴⁵⁶⁷⁸⁹]"
_RAISED = {"1": "", "¹": "", "2": "²", "²": "²", "3": "³", "³": "³"}
# A unit to a negative power after another unit: "dm^-3", "dm⁻³", "mol-1", "L^(-1)".
_NEGATIVE_POWER = re.compile(
    rf"(?<=[^\W_]|\))(?P<apart>\s*[·⋅*]\s*|\s+)(?P<unit>{_LETTERS}+)"
    r"\s?(?:\^|\*\*)?\s?\(?[-−–⁻]\s?(?P<power>[123¹²³])\)?(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹]|[^\W_])"
)
_QUICK_NEGATIVE = re.compile(r"[-−–⁻]\s?[123¹²³]")
# What stands before a unit to a power: another unit, maybe itself to a power ("mol
# dm^-3 s^-1").
_UNIT_BEFORE = re.compile(
    rf"(?P<unit>{_LETTERS}+)(?:\s?(?:\^|\*\*)?\s?\(?[-−–⁻]?\s?[123¹²³]\)?)?\s*[·⋅*]?\s*$"
)
# A slash between units ("mol/dm³", "g/mol", "kJ/g", "mg/dL"): "per". Not before a
# time, whose speeds ("km/h") and rates ("mL/min") `units` reads as they are.
_SLASH = re.compile(
    rf"(?P<head>(?P<left>{_LETTERS}+)(?:\^?[23]|[²³])?)\s?/\s?"
    rf"(?=(?P<right>{_LETTERS}+)(?:\^?[23]|[²³])?(?![^\W_]))"
)
_TIMES = frozenset({"s", "sec", "min", "h", "hr", "hour", "day", "d", "wk", "week", "yr", "year"})
# Molar with an SI prefix, after a number: "5 mM", "10 µM" (bare "M" is read in context).
_MOLAR_SYMBOL = re.compile(r"(?<=\d)\s?(?P<prefix>[mµμun])M(?![^\W_])")
# Molar in words after a number: "2 molar", "5 millimolar"; not "18 molar mass".
_MOLAR_WORD = re.compile(
    r"(?<=\d)\s?(?P<prefix>milli|micro|nano)?molar(?![^\W_])"
    r"(?!\s+(?:mass|masses|volume|volumes|ratio|heat|solubility|teeth|tooth))",
    re.IGNORECASE,
)
_PREFIX_SYMBOLS = {"m": "m", "milli": "m", "µ": "µ", "μ": "µ", "u": "µ", "micro": "µ"}
_PREFIX_SYMBOLS |= {"n": "n", "nano": "n", "": ""}


def per_units_in_words(text: str) -> str:
    """The text with every unit per another written "<unit> per <unit>": "2 mol dm^-3" →
    "2 mol per dm³", "18 g mol-1" → "18 g per mol", "2 mol/L" → "2 mol per L", "5 mM"
    → "5 mmol per L"; and a force per mass as the acceleration it is: "9.81 N/kg" →
    "9.81 m/s²"."""
    if "/" in text:
        text = _SLASH.sub(_slash_as_per, text)
    if "M" in text:
        text = _MOLAR_SYMBOL.sub(_molar, text)
    if ("olar" in text or "OLAR" in text) and _MOLAR_WORD.search(text):
        text = _MOLAR_WORD.sub(_molar, text)
    if _QUICK_NEGATIVE.search(text) is not None:  # not in the common case, at a glance
        text = _NEGATIVE_POWER.sub(_per_unit, text)
    if "kg" in text or "ilogram" in text:
        text = _FORCE_PER_MASS.sub("m/s²", text)
    return text


# A force per mass is an acceleration: g is "9.81 N/kg" or "9.81 m/s²" (N is kg·m/s²).
_FORCE_PER_MASS = re.compile(
    r"(?<![^\W\d_])(?:N|[Nn]ewtons?)\s+per\s+(?:kg|[Kk]ilogram(?:me)?s?)(?![^\W_])"
)


def _slash_as_per(found: re.Match[str]) -> str:
    left, right = found.group("left"), found.group("right")
    if (
        fold(right) in _TIMES
        or len(left) + len(right) == 2  # "N/A", "w/v": no units
        or not is_unit_symbol(left)
        or not is_unit_symbol(right)
        or (" " in found.group() and not _after_a_number(found))
    ):
        return found.group()
    return f"{found.group('head')} per "


def _after_a_number(found: re.Match[str]) -> bool:
    """Whether a number stands right before the unit: "18 g / mol" is a unit per another,
    "kb / A" two words set apart, as a list's slash sets them."""
    return found.string[: found.start()].rstrip()[-1:].isdigit()


def _molar(found: re.Match[str]) -> str:
    prefix = _PREFIX_SYMBOLS[(found.group("prefix") or "").casefold().replace("μ", "µ")]
    return f" {prefix}mol per L"


def is_unit_symbol(symbol: str) -> bool:
    """Whether `symbol`, as written, is a unit's: "mol", "dm", "kJ", "s", "L"."""
    return symbol in _SYMBOL_WORDS or symbol in CASED_SYMBOLS or fold(symbol) in _UNIT_WORDS


def _per_unit(found: re.Match[str]) -> str:
    unit, power = found.group("unit"), _RAISED[found.group("power")]
    before = _UNIT_BEFORE.search(found.string, 0, found.start() + len(found.group("apart")))
    if before is None:
        # After a number, a unit of more than one letter alone: "6.02e23 mol-1" is per
        # mole, "Route 66 A-1" no ampere.
        after_number = found.string[: found.start()].rstrip()[-1:].isdigit()
        if not (after_number and len(unit) > 1 and is_unit_symbol(unit)):
            return found.group()
    elif not is_unit_symbol(before.group("unit")) or not is_unit_symbol(unit):
        return found.group()  # "Apollo 13", "pages 1-3", "F-16"
    if power and not _LENGTHS.fullmatch(unit):
        return found.group()  # a square or a cube of no length: no unit
    return f" per {_SYMBOL_WORDS.get(unit, unit)}{power}"


# Lengths whose square or cube is an area or a volume ("dm⁻³" is per litre).
_LENGTHS = re.compile(r"[kdcmµμu]?m|ft|in|yd|mi")

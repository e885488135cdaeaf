"""Speeds and accelerations in SI symbols written one way: "m/s", "m s⁻¹" and "ms-1" alike.

A physics answer writes a length per second in half a dozen ways ("m/s", "m s^-1",
"m·s⁻¹", "ms-1", "metres per second"), and an acceleration in as many ("m/s²", "m/s/s",
"m s^-2", "metres per second squared"). Word by word, "/s" was lost as a stray letter
and "second" read as an ordinal, so "100 m" passed for "100 m/s" and "9.8 m/s" for
"9.8 m/s²". Each is rewritten before the answer is split into words as its length "per
sec", then "squared" for an acceleration, which `units` reads as a speed or an
acceleration. Every other unit per another ("mol dm⁻³", "g mol-1") is written so by
`per_units`, at the same time. Any other unit per second is written "<unit> per sec"
too ("5 l/s", "5 litres a second", "2 kg s-1"): read as an ordinal, "second" was the
number 2, and "5 kg" passed for "5 kg/s" while "5 litres per second" was refused for
"5 l/s".
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.per_units import per_units_in_words
from trainer.core.answering.unit_table import CASED_SYMBOLS, KINDS

# Symbols of the lengths a rate per second is written with, and the word each is read as.
_LENGTHS = {"km": "km", "m": "metres", "cm": "cm", "mm": "mm"}
_LENGTH = r"(km|cm|mm|m)"
_DASH = r"[-−–⁻]"
# Per second once: "/s", "/sec", " s^-1", "s-1", "·s⁻¹", "s**-1".
_PER_SECOND = rf"(?:\s?/\s?sec|\s?/\s?s|[\s·⋅*]?\s?s\s?(?:\^|\*\*)?\s?{_DASH}\s?[1¹])"
# Per second squared: "/s²", "/s^2", "/s2", "/s/s", " s^-2", "s-2", "·s⁻²".
_PER_SECOND_SQUARED = (
    rf"(?:\s?/\s?s\s?(?:\^\s?2|\*\*\s?2|²|2)|\s?/\s?s\s?/\s?s"
    rf"|[\s·⋅*]?\s?s\s?(?:\^|\*\*)?\s?{_DASH}\s?[2²])"
)
_RATE_SYMBOLS = re.compile(
    rf"(?<=\d)\s?{_LENGTH}(?:(?P<squared>{_PER_SECOND_SQUARED})|{_PER_SECOND})(?![^\W_]|[²¹⁻])"
)
# The same in words: "metres per second", "m per second per second", "km a second".
_RATE_WORDS = re.compile(
    r"(?<![^\W\d_])(kilomet(?:re|er)s?|met(?:re|er)s?|km|m)\s+(?:per|a|an)\s+second"
    r"(?P<squared>\s+squared|\s+per\s+second)?(?![^\W_])",
    re.IGNORECASE,
)

# Every unit but a time's, by each folded word or symbol that writes it, and the symbols
# of SI units that fold to no word of their own: what a rate per second may be of.
_RATED_WORDS = frozenset(
    word
    for kind, units in KINDS.items()
    if kind != "time"
    for spelt in units.values()
    for word in spelt
)
_RATED_SYMBOLS = frozenset({"J", "W", "N", "V", "A", "C", "Pa", "L", "m", "cm", "dm"})
_RATED_SYMBOLS |= frozenset(symbol for symbol in CASED_SYMBOLS if symbol != "ms")
_POWER = r"(?:\^?[23]|[²³])"
# Another unit per second in symbols, after a number: "5 l/s", "3 m³/s", "2 kg s-1".
_UNIT_PER_SECOND_SYMBOLS = re.compile(
    rf"(?<=\d)(?P<apart>\s?)(?P<unit>[^\W\d_]+{_POWER}?){_PER_SECOND}(?![^\W_]|[²¹⁻])"
)
# Another unit per second in words: "5 litres a second", "50 times per second". "Per
# second" is a rate wherever it stands, "a second" only after a unit or a count ("3
# breaths a second"): elsewhere it is an ordinal ("came a second time").
_UNIT_PER_SECOND_WORDS = re.compile(
    r"(?<![^\W\d_])(?P<count>\d\s*)?(?:(?P<unit>[^\W\d_]+)\s+)?(?P<per>per|a|an)\s+seconds?"
    r"(?![^\W_])",
    re.IGNORECASE,
)

# The ordinal sign after a number is a degree sign typed on a Spanish or an Italian
# keyboard ("104.5º"), which Unicode would turn into the letter "o".
_ORDINAL_SIGN = re.compile(r"(?<=\d)\s?º")


def rates_in_words(text: str) -> str:
    """The text with every speed or acceleration per second written "<length> per sec"
    (and "squared"): "100 m/s" → "100 metres per sec", "9.8 m s^-2" → "9.8 metres per
    sec squared"; and every other unit per another "<unit> per <unit>" (`per_units`)."""
    if "º" in text:
        text = _ORDINAL_SIGN.sub("°", text)
    if "s" not in text and "S" not in text:  # the common case, at a glance
        return per_units_in_words(text)
    text = _UNIT_PER_SECOND_SYMBOLS.sub(_unit_rate_written, _RATE_SYMBOLS.sub(_rate_written, text))
    text = per_units_in_words(text)
    if "econd" not in text and "ECOND" not in text:
        return text
    return _UNIT_PER_SECOND_WORDS.sub(_unit_rate_written, _RATE_WORDS.sub(_rate_written, text))


def _rate_written(found: re.Match[str]) -> str:
    length = _LENGTHS.get(found.group(1), found.group(1))
    squared = " squared" if found.group("squared") else ""
    return f" {length} per sec{squared}"


def _unit_rate_written(found: re.Match[str]) -> str:
    """A rate per second of another unit than a length (or of a count), "<unit> per sec";
    an ordinal "second" as it was."""
    unit, words = found.group("unit") or "", found.groupdict()
    per = (words.get("per") or "").casefold() == "per" or words.get("count") is not None
    if per or fold(unit) in _RATED_WORDS or re.sub(_POWER + "$", "", unit) in _RATED_SYMBOLS:
        written = f"{unit} per sec".lstrip()
        return f"{words.get('count') or ''}{words.get('apart') or ''}{written}"
    return found.group(0)

"""Units written with signs, symbols and powers in typed text, read as words before it is split.

"6650km" is "6650 km", "m³" and "cubic metres" one unit, "24 dm³" 24 litres and "250 cm³"
250 ml (a cube of a decimetre is a litre exactly); "100 °C", "£7,803" and "104.5°" have
a sign that becomes a word of its own (`SIGN_WORDS`), which grading tells from a unit in
words; "34,000 kN" and "5 MW" are read by their case. `units` reads the words.
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.si_rates import rates_in_words
from trainer.core.answering.unit_table import CASED_SYMBOLS, KINDS

_UNIT_AGAINST_NUMBER = re.compile(r"(\d)([^\W\d_]+)\b")
# 'm' after a number: metres or millions, as `units` reads it; set apart all the same.
_M = "m"
_UNIT_WORDS = frozenset(
    word for units in KINDS.values() for spelt in units.values() for word in spelt
)


# A length's unit raised to a power, as areas and volumes are written: "m³", "km2",
# "cm^3" (lower case only: "M3" and "MI5" are names, not units).
_POWER_OF_LENGTH = re.compile(
    r"(?<![^\W\d_])(km|dm|cm|mm|m|ft|mi|yd|miles?|feet|foot|yards?|inch(?:es)?"
    r"|(?:kilo|deci|centi|milli)?met(?:re|er)s?)(?:\^?([23])(?![\w²³])|\s?([²³])(?![\w²³]))"
)
_POWERS = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}
# Cubes of lengths that are litres exactly, as a chemist writes them: "24 dm³" is 24
# litres, "250 cm³" 250 ml; one unit however written ("cubic centimetres", "cm^3").
_LITRES = {"dm": "litres", "cm": "ml", "mm": "microlitres"}
_LITRES |= {
    f"{prefix}met{end}": _LITRES[symbol]
    for prefix, symbol in (("deci", "dm"), ("centi", "cm"), ("milli", "mm"))
    for end in ("re", "er", "res", "ers")
}
_CUBIC_WORDS = re.compile(
    r"(?<![^\W\d_])cubic\s+(" + "|".join(_LITRES) + r")(?![^\W\d_])", re.IGNORECASE
)
# "sq km", "sq. miles": square, before a length's unit.
_SQUARE_ABBREVIATED = re.compile(
    r"(?<![^\W\d_])sq(?:\.\s*|\s+)(?=(?:km|cm|mm|m|ft|mi|yd|kilomet(?:re|er)s?|met(?:re|er)s?"
    r"|miles?|feet|foot|yards?)(?![^\W\d_]))"
)


# A symbol read only as written, right after a number: "34,000 kN" is kilonewtons, "34 kn"
# knots; "5 MW" megawatts, "5 mW" milliwatts (longest first: "mW" before "W").
_CASED_SYMBOL = re.compile(
    r"(?<=\d)\s?("
    + "|".join(map(re.escape, sorted(CASED_SYMBOLS, key=len, reverse=True)))
    + r")(?![^\W_])"
)
# A temperature's degree sign and scale, with or without spaces: "100 °C", "212°F", "℃".
_DEGREES = re.compile(r"\s?[°º˚]\s?([CF])(?![^\W\d_])|([℃℉])")
# A degree sign alone after a number (or a cloze's blank, "[number]°"): an angle's,
# "104.5°", "104.5º" (the ordinal sign, which looks the same). Not before a letter alone
# (a scale, "100° C", or a hemisphere) nor before more degrees or minutes.
_ANGLE = re.compile(r"(?<=[\d\]])\s?[°º˚](?!\s?(?:[^\W\d_](?![^\W\d_])|\d|[°º˚]))")
# A currency's sign before its amount, and any scale after it: "£7,803", "$5 million".
# A scale said after an amount of money: "$5 million", "5 million €", "£16bn".
_MONEY_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|bn|m|k)(?![^\W\d_]))?"
_CURRENCY = re.compile(rf"(?<![^\W\d_])([£$€¥])\s?(\d[\d,]*(?:\.\d+)?{_MONEY_SCALE})")
_CURRENCY_AFTER = re.compile(rf"(\d(?:[\d,.]*\d)?{_MONEY_SCALE})\s?([£$€¥])(?![\w$€£¥])")
# The word each sign is read as: a token of its own, so that a unit given by a sign (which
# a learner may leave out, as the sign is easily left out) is told from one in words.
SIGN_WORDS = {"C": "degc", "℃": "degc", "F": "degfahr", "℉": "degfahr", "°": "arcdeg"}
SIGN_WORDS |= {"£": "gbp", "$": "usd", "€": "eur", "¥": "jpy"}
SIGNS_SHOWN = {"gbp": "£", "usd": "$", "eur": "€", "jpy": "¥"}
SIGNS_SHOWN |= {"degc": "°C", "degfahr": "°F", "arcdeg": "°", "arcdegree": "°"}
SIGNS_SHOWN |= {"percent": "%"}
SIGNS_SHOWN |= {"astronomicalunit": "AU", "lightyear": "light-years"}
# Units of two words, read as one: "astronomical units", "light-years", "light years".
_TWO_WORD_UNITS = re.compile(
    r"(?<![^\W\d_])(?:(astronomical)\s+unit|(light)[\s-]+year)(s?)(?![^\W\d_])", re.IGNORECASE
)

# A concentration in words, read as one word: "parts per million", "parts-per-billion".
_PARTS_PER = re.compile(
    r"(?<![^\W\d_])parts?[\s-]+per[\s-]+(million|billion)(?![^\W\d_])", re.IGNORECASE
)


def symbols_as_words(text: str) -> str:
    """Signs of units as words, after their number as words are typed: "100 °C" → "100
    degc", "104.5°" → "104.5 arcdeg", "£7,803" → "7,803 gbp", "$5 million" → "5
    million usd"."""
    if "°" in text or "º" in text or "˚" in text or "℃" in text or "℉" in text:
        text = _DEGREES.sub(lambda m: f" {SIGN_WORDS[m.group(1) or m.group(2)]}", text)
        text = _ANGLE.sub(f" {SIGN_WORDS['°']}", text)
    text = _CURRENCY.sub(lambda m: f"{m.group(2)} {SIGN_WORDS[m.group(1)]}", text)
    # As much of Europe writes it, the sign after the number: "3,30 €", "3.30€".
    return _CURRENCY_AFTER.sub(lambda m: f"{m.group(1)} {SIGN_WORDS[m.group(2)]}", text)


def units_apart(text: str) -> str:
    """The text with a unit written against its number set apart from it: "6650km" →
    "6650 km", "50kg" → "50 kg" (not "T34", nor "3rd", whose letters are no unit); and a
    length's unit raised to a power in words: "6500 m3" → "6500 cubic metres", "km²" or
    "sq km" → "square km"; units of two words as one ("light-years" → "lightyears"); a
    length of time written compactly in words ("8m 20s" → "8 minutes 20 seconds");
    and signs of units as words (see `symbols_as_words`); and a
    symbol only its case tells ("34,000 kN", "5 MW") as its unit's name; and a speed or
    an acceleration per second one way (see `si_rates`)."""
    text = symbols_as_words(rates_in_words(text))
    text = _COMPACT_DURATION.sub(_duration_in_words, text)
    if "ight" in text or "IGHT" in text or "stronomical" in text or "STRONOMICAL" in text:
        text = _TWO_WORD_UNITS.sub(_one_word_unit, text)
    if "per" in text or "PER" in text:
        text = _PARTS_PER.sub(lambda m: f"partsper{m.group(1).casefold()}", text)
    text = _CASED_SYMBOL.sub(lambda m: f" {CASED_SYMBOLS[m.group(1)]}", text)
    powers = _POWER_OF_LENGTH.sub(_power_in_words, _SQUARE_ABBREVIATED.sub("square ", text))
    if "ubic" in powers or "UBIC" in powers:  # "cubic centimetres": millilitres
        powers = _CUBIC_WORDS.sub(lambda m: _LITRES[m.group(1).casefold()], powers)
    return _UNIT_AGAINST_NUMBER.sub(_spaced_unit, powers)


# A length of time written compactly, its "m" minutes between hours and seconds:
# "4h 30m", "1h 48m 10s", "8m 20s", "3m 59.4s", "8min 20s" (a lone "8m" stays metres or
# millions).
_COMPACT_DURATION = re.compile(
    r"(?<![\w.])(?:(\d+)\s?h\s?(\d+)\s?m(?:in)?(?:\s?(\d+(?:\.\d+)?)\s?s)?"
    r"|(\d+)\s?m(?:in)?\s?(\d+(?:\.\d+)?)\s?s)(?!\w)"
)


def _duration_in_words(found: re.Match[str]) -> str:
    hours, minutes, seconds, lone_minutes, lone_seconds = found.groups()
    if hours is None:
        return f"{lone_minutes} minutes {lone_seconds} seconds"
    return f"{hours} hours {minutes} minutes" + (f" {seconds} seconds" if seconds else "")


def _one_word_unit(found: re.Match[str]) -> str:
    first = (found.group(1) or found.group(2)).casefold()
    return ("astronomicalunit" if first == "astronomical" else "lightyear") + found.group(3)


def _power_in_words(found: re.Match[str]) -> str:
    unit = "metres" if found.group(1) == _M else found.group(1)
    power = _POWERS[found.group(2) or found.group(3)]
    if power == "cubic" and unit in _LITRES:
        return f" {_LITRES[unit]}"
    return f" {power} {unit}"


def _spaced_unit(found: re.Match[str]) -> str:
    number, letters = found.group(1), found.group(2)
    unit = fold(letters)
    # "100C": a scale, read as one where the other side names a temperature.
    apart = unit in _UNIT_WORDS or unit in (_M, "c", "f")
    # "9.58s": seconds after a fraction, where "1990s" is a decade.
    seconds = unit == "s" and _FRACTION_BEFORE.search(found.string, 0, found.start(1) + 1)
    return f"{number} {letters}" if apart or seconds else found.group()


_FRACTION_BEFORE = re.compile(r"\d\.\d*$")

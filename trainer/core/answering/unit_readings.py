"""Units read alike on both sides of a comparison: a sign's unit, a letter's, and 'm'.

A unit may be written by a sign ("£7,803", "100 °C") or a letter ("100 C", "34 N",
"8,848 m") that alone could be something else: a letter is read as the unit where the
other side names a unit of its kind, and 'm' after a number as metres or millions as the
other side reads it (see `units` for the units themselves).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from itertools import pairwise

from trainer.core.answering.kind_readings import kinds_read_alike
from trainer.core.answering.unit_notation import SIGN_WORDS
from trainer.core.answering.units import (
    _M,
    _UNIT_OF,
    _holds_digit,
    m_as_metres,
    same_units,
    says_millions,
    units_in,
)


def m_read_alike(want: list[str], got: list[str]) -> tuple[list[str], list[str]]:
    """'m' after a number read as the other side reads: metres where it spells them out
    ("8848 m" for "8848 metres"), millions where it holds the number a million times
    over ("50m" for "50 million", which grading reads as 50000000)."""
    want, got = _m_as_millions(want, got), _m_as_millions(got, want)
    # Read as metres where the other side gives a length ("1642 ft", "0.1 nm"), so that
    # another unit is another unit; beside a bare number it stays a unit's letter.
    if "length" in units_in(got):
        want = m_as_metres(want, got)
    if "length" in units_in(want):
        got = m_as_metres(got, want)
    return want, got


# Words read as a unit only beside one the other side writes: "pounds" as sterling beside
# money (else it may weigh), "C" and "F" after a number as a temperature's scale; and one-letter SI
# symbols, which alone are as often a compass point or a numeral ("51 N", "Henry V"),
# beside a unit of their kind: "34 N" for "34 newtons", and "34 N" for "34 kN" another unit;
# "1 h 36 min" for "96 minutes".
_READ_AS = {"sterling": ("pound", "pounds"), "celsius": ("c",), "fahrenheit": ("f",)}
_READ_AS |= {"newton": ("n",), "joule": ("j",), "watt": ("w",), "volt": ("v",)}
_READ_AS |= {"ampere": ("a",), "second": ("s",), "hour": ("h",), "kelvin": ("k",)}
_READ_AS |= {"coulomb": ("c",), "ohm": ("omega", "ω")}
# Each unit read by its kind, not only beside itself: "pounds" after a number beside any
# money is sterling ("2.80 pounds" is no "$2.80"), whatever the question says of pounds.
_READ_BY_KIND = {unit: _UNIT_OF[unit][0] for unit in _READ_AS}


def signs_read_alike(
    want: list[str], got: list[str], expected: str = "", question: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """Both sides' words with units given by a sign read alike: "7803 pounds" for "£7,803"
    is in sterling, "100 C" or "100 degrees Celsius" for "100 °C" in degrees Celsius. A
    unit the answer gives only by its sign may be left out, as the sign easily is
    ("7,803", "100 degrees"); one typed must be the same. Before `same_units`, which
    writes every spelling of a unit one way.

    An answer (`expected`, as written) that gives a unit by its SI symbol ("98 N", "3 A")
    is a physics answer: there every one-letter symbol typed after a number is read as
    its unit on both sides, so "98 J" is energy, not a slip of a letter for force."""
    want, got = si_letters_read(want, got, expected, question)
    # A typed "C" is read as a scale beside any temperature ("100 C" for 100 kelvin is
    # another unit, not a stray letter); "pounds" only beside sterling.
    sides = [(set(same_units(words)), set(units_in(words))) for words in (want, got)]
    for unit, spellings in _READ_AS.items():
        kind = _READ_BY_KIND.get(unit)
        (want_units, want_kinds), (got_units, got_kinds) = sides
        if unit in want_units or kind in want_kinds:
            got = _read_as(got, spellings, unit)
        if unit in got_units or kind in got_kinds:
            want = _read_as(want, spellings, unit)
    typed = units_in(got)
    # A temperature's scale typed ("100 C", "100 °C") says "degrees" as well.
    if "temperature" in typed:
        want = [word for word in want if word not in _DEGREE_WORDS]
    # A sign stands after its number ("£7,803" → "7803 gbp"): a code alone ("USD") is the
    # answer itself, never left out; nor is a sign where a unit of another kind is typed
    # after the number instead ("104.5 °C" for "104.5°"), which must be judged against it.
    claimed = _unit_after_a_number(got)
    kept = [
        word
        for k, word in enumerate(want)
        if not (
            word in _SIGN_TOKENS
            and _UNIT_OF[word][0] not in typed
            and not claimed
            and k > 0
            and _holds_digit(want[k - 1])
        )
    ]
    return kept, got


def _unit_after_a_number(words: Sequence[str]) -> bool:
    """Whether a unit, or a percent sign, stands right after a number in the words."""
    return any(
        _holds_digit(before) and (word == "percent" or word in _UNIT_OF)
        for before, word in pairwise(words)
    )


# One-letter SI symbols written after a number, as SI writes them, and the unit each is:
# "K", "s" and "m" only after a space ("10K" is ten thousand as often as ten kelvin,
# "1920s" a decade, "$5m" five million); "m" not beside money or millions either.
_SI_LETTER = re.compile(r"\d\s?([NJWVAΩ])(?![^\W_])|\d\s([Ksm])(?![^\W_])")
_SI_UNITS = {"N": "newton", "J": "joule", "W": "watt", "V": "volt", "A": "ampere"}
_SI_UNITS |= {"K": "kelvin", "Ω": "ohm", "s": "second", "m": "metre"}
# Each symbol as grading's words write it, folded ("m" is read by `units.m_as_metres`).
_LETTERS = {"n": "newton", "j": "joule", "w": "watt", "v": "volt", "a": "ampere"}
_LETTERS |= {"k": "kelvin", "omega": "ohm", "ω": "ohm", "s": "second"}
# Where "51 N" or "0 W" is a latitude or a longitude, not newtons or watts.
_COMPASS_WORDS = frozenset(
    {"latitude", "longitude", "parallel", "meridian", "coordinates", "equator", "tropic"}
    | {"north", "south", "east", "west", "hemisphere"}
)


def si_letters_read(
    want: Sequence[str], got: Sequence[str], expected: str, question: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Both sides' words with one-letter SI symbols after a number read as their units,
    where `expected` (as written) gives its unit so: "98 N", and "98 J" typed for it; and
    degrees and molar read by the kind the answer gives (`kind_readings`)."""
    want, got = kinds_read_alike(want, got, question)  # "104.5 deg", "2 M"
    symbolic = _si_letters_written(expected, want, [*question, *got])
    if not symbolic:
        return want, got
    wanted = {word: unit for word, unit in _LETTERS.items() if unit in symbolic}
    return _read_letters(want, wanted), _read_letters(got, _LETTERS)


def _si_letters_written(
    expected: str, want: Sequence[str], context: Sequence[str]
) -> frozenset[str]:
    """The units `expected` gives by one-letter SI symbols after its numbers; "N" and "W"
    not where the question or the typed answer speaks of bearings ("51° N", "north"), nor
    in a pair of coordinates ("51 N, 0 W")."""
    letters = {m.group(1) or m.group(2) for m in _SI_LETTER.finditer(expected)}
    if "m" in letters and says_millions(want):
        letters.discard("m")  # "$5 m", "5 m people": millions
    if "s" in letters and _COMPASS_WORDS.intersection(context):
        letters.discard("s")  # "23.4 s" of a latitude: south
    if letters & {"N", "W"} and (
        _COMPASS_WORDS.intersection(context)
        or (letters >= {"N", "W"})
        or re.search(r"\d\s?[SE](?![^\W_])", expected)
    ):
        letters -= {"N", "W"}
    return frozenset(_SI_UNITS[letter] for letter in letters)


def _read_letters(words: Sequence[str], letters: dict[str, str]) -> list[str]:
    return [
        letters[word] if word in letters and k > 0 and _holds_digit(words[k - 1]) else word
        for k, word in enumerate(words)
    ]


_SIGN_TOKENS = frozenset(SIGN_WORDS.values())
_DEGREE_WORDS = ("degree", "degrees")


def _read_as(words: list[str], spellings: tuple[str, ...], unit: str) -> list[str]:
    return [
        unit if word in spellings and _after_number_or_degrees(words, k) else word
        for k, word in enumerate(words)
    ]


def _after_number_or_degrees(words: Sequence[str], index: int) -> bool:
    before = words[index - 1] if index > 0 else ""
    return before in _DEGREE_WORDS or _holds_digit(before)


def _m_as_millions(words: list[str], other: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word == _M and out and (millions := _times_a_million(out[-1])) in other:
            out[-1] = millions
            continue
        out.append(word)
    return out


def _times_a_million(number: str) -> str | None:
    try:
        value = Fraction(number) * 1_000_000
    except (ValueError, ZeroDivisionError):
        return None
    return str(value.numerator) if value.denominator == 1 else None

"""Latitudes and longitudes: the hemisphere is part of the answer, and a minus says it too.

"23.4° S" is not "23.4° N", and "23.4° E" is no latitude at all: the letter or word after a
number of degrees is a claim, never an extra word to ignore. "23.4° S", "23.4 S",
"23.4S", "23.4° South", "23.4 degrees south" and "-23.4°" are one coordinate (south and
west are the negative hemispheres); degrees and minutes, "23°26′ N", are read as the
decimal they make (23.4333…), which is the answer where it rounds to it ("23.4° N").
A coordinate typed without its hemisphere is not wrong, but not right either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

_HEMISPHERES = {"n": "north", "s": "south", "e": "east", "w": "west"}
_NEGATIVE = frozenset({"south", "west"})
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
# Degrees, then minutes and seconds, then a hemisphere: "23°26′ N", "23.4° S", "51°30'N".
_COORDINATE = re.compile(
    r"(?P<degrees>\d+(?:\.\d+)?)\s?[°º˚]\s?"
    r"(?:(?P<minutes>\d+(?:\.\d+)?)\s?[′'’]\s?(?:(?P<seconds>\d+(?:\.\d+)?)\s?[″\"”]\s?)?)?"
    r"(?P<hemisphere>[NSEWnsew](?![^\W\d_])|(?i:north|south|east|west)(?![^\W\d_]))?"
)
_LETTERED = re.compile(r"(\d+(?:\.\d+)?)([nsew])")
_DEGREE_WORDS = frozenset({"degrees", "degree", "deg"})
# As `written_numbers` writes a sign and a number (it reads coordinates through this module).
MINUS = "minus"
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def is_plain_number(word: str) -> bool:
    return _PLAIN_NUMBER.fullmatch(word) is not None


def coordinates_as_words(text: str) -> str:
    """The text with each coordinate in degrees written in words: "23.4° S" → "23.4
    degrees south", "23°26′ N" → "23.4333 degrees north" (a plain number of degrees,
    "100°", and a temperature, "100 °C", are left as they are)."""
    if not any(sign in text for sign in "°º˚"):
        return text
    return _COORDINATE.sub(_in_words, text)


def _in_words(found: re.Match[str]) -> str:
    hemisphere = found.group("hemisphere")
    if not hemisphere and not found.group("minutes"):
        return found.group()
    if hemisphere and len(hemisphere) == 1 and hemisphere in "cCfFkK":
        return found.group()
    value = Fraction(found.group("degrees"))
    value += (
        Fraction(found.group("minutes") or 0) / 60 + Fraction(found.group("seconds") or 0) / 3600
    )
    written = _written(value) if found.group("minutes") else found.group("degrees")
    named = _HEMISPHERES.get(hemisphere.casefold(), hemisphere.casefold()) if hemisphere else ""
    return f"{written} degrees {named} ".rstrip() + " "


def _an_angle(number: str, letter: str) -> bool:
    """Whether a number with a compass letter against it is a coordinate: at most 180
    degrees, and no decade ("the 1920s", "the 90s": a plural's s, not south)."""
    value = Fraction(number)
    return value <= _LARGEST_ANGLE and not (
        letter == "s" and value.denominator == 1 and not value % 10
    )


def _written(value: Fraction) -> str:
    if value.denominator == 1 or value > _LARGEST_ANGLE:
        return str(value.numerator) if value.denominator == 1 else str(float(value))
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return format(exact.quantize(Decimal("0.0001")).normalize(), "f")


def _coordinates(words: Sequence[str]) -> list[tuple[int, int, str, str]]:
    """Each coordinate in folded words: its start, its end, its number (with "-" for a
    minus), and its hemisphere ("" when none is given)."""
    found: list[tuple[int, int, str, str]] = []
    index = 0
    while index < len(words):
        word = words[index]
        lettered = _LETTERED.fullmatch(word)
        if lettered is not None and _an_angle(lettered.group(1), lettered.group(2)):
            found.append((index, index + 1, lettered.group(1), _HEMISPHERES[lettered.group(2)]))
            index += 1
            continue
        if not is_plain_number(word):
            index += 1
            continue
        start = index - 1 if index > 0 and words[index - 1] == MINUS else index
        end = index + 1
        degrees = end < len(words) and words[end] in _DEGREE_WORDS
        end += degrees
        after = words[end] if end < len(words) else ""
        named = _HEMISPHERES.get(after) or (after if after in _OPPOSITE else "")
        number = f"-{word}" if start < index else word
        before = words[start - 1] if start > 0 else ""
        leading = _HEMISPHERES.get(before) or (before if before in _OPPOSITE else "")
        if not named and leading:
            # "N 23.4°", "south 23.4": the hemisphere written first.
            found.append((start - 1, end, number, leading))
        else:
            found.append((start, end + bool(named), number, named))
        index = end + bool(named)
    return found


def coordinates_lined_up(
    want: Sequence[str], got: Sequence[str]
) -> tuple[list[str], list[str], bool | None]:
    """Both sides' coordinates written alike where they are the same coordinate: a minus
    for the answer's south or west ("-23.4" for "23.4 degrees south"), a letter for its
    word ("23.4 s"), a finer number that rounds to the answer's ("23.4333" for "23.4");
    and whether a finer number was so read (a slip), or None when the answer gives no
    coordinate."""
    wanted = [c for c in _coordinates(want) if c[3] and not c[2].startswith("-")]
    if not wanted:
        return list(want), list(got), None
    out = list(got)
    finer = False
    for start, end, number, named in reversed(_coordinates(got)):
        match = next((c for c in wanted if _same_number(number, c[2], c[3], named)), None)
        if match is None:
            continue
        _, _, wanted_number, wanted_named = match
        if named:
            typed_named = named
        elif number.startswith("-"):  # "-23.4": the south, or the west
            negative = wanted_named in _NEGATIVE
            typed_named = wanted_named if negative else _OPPOSITE[wanted_named]
        else:
            typed_named = ""
        finer = finer or number.lstrip("-") != wanted_number
        out[start:end] = [wanted_number, "degrees", typed_named]
    return _with_degrees(want), [w for w in out if w], finer


def _with_degrees(words: Sequence[str]) -> list[str]:
    out = list(words)
    for start, end, number, named in reversed(_coordinates(words)):
        if named:
            out[start:end] = [number.lstrip("-"), "degrees", named]
    return out


def _same_number(typed: str, wanted: str, wanted_named: str, typed_named: str) -> bool:
    """Whether a typed number of degrees is the answer's, or rounds to it; a minus only
    where the typed number names no hemisphere."""
    if typed_named and typed.startswith("-"):
        return False
    got, want = Fraction(typed.lstrip("-")), Fraction(wanted.lstrip("-"))
    if got == want:
        return True
    places = len(wanted.partition(".")[2])
    typed_places = len(typed.partition(".")[2])
    if typed_places <= places:
        return False
    if got > _LARGEST_ANGLE:
        return False  # no number of degrees
    step = Decimal(1).scaleb(-places)
    return Fraction((Decimal(got.numerator) / Decimal(got.denominator)).quantize(step)) == want


_LARGEST_ANGLE = 360


def hemisphere_problem(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why a typed coordinate (lined up by `coordinates_lined_up`) is in another
    hemisphere than the answer's, or on another axis ("23.4 degrees east" for "23.4
    degrees south"); None when it is in the same one, or names none."""
    typed = {number: named for _, _, number, named in _coordinates(got) if named}
    for _, _, number, named in _coordinates(want):
        other = typed.get(number)
        if named and other is not None and other != named:
            return f"'{other}' is another hemisphere than '{named}'"
    return None

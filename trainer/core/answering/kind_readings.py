"""Words read as a unit by the kind the answer gives: degrees of an angle or a temperature, molar.

A degree sign alone after a number is an angle's ("104.5°", read as `arcdeg`), and
"degrees" in words may be an angle's or a temperature's: beside an angle "104.5 degrees"
and "104.5 deg" are the angle, beside a temperature (or a coordinate's "degrees") a
typed "100°" is the number with its scale left out. "M" after a number is molar beside
a concentration ("2 M" for "2 mol/dm³") and millions or metres anywhere else.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from trainer.core.answering.units import units_in

# The word of a degree sign alone (`unit_notation.symbols_as_words`), and of degrees.
_ANGLE_SIGN = "arcdeg"
_DEGREE_WORDS = frozenset({"degree", "degrees", "deg", "degs"})
# "M" after a number, folded, and the words of molar as `per_units` writes them.
_MOLAR_LETTER = "m"
_MOLAR = ("mol", "per", "l")
_AMOUNT, _VOLUME = "amount", "volume"


def kinds_read_alike(
    want: Sequence[str], got: Sequence[str], question: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Both sides' words with degrees and molar read as the answer's units give them (or,
    for an answer with no unit, the question's): "104.5 deg" beside an angle is
    `arcdeg`, "100°" beside a temperature "100", "2 M" beside "2 mol/dm³" molar."""
    own = bool(units_in(want))
    given = want if own or _DEGREE_WORDS.intersection(want) else question
    got = _degrees_read(list(got), given)
    return _molar_read(list(want), got, want if own else question)


def _degrees_read(got: list[str], given: Sequence[str]) -> list[str]:
    if _ANGLE_SIGN in given:
        return _after_number(got, _DEGREE_WORDS, (_ANGLE_SIGN,))
    if "temperature" in units_in(given) or _DEGREE_WORDS.intersection(given):
        # Only degrees: "100°" for "100 °C" is the number with its scale left out (the
        # sign read as nothing, as it was before angles were read); "104.5 deg" is
        # "104.5 degrees".
        got = _after_number(got, {_ANGLE_SIGN}, ())
        if "temperature" in units_in(given):
            got = _after_number(got, {"k"}, ("kelvin",))  # "273.15 K", where "k" is no 1000
        return _after_number(got, {"deg", "degs"}, ("degrees",))
    return got


def _molar_read(
    want: list[str], got: list[str], given: Sequence[str]
) -> tuple[list[str], list[str]]:
    if _is_concentration(given):
        got = _after_number(got, {_MOLAR_LETTER}, _MOLAR)
    if _is_concentration(got):
        want = _after_number(want, {_MOLAR_LETTER}, _MOLAR)
    return want, got


def _is_concentration(words: Sequence[str]) -> bool:
    """Whether the words give an amount of substance per a volume ("mol per litre")."""
    kinds = units_in(words)
    return _AMOUNT in kinds and _VOLUME in kinds


def _after_number(
    words: Sequence[str], spellings: Collection[str], read: tuple[str, ...]
) -> list[str]:
    """The words with each of `spellings` after a number read as the words `read`."""
    out: list[str] = []
    for k, word in enumerate(words):
        if word in spellings and k > 0 and any(map(str.isdigit, words[k - 1])):
            out.extend(read)
        else:
            out.append(word)
    return out

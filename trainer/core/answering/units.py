"""Units of measure in typed answers: another unit of the same kind makes another answer.

"390 miles" is not "390 km", and "50 million francs" is not "50 million gold marks": a
unit typed beside the number is a claim, not an extra word to ignore. The expected unit
comes from the answer or, when the answer is a bare number, from the question ("How far
…, in km?"). A unit of another kind than the answer's own is another answer too ("98 J"
for "98 N", "100 m" for "100 m/s"), unless the answer's kind is typed as well ("50 km in
2 hours"); a question's unit of another kind is none ("30 years" of age is no length).
A pH and a percentage are kinds of their own ("7 °C" is no "pH 7", "104.5%" no
"104.5°"), and a unit an answer is per is none it gives ("2 dm³" is no "2 mol/dm³").
Words that are units and something else ("pound": money or weight; "in", "m") are left
out: they would refuse right answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from trainer.core.answering.unit_notation import SIGNS_SHOWN
from trainer.core.answering.unit_notation import symbols_as_words as symbols_as_words
from trainer.core.answering.unit_notation import units_apart as units_apart
from trainer.core.answering.unit_table import KINDS
from trainer.core.answering.word_lists import PER_WORDS

_SPEED = "speed"
# Speeds written as one word, and the times a length may be written per ("km/h", "m/s").
_SPEED_WORDS = {
    **dict.fromkeys(("mph",), "mile/hour"),
    **dict.fromkeys(("kph", "kmh", "kmph"), "km/hour"),
    **dict.fromkeys(("knot", "knots", "kn"), "knot"),
}
_PER_TIME = {"h": "hour", "hr": "hour", "hour": "hour", "s": "second", "sec": "second"}
_PER_TIME |= {"second": "second", "min": "minute", "minute": "minute"}
# Metres or millions: left out of the units, but no other length's unit either.
_M = "m"
# The kind of unit a currency is (`unit_table`).
MONEY = "money"
# Folded word → (kind, unit).
_UNIT_OF = {
    word: (kind, unit)
    for kind, units in KINDS.items()
    for unit, words in units.items()
    for word in words
}


def _holds_digit(word: str) -> bool:
    """Whether `word` is, or holds, a number: what a unit may stand after."""
    return any(map(str.isdigit, word))


def is_unit_word(word: str) -> bool:
    """Whether the folded `word` writes a unit of measure ("yds", "km", "mph")."""
    return word in _UNIT_OF or word in _SPEED_WORDS or word == _M


def units_in(words: Iterable[str]) -> dict[str, str]:
    """The units the words name, by kind (the first of each kind). A length per a time
    ("km/h", "miles per hour", "mph") is a speed, and neither a length nor a time."""
    found: dict[str, str] = {}
    listed = list(words)
    skip = 0
    for index, word in enumerate(listed):
        if skip:
            skip -= 1
            continue
        speed, used = speed_at(listed, index)
        if speed is not None:
            found.setdefault(_SPEED, speed)
            skip = used - 1
            continue
        power = _POWER_KINDS.get(word)
        after = _UNIT_OF.get(listed[index + 1], ("", "")) if index + 1 < len(listed) else ("", "")
        if power is not None and after[0] == "length":
            # "square km": an area, of which the length's unit is no part.
            found.setdefault(power, f"{word} {after[1]}")
            skip = 1
            continue
        named = _UNIT_OF.get(word)
        if named is not None:
            found.setdefault(named[0], named[1])
    return found


# A length's unit raised to a power makes a unit of another kind.
_POWER_KINDS = {"square": "area", "cubic": "volume"}


def speed_at(words: Sequence[str], index: int) -> tuple[str | None, int]:
    """The speed written at `words[index]` and how many words write it: "mph" (1),
    "km h" from "km/h" (2), "miles per hour" (3); an acceleration, a speed "squared",
    is read as a speed of its own ("metre/second²"); (None, 0) if none is."""
    word = words[index]
    if word in _SPEED_WORDS:
        return _SPEED_WORDS[word], 1
    # 'm' before a time is metres: "m/s".
    length = ("length", "metre") if word == _M else _UNIT_OF.get(word)
    if length is None or length[0] != "length":
        return None, 0
    for used, per in ((2, ""), (3, "per"), (3, "an"), (3, "a")):
        if index + used > len(words) or (per and words[index + 1] != per):
            continue
        time = words[index + used - 1]
        unit = _PER_TIME.get(time) if not per else _UNIT_OF.get(time, ("", ""))[1]
        if unit in _PER_TIME.values():
            if index + used < len(words) and words[index + used] == "squared":
                return f"{length[1]}/{unit}²", used + 1
            return f"{length[1]}/{unit}", used
    return None, 0


# The kind of a rate per a time ("a day", "per minute"): see `unit_problem`.
_TIME = "time"


def unit_problem(
    want: Sequence[str], got: Sequence[str], question_words: Sequence[str] = ()
) -> str | None:
    """Why the typed words name another unit than the answer (or, for a bare number, the
    question) does; None when they agree, or when the typed answer names no unit. The
    question's words come in order: of two units of a kind it names, the first counts."""
    typed = units_in(got)
    if not typed and _M not in got:
        return None
    expected = units_in(m_as_metres(list(want), list(got)))
    asked = units_in(question_words)
    # 'm' after a number writes metres or millions: neither is another length's unit.
    length = expected.get("length") or asked.get("length")
    if length not in (None, "metre") and _after_a_number(got, _M) and "million" not in want:
        return f"'{_M}' is another unit than '{length}'"
    for kind, unit in typed.items():
        wanted = expected.get(kind) or asked.get(kind)
        if wanted is not None and wanted != unit:
            return f"'{_word_for(got, unit)}' is another unit than '{shown(wanted)}'"
    # "17.1 million km" for "17.1 million km²": a length's unit for an area's, or the
    # reverse: the power is part of the unit.
    for kind, unit in (expected or asked).items():
        if kind in _POWER_KINDS.values() and kind not in typed and "length" in typed:
            return f"'{_word_for(got, typed['length'])}' is a length, not '{unit}'"
        if kind == "length" and "length" not in typed:
            raised = next((u for k, u in typed.items() if k in _POWER_KINDS.values()), None)
            if raised is not None:
                return f"'{raised}' is another unit than '{unit}'"
    if (other_kind := _unit_of_another_kind(want, got, expected, typed)) is not None:
        return other_kind
    # A rate per another unit of the same kind: "40 hours a day" for "40 hours a week".
    rates = rates_in(want)
    typed_rates, asked_rates = rates_in(got), rates_in(question_words)
    plain = expected and not any("/" in unit for unit in expected.values())
    # "5 litres per kilogram" or "5 l/kg" for "5 litres": a rate of it, another measure.
    # Not per a time, which a question often leaves to be understood ("How much water
    # should you drink?", "2 litres a day").
    extra = typed_rates.keys() - asked_rates.keys() - {_TIME}
    if plain and not rates and extra:
        unit, wanted = typed_rates[min(extra)], next(iter(expected.values()))
        return f"'per {_word_for(got, unit)}' makes a rate of '{shown(wanted)}'"
    for kind, unit in typed_rates.items():
        # "5 litres a second" asked how much the heart pumps per minute.
        if plain and not rates and asked_rates.get(kind, unit) != unit:
            return f"'{_word_for(got, unit)}' is another unit than '{shown(asked_rates[kind])}'"
        if rates.get(kind, unit) != unit or (rates and kind not in rates):
            wanted = rates.get(kind) or next(iter(rates.values()))
            return f"'{_word_for(got, unit)}' is another unit than '{shown(wanted)}'"
    return None


def _unit_of_another_kind(
    want: Sequence[str], got: Sequence[str], expected: dict[str, str], typed: dict[str, str]
) -> str | None:
    """Why a unit typed after the answer's number is of another kind than the answer's
    every unit: "98 J" (energy) for "98 N" (force), "100 m" for "100 m/s", "2 dm³" for
    "2 mol/dm³" (a unit it is per is no kind it gives), "7 °C" for "pH 7", "104.5%" for
    "104.5°" (a pH and a percentage are kinds of their own)."""
    expected, typed = _kinds_given(want, expected), _kinds_given(got, typed)
    if not expected:
        return None
    if not typed and _after_a_number(got, _M) and not says_millions(want):
        typed = {"length": "metre"}
    shared_number = any(_holds_digit(word) and word in want for word in got)
    if not typed or expected.keys() & typed.keys() or not shared_number:
        return None
    kind, unit = next(iter(typed.items()))
    wanted_kind, wanted = next(iter(expected.items()))
    kind, wanted_kind = _named_kind(kind, unit), _named_kind(wanted_kind, wanted)
    typed_as = _MARKED.get(kind, f"a unit of {kind}")
    if kind in _MARKED or wanted_kind in _MARKED:
        wanted_as = _MARKED.get(wanted_kind, f"a measure of {wanted_kind} ('{shown(wanted)}')")
        return f"'{_word_for(got, unit)}' is {typed_as}, not {wanted_as}"
    return f"'{_word_for(got, unit)}' is {typed_as}, not of {wanted_kind} ('{shown(wanted)}')"


def _named_kind(kind: str, unit: str) -> str:
    """The kind of measure `unit` is, as a message names it: a speed squared
    ("metre/second²") is an acceleration."""
    return "acceleration" if kind == "speed" and unit.endswith("²") else kind


# Kinds of measure that a word beside the number gives, not a unit: "pH 7", "12%".
_PH, _PERCENTAGE = "pH", "percentage"
_MARKED = {_PH: "a pH", _PERCENTAGE: "a percentage"}


def _kinds_given(words: Sequence[str], units: dict[str, str]) -> dict[str, str]:
    """The kinds of measure the words give, of their `units`: not those they are per
    ("litre" of "2 mol per litre"), and a pH or a percentage beside a number."""
    rates = rates_in(words)
    given = {kind: unit for kind, unit in units.items() if rates.get(kind) != unit}
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if word == "ph" and (_holds_digit(before) or _holds_digit(after)):
            given.setdefault(_PH, word)
        elif _holds_digit(before) and (word == "percent" or (word, after) == ("per", "cent")):
            given.setdefault(_PERCENTAGE, "percent")
    return given


def unit_of_other_answers(
    want: Sequence[str], got: Sequence[str], others: Iterable[Sequence[str]]
) -> str | None:
    """Why a unit typed of a kind the answer does not give, or a rate per a unit ("a
    day"), is not the one the card's other accepted answers give: "$7.25 a day" against
    "$7.25", when "$7.25 an hour" is right too; or is of another kind than another
    accepted answer gives ("104.5 °C" against "104.5 degrees", when "104.5°" is an
    angle); None when they give none of its kind, or give it."""
    listed = list(others)
    for reading in (units_in, rates_in):
        own = reading(want)
        given = [reading(other) for other in listed]
        for kind, unit in reading(got).items():
            theirs = {found[kind] for found in given if kind in found}
            if kind not in own and theirs and unit not in theirs:
                return f"'{_word_for(got, unit)}' is another unit than '{min(theirs)}'"
    typed = units_in(got)
    for other in listed:
        expected = units_in(m_as_metres(list(other), list(got)))
        if (another := _unit_of_another_kind(other, got, expected, typed)) is not None:
            return another
    return None


def rates_in(words: Sequence[str]) -> dict[str, str]:
    """The units the words give a rate per, by kind: "hour" of "7.25 usd an hour". An
    article opening the words is no "per": "a g …" is no rate of anything."""
    return {
        kind: unit
        for at, (before, word) in enumerate(pairwise(words))
        if before in PER_WORDS
        and (at or before == "per")
        and (named := _UNIT_OF.get(word)) is not None
        for kind, unit in [named]
    }


def unit_left_out(want: Sequence[str], index: int, got: Sequence[str]) -> bool:
    """Whether `want[index]` is the unit of the number before it ("km" in "2850 km", or
    "cubic" and "metre" in "6500 cubic metre") and the typed words name no unit of its
    kind: the number alone says what was asked ("2850" for "2,850 km"), with a slip."""
    if want[index] == "squared" and index > 0:  # of an acceleration: "9.8 m/s²"
        return unit_left_out(want, index - 1, got)
    # "cubic" of "6500 cubic metre", "per" of "6.022e23 per mole": its unit follows.
    if want[index] in _POWER_WORDS or (want[index] in PER_WORDS and index + 1 < len(want)):
        unit_at, number_at = index + 1, index - 1
    elif index >= 2 and want[index - 1] in PER_WORDS:
        unit_at, number_at = index, index - 2
    else:
        powered = index >= 1 and want[index - 1] in _POWER_WORDS
        unit_at, number_at = index, index - (2 if powered else 1)
    if unit_at >= len(want) or number_at < 0:
        return False
    named = _LETTER_UNITS.get(want[unit_at]) or _UNIT_OF.get(want[unit_at])
    if named is None:
        return False
    # A compound unit's later units ("litre" of "7.0 mmol/L", "minute" of "125 mL/min"):
    # the number stands before the first of them, and the typed words name none of them.
    while number_at > 0 and _unit_named(want[number_at]) is not None:
        number_at -= 1
    if not _holds_digit(want[number_at]):
        return False
    units = [_unit_named(word) for word in want[number_at + 1 : unit_at + 1]]
    typed_kinds = units_in(got)
    if units and units[0] is not None and units[0][0] == MONEY and MONEY in typed_kinds:
        # A price's rate ("$35 an ounce", "$5 a day"): the amount of money typed is what
        # was asked, and only the rate's own unit is left out.
        units = units[1:]
    return all(unit is None or unit[0] not in typed_kinds for unit in units) and _M not in got


def _unit_named(word: str) -> tuple[str, str] | None:
    """The kind and unit a word of an answer names after a number, if any."""
    return _LETTER_UNITS.get(word) or _UNIT_OF.get(word)


_POWER_WORDS = frozenset({"square", "cubic"})
# Letters that after a number in an answer write a unit ("8,848 m", "373.15 K", "1.6 ×
# 10^−19 C"), though a typed letter is read as one only beside its kind.
_LETTER_UNITS = {
    _M: ("length", "metre"),
    "k": ("temperature", "kelvin"),
    "c": ("charge", "coulomb"),
}


def same_units(words: list[str]) -> list[str]:
    """The words with every way of writing a unit of measure written one way ("kms",
    "kilometres" → "km"), when they hold a number: spellings of one unit are one word."""
    if not any(map(_holds_digit, words)):
        return words
    return [_UNIT_OF[word][1] if word in _UNIT_OF else word for word in words]


def m_as_metres(words: list[str], other: list[str]) -> list[str]:
    """The words with 'm' after a number read as metres, unless either side speaks of
    millions or of money ("$5m", "5m people" for "5 million people", which
    `_m_as_millions` reads first): a height, a depth or a length is far more often
    written "8,848 m" than a count in millions."""
    if not _after_a_number(words, _M) or any(says_millions(side) for side in (words, other)):
        return words
    return _m_as(words, "metre")


def says_millions(words: Sequence[str]) -> bool:
    """Whether folded words speak of millions or of money ("5 m people", "$5 m"): there
    'm' after a number is millions, never metres."""
    return any(word in _MILLION_WORDS or _UNIT_OF.get(word, ("",))[0] == "money" for word in words)


_MILLION_WORDS = frozenset({"million", "millions", "mn", "bn", "billion", "people"})


def _m_as(words: list[str], spelt: str) -> list[str]:
    return [
        # After any number: "110.6 m" is metres as "110 m" is.
        spelt if word == _M and k > 0 and _holds_digit(words[k - 1]) else word
        for k, word in enumerate(words)
    ]


def _after_a_number(words: Sequence[str], word: str) -> bool:
    return any(
        here == word and k > 0 and _holds_digit(words[k - 1]) for k, here in enumerate(words)
    )


def _word_for(words: Sequence[str], unit: str) -> str:
    for index, word in enumerate(words):
        speed, used = speed_at(words, index)
        if speed == unit:
            return " ".join(words[index : index + used])
        if _UNIT_OF.get(word, ("", ""))[1] == unit:
            return shown(word)
    return shown(unit)


def shown(word: str) -> str:
    """A unit's word as a rule shows it: a currency's sign as typed ("$" for "usd")."""
    return SIGNS_SHOWN.get(word, word)

"""Amounts in another unit of the same measure: "96 hours" is 4 days, "3,000 metres" 3 km.

Each unit is a multiple of its measure's base (metres, grams, seconds, litres, square
metres, and each SI base with its prefixes), exactly as defined: a mile is 1,609.344
metres. Clock time and calendar time are two measures (a month has no fixed number of
days, so months are never compared with days or weeks), and units whose size depends on
the country (gallons, pints) convert to nothing. A speed is a length per a time, and a
temperature converts from scale to scale by its zero as well as its degree.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from trainer.core.answering.approximate import NEAR
from trainer.core.answering.durations import duration_of, near_duration, rounded_duration
from trainer.core.answering.number_words import MAX_DIGITS
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.unit_table import KINDS
from trainer.core.answering.units import speed_at, units_in
from trainer.core.answering.word_lists import PER_WORDS
from trainer.core.answering.written_numbers import is_plain_number

# Units as multiples of their measure's base, where a name alone does not say it.
_LISTED: dict[str, tuple[str, Fraction]] = {
    **{
        unit: ("length", Fraction(size))
        for unit, size in (
            ("km", 1000),
            ("metre", 1),
            ("cm", "0.01"),
            ("mm", "0.001"),
            ("mile", "1609.344"),
            ("foot", "0.3048"),
            ("yard", "0.9144"),
            ("inch", "0.0254"),
            # As the IAU defines them: the astronomical unit exactly (2012), a light-year
            # in Julian years exactly, a parsec (648,000/π au) to the metre.
            ("astronomicalunit", 149_597_870_700),
            ("lightyear", 9_460_730_472_580_800),
            ("parsec", 30_856_775_814_913_673),
        )
    },
    **{
        unit: ("mass", Fraction(size))
        for unit, size in (
            ("kg", 1000),
            ("gram", 1),
            ("tonne", 1_000_000),
            ("ounce", "28.349523125"),
            ("lb", "453.59237"),
        )
    },
    **{
        unit: ("clock", Fraction(size))
        for unit, size in (("second", 1), ("minute", 60), ("hour", 3600), ("day", 86400))
    },
    "week": ("clock", Fraction(604800)),
    **{
        unit: ("calendar", Fraction(size))
        for unit, size in (("month", 1), ("year", 12), ("decade", 120), ("century", 1200))
    },
    "litre": ("volume", Fraction(1)),
    "ml": ("volume", Fraction(1, 1000)),
    "bit": ("information", Fraction(1)),
    "byte": ("information", Fraction(8)),
    **{
        f"{prefix}byte": ("information", Fraction(8 * 1024**power))
        for power, prefix in enumerate(("kibi", "mebi", "gibi", "tebi"), start=1)
    },
    # In pascals (the measure SI pressures are made in), as defined: the standard
    # atmosphere exactly, the mmHg (and torr) by it.
    "atmosphere": ("pressure pascal", Fraction(101_325)),
    "mmhg": ("pressure pascal", Fraction(101_325, 760)),
    "ppm": ("concentration", Fraction(1000)),
    "ppb": ("concentration", Fraction(1)),
    "hectare": ("area", Fraction(10_000)),
    "acre": ("area", Fraction("4046.8564224")),
}
# SI prefixes, as the names of made units begin ("kilonewton", "millisecond").
_PREFIXES = {
    "nano": Fraction(1, 10**9),
    "micro": Fraction(1, 10**6),
    "milli": Fraction(1, 1000),
    "centi": Fraction(1, 100),
    "deci": Fraction(1, 10),
    "hecto": Fraction(100),
    "kilo": Fraction(1000),
    "mega": Fraction(10**6),
    "giga": Fraction(10**9),
    "tera": Fraction(10**12),
}
# Units that convert to nothing: sizes that differ from country to country, or scales
# with an offset.
_UNCONVERTED = frozenset({"gallon", "pint", "celsius", "fahrenheit", "kelvin"})


def _sizes() -> dict[str, tuple[str, Fraction]]:
    """Every unit grading knows that converts: its measure and its size in the base."""
    sizes = dict(_LISTED)
    for kind, units in KINDS.items():
        for unit in units:
            if unit in sizes or unit in _UNCONVERTED or kind == "money":
                continue
            prefix = next((p for p in _PREFIXES if unit.startswith(p) and unit != p), "")
            base = unit[len(prefix) :]
            if base not in units:
                continue
            measure, size = sizes.get(base, (f"{kind} {base}", Fraction(1)))
            sizes[unit] = (measure, size * _PREFIXES.get(prefix, Fraction(1)))
    return sizes


# Areas and volumes are lengths squared or cubed ("cubic metre", as `units.units_in`
# names them), in square metres and in litres: a cubic metre is 1,000 litres exactly.
_POWERED = {"square": ("area", 2, Fraction(1)), "cubic": ("volume", 3, Fraction(1000))}


def _powered_sizes(sizes: dict[str, tuple[str, Fraction]]) -> dict[str, tuple[str, Fraction]]:
    return {
        f"{power} {unit}": (measure, size**exponent * scale)
        for power, (measure, exponent, scale) in _POWERED.items()
        for unit, (kind, size) in sizes.items()
        if kind == "length"
    }


_SIZES = _sizes()
_SIZES |= _powered_sizes(_SIZES)


# A knot is a nautical mile (1,852 metres) an hour.
_KNOT = ("speed", Fraction(1852, 3600))


def _size(unit: str) -> tuple[str, Fraction] | None:
    """A unit's measure and size: a listed one's, or a speed's or an acceleration's as
    `units.units_in` names them ("km/hour", "metre/second²"), in metres per second (per
    second)."""
    if (listed := _SIZES.get(unit)) is not None or "/" not in unit:
        return _KNOT if unit == "knot" else listed
    length, _, time = unit.partition("/")
    squared = time.endswith("²")
    along, per = _SIZES.get(length), _SIZES.get(time.removesuffix("²"))
    if along is None or per is None or along[0] != "length" or per[0] != "clock":
        return None
    return ("acceleration", along[1] / per[1] ** 2) if squared else ("speed", along[1] / per[1])


# A temperature's scale as kelvin = factor × reading + offset: its zero is not the same.
_SCALES = {
    "kelvin": (Fraction(1), Fraction(0)),
    "celsius": (Fraction(1), Fraction("273.15")),
    "fahrenheit": (Fraction(5, 9), Fraction("273.15") - Fraction(160, 9)),
}


def temperature_in(value: Fraction, scale: str, wanted: str) -> Fraction | None:
    """A temperature read on `scale` as `wanted` reads it (212 fahrenheit is 100 celsius);
    None where either is no scale `_SCALES` knows."""
    if scale not in _SCALES or wanted not in _SCALES:
        return None
    factor, offset = _SCALES[wanted]
    return (_in_kelvin(value, scale) - offset) / factor


def _in_kelvin(value: Fraction, scale: str) -> Fraction:
    factor, offset = _SCALES[scale]
    return value * factor + offset


def ratio(typed_unit: str, wanted_unit: str) -> Fraction | None:
    """How many `wanted_unit` one `typed_unit` is (24 for hours in a day... 1/24 for an
    hour in days; 3.6 for metres per second in km/h); None when they measure different
    things or do not convert."""
    typed, wanted = _size(typed_unit), _size(wanted_unit)
    if typed is None or wanted is None or typed[0] != wanted[0]:
        return None
    return typed[1] / wanted[1]


def unit_of_the_question(got: Sequence[str], want: Sequence[str], question: Sequence[str]) -> bool:
    """Whether the one unit typed is not the answer's but one the question names as what
    it measures: "1 byte" for "How many bits in a byte?" only gives the question back,
    however true the amount."""
    typed = units_in(got)
    if len(typed) != 1:
        return False
    ((kind, unit),) = typed.items()
    named = {units_in([word]).get(kind) for word in question}
    # The answer's unit, or for a bare number the question's first ("How many days …?").
    wanted = units_in(want).get(kind) or units_in(question).get(kind)
    return unit in named and wanted != unit


def asked_in_another_unit(
    got: Sequence[str], want: Sequence[str], question: Sequence[str]
) -> str | None:
    """The unit the question asks the amount in ("in Celsius", "into metres"), where the
    one unit typed is another of its kind: "0 K" gives absolute zero, but not as "What is
    absolute zero in Celsius?" asks. The unit as `units` names it ("celsius")."""
    typed = units_in(got)
    if len(typed) != 1:
        return None
    ((kind, unit),) = typed.items()
    wanted = units_in(want).get(kind) or units_in(question).get(kind)
    for index, word in enumerate(question):
        after = question[index + 1 : index + 3]
        if word in ("in", "into") and wanted != unit and units_in(after).get(kind) == wanted:
            return wanted
    return None


def same_amount(
    want: Sequence[str], got: Sequence[str], question: Sequence[str], approximate: bool = False
) -> TextMatch | None:
    """How an amount typed in another unit compares, when it is the answer's ("96 hours"
    for "4 days", "5000 m" for "5 km"): right, or close where the question asks for it in
    the answer's unit. None for any other amount, and for an amount in the unit the
    question measures by ("1 byte" for "How many bits in a byte?" gives it back)."""
    for size_of, rule in ((duration_of, "the same length of time"), (measure_of, _SAME)):
        amount = size_of(want)
        if amount is None or unit_of_the_question(got, want, question):
            continue
        same = size_of(got) == amount
        near = size_of is duration_of and not same and near_duration(want, got, approximate)
        # "186,000 miles per second" for "about 300,000 km/s": near the approximate amount.
        near = near or (
            approximate and not same and size_of is measure_of and _near_amount(want, got)
        )
        if size_of is duration_of and not same and not near and rounded_duration(want, got):
            return TextMatch(False, False, f"{rule}, rounded more coarsely", _ROUNDED)
        if not same and not near and not (size_of is measure_of and rounds_to(want, got)):
            continue
        if (asked := asked_in_another_unit(got, want, question)) is not None:
            rule += f": the question asks for {unit_named(asked)}"
            return TextMatch(False, False, rule, 0.9)
        if near and approximate:
            told = "length of time" if size_of is duration_of else "amount"
            return TextMatch(True, True, f"near enough the approximate {told}", 1.0)
        return TextMatch(True, False, rule, 1.0)
    return None


_SAME = "the same amount in another unit"
# How alike a length of time rounded more coarsely is: close, as a rounded number is.
_ROUNDED = 0.9


def _near_amount(want: Sequence[str], got: Sequence[str]) -> bool:
    """Whether the typed amount, in another unit of the answer's measure, is within a
    twentieth of the answer's (`approximate.NEAR`)."""
    amount, typed = measure_of(want), measure_of(got)
    if amount is None or typed is None or typed[0] != amount[0] or not amount[1]:
        return False
    # In the answer's own unit, its digits say how near (`approximate.near_enough`).
    if want[_number_at(want)[0] + 1 :] == got[_number_at(got)[0] + 1 :]:
        return False
    return abs(typed[1] - amount[1]) <= abs(amount[1]) * NEAR


def rounds_to(want: Sequence[str], got: Sequence[str]) -> bool:
    """Whether the typed amount (a number and a unit) is the answer's in another unit,
    rounded to the typed number's last digit and no coarser than the answer is written:
    "373 K" for 100 °C, "1235 km/h" for 343 m/s; not "111 m" for 110.6 m, a rounding
    (see `approximate`), nor "0 km" for 300 m, nor the answer's own number in another
    unit ("2 MB" for 2 MiB), which is the unit swapped, not converted."""
    amount, typed = measure_of(want), measure_of(got)
    if amount is None or typed is None or typed[0] != amount[0]:
        return False
    if _number_word(want) == _number_word(got):
        return False
    typed_step, answer_step = _half_a_step(got, typed[1]), _half_a_step(want, amount[1])
    if typed_step is None or answer_step is None or typed_step > answer_step:
        return False
    return abs(typed[1] - amount[1]) <= typed_step


def _number_at(words: Sequence[str]) -> tuple[int, str]:
    """Where the amount's number is among its words (after a "minus"), and the number."""
    at = 1 if words[:1] == ["minus"] else 0
    return at, words[at] if at < len(words) else ""


def _number_word(words: Sequence[str]) -> str:
    """The amount's number as written, its sign with it ("minus 40" is "-40")."""
    at, number = _number_at(words)
    return f"-{number}" if at else number


def _half_a_step(words: Sequence[str], size: Fraction) -> Fraction | None:
    """Half a change of one in the last digit of the amount's number, in its measure's
    base: how precisely it is written."""
    at, number = _number_at(words)
    if not is_plain_number(number):
        return None
    places = len(number.partition(".")[2])
    more = str(Decimal(number) + Decimal(1).scaleb(-places))
    one_more = measure_of([*words[:at], more, *words[at + 1 :]])
    return None if one_more is None else abs(one_more[1] - size) / 2


def unit_named(unit: str, amount: Fraction = Fraction(2)) -> str:
    """A unit as a rule names an amount of it (by default, several): "4 days", "30
    metres per second", "degrees Celsius"."""
    along, per, time = unit.partition("/")
    named = along if amount == 1 or along == "km" else _PLURALS.get(along, f"{along}s")
    if not per:
        return named
    return f"{named} per {time.removesuffix('²')}{' squared' if time.endswith('²') else ''}"


_PLURALS = {"century": "centuries", "foot": "feet", "inch": "inches", "kelvin": "kelvin"}
_PLURALS |= {"celsius": "degrees Celsius", "fahrenheit": "degrees Fahrenheit"}
_PLURALS |= {"astronomicalunit": "astronomical units", "lightyear": "light-years"}
_PLURALS |= {"ppm": "ppm", "ppb": "ppb"}


def conversion(
    want: Sequence[str], got: Sequence[str], question: Sequence[str]
) -> tuple[str, str, Fraction] | None:
    """The one unit typed, the unit of its kind the answer (or, for a bare number, the
    question) is in, and how many of the latter one of the former is, when they differ
    and convert: ("hour", "day", 1/24) for "96 hours" asked "How many days…?"."""
    typed = units_in(got)
    if len(typed) != 1:
        return None
    ((kind, unit),) = typed.items()
    wanted = units_in(want).get(kind) or units_in(question).get(kind)
    if wanted is None or wanted == unit:
        return None
    factor = ratio(unit, wanted)
    return None if factor is None else (unit, wanted, factor)


def measure_of(words: Sequence[str]) -> tuple[str, Fraction] | None:
    """The amount words of one number and one unit say ("3000 metre", "24000 ml", "0.024
    cubic metre"), or of a rate ("2.5 cm a year", "2000 mmol per litre"), as its measure
    and its size in the measure's base (a rate's per the base of what it is per); None
    for any other words."""
    sign = -1 if words[:1] == ["minus"] else 1  # "minus 273.15 celsius"
    words = words[1:] if sign < 0 else words
    if len(words) < 2 or not is_plain_number(words[0]) or len(words[0]) > MAX_DIGITS:
        return None
    number = sign * Fraction(words[0])
    if (scale := _scale_at(words, 1)) is not None:
        # "100 celsius", "212 degrees fahrenheit": as kelvin, so that every scale compares.
        return "temperature", _in_kelvin(number, scale)
    speed, used = speed_at(words, 1)
    if speed is not None and (size := _size(speed)) is not None:
        # "360 km/h", "100 metres per second": a speed is one unit of several words.
        return (size[0], number * size[1]) if used + 1 == len(words) else None
    size, used = _unit_at(words, 1)
    if size is None:
        return None
    measure, amount = size[0], number * size[1]
    if used + 1 == len(words):
        return measure, amount
    if words[used + 1] not in PER_WORDS:
        return None
    per, per_used = _unit_at(words, used + 2)
    if per is None or used + 2 + per_used != len(words):
        return None
    return f"{measure} per {per[0]}", amount / per[1]


def _scale_at(words: Sequence[str], index: int) -> str | None:
    """The temperature scale the words end with at `index`, "degrees" before it or not."""
    rest = (
        words[index + 1 :]
        if words[index : index + 1] in (["degree"], ["degrees"])
        else words[index:]
    )
    return rest[0] if len(rest) == 1 and rest[0] in _SCALES else None


def _unit_at(words: Sequence[str], index: int) -> tuple[tuple[str, Fraction] | None, int]:
    """The size of the unit the words write at `index`, and how many words write it: one,
    or two for a length's square or cube ("cubic metre")."""
    if index >= len(words):
        return None, 0
    if words[index] in _POWERED and index + 1 < len(words):
        return _SIZES.get(f"{words[index]} {words[index + 1]}"), 2
    return _SIZES.get(words[index]), 1


def in_unit(duration: tuple[str, Fraction], unit: str) -> Fraction | None:
    """A length of time (`durations.duration_of`: clock seconds or calendar months) in
    `unit`; None when it is not a unit of the same clock or calendar."""
    scale, amount = duration
    factor = ratio("second" if scale == "clock" else "month", unit)
    return None if factor is None else amount * factor

"""A unit typed beside a bare number that the question does not measure in: "3 kg" asked
"How many sodium ions …?", "27 months" asked "How old …?", "10 kg" asked for a force
"in newtons"."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from trainer.core.answering.unit_table import KINDS
from trainer.core.answering.units import shown, units_in

_ALL_KINDS = (*KINDS, "speed")
# The most words a unit after "in" is written in: "metres per second squared".
_UNIT_WORDS = 5


def unasked_unit(
    accepted: Sequence[str], typed: Sequence[str], question: Sequence[str]
) -> str | None:
    """Why a unit typed beside a bare number is not one the question measures in ("27
    months" asked "How old…?", "3 kg" asked "How many sodium ions…?"); None when the
    answer has a unit of its own (`units.unit_problem` judges it), the question names a
    unit of that kind, or it asks for a measure the unit may give."""
    if units_in(accepted):
        return None
    named = units_in(question)
    # Each word's own unit as well: "yards" of "How many yards an hour?" names yards.
    words_units = {unit for word in question for unit in units_in([word]).values()}
    pairs = set(pairwise(question))
    # "price index", "price elasticity": a measure's word naming what is no measure.
    measured = {
        kind
        for word, after in pairwise((*question, ""))
        if after not in _UNITLESS
        for kind in _MEASURES.get(word, ())
    }
    # A question that asks "in" a unit asks in it alone: "A 2 kg mass accelerates …
    # What net force acts on it, in newtons?" gives kilograms, and asks in newtons.
    # The unit read from the words after "in", as a unit of several words is ("mol per
    # dm cubed", "kilograms a week"), not word by word.
    asked_in = {
        kind: unit
        for at, before in enumerate(question[:-1])
        # "in newtons", not "in 18 g of water": an amount given, not a unit asked in.
        if before == "in" and not any(map(str.isdigit, question[at + 1]))
        for kind, unit in units_in(question[at + 1 : at + 1 + _UNIT_WORDS]).items()
    }
    if asked_in:
        named, words_units, measured = asked_in, set(asked_in.values()), set(asked_in)
    # A count, and a quantity that is no measure ("Which port…?", "What is the
    # multiplier?"), take no unit but one the question names: "443 MB" is no port.
    unitless = bool(_UNITLESS & {*question, *pairs})
    counting = ("how", "many") in pairs or unitless
    for kind, unit in units_in(typed).items():
        if kind in named or unit in words_units:
            continue
        if pairs & _AGE_QUESTIONS or "age" in question:
            wrong = (kind, unit) != ("time", "year")
        else:
            # A question that names units asks in them: "$400" is no answer to "What
            # quantity clears the market, in kilograms a week?".
            wrong = kind not in measured if measured else counting or bool(named)
        if wrong:
            return f"'{_written(typed, unit)}' is not a unit the question asks for"
    # A lone "m" (metres or millions, which `units_in` reads alone as neither): "1.618 m".
    lone_m = unitless and not measured and "m" in typed
    return "'m' is not a unit the question asks for" if lone_m else None


def _written(typed: Sequence[str], unit: str) -> str:
    return shown(next((word for word in typed if unit in units_in([word]).values()), unit))


# Words of a question that ask for an amount no unit measures: a port, a ratio, an index,
# a probability, a multiplier, a pH, π; and the numbers named so ("atomic number").
_UNITLESS: frozenset[str | tuple[str, str]] = frozenset(
    {
        *("port", "ports", "ratio", "ratios", "multiplier", "elasticity", "index", "ph"),
        *("probability", "odds", "pi", "π", "digit", "digits", "valency", "valence"),
        *("exponent", "determinant", "mpc", "mps", "percentile", "quotient"),
        *((name, "number") for name in ("atomic", "mass", "oxidation", "reynolds", "mach")),
        *(("prime", "number"), ("proton", "number")),
    }
)
# Questions of age: in years, unless they say otherwise ("How old …, in months?"); so is
# any question that names an age ("What is the voting age in Austria?").
_AGE_QUESTIONS = frozenset({("how", "old"), ("what", "age"), ("which", "age")})
_LENGTH, _AREA, _VOLUME, _MASS, _TIME = "length", "area", "volume", "mass", "time"
# Words of a question that say what it measures, and the kinds of unit that measure it.
_MEASURES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("far", "tall", "high", "deep", "wide", "thick", "distance", "length", "height"),
        (_LENGTH,),
    ),
    **dict.fromkeys(
        ("altitude", "depth", "width", "thickness", "diameter", "radius", "across"), (_LENGTH,)
    ),
    **dict.fromkeys(("long",), (_LENGTH, _TIME)),
    **dict.fromkeys(("big", "large", "small", "size"), (_LENGTH, _AREA, _VOLUME, _MASS)),
    **dict.fromkeys(("heavy", "weigh", "weighs", "weighed", "weight", "mass"), (_MASS,)),
    **dict.fromkeys(("hot", "cold", "warm", "temperature"), ("temperature",)),
    **dict.fromkeys(("fast", "speed", "velocity"), ("speed",)),
    **dict.fromkeys(("duration", "last", "lasted", "lasts", "took", "take"), (_TIME,)),
    **dict.fromkeys(("often", "frequency"), ("frequency", _TIME)),
    **dict.fromkeys(("cost", "costs", "price", "worth", "paid", "pay"), ("money",)),
    **dict.fromkeys(("much",), tuple(_ALL_KINDS)),
    **dict.fromkeys(("pressure",), ("pressure",)),
    **dict.fromkeys(("force", "thrust"), ("force",)),
    **dict.fromkeys(("energy",), ("energy",)),
    **dict.fromkeys(("power",), ("power", "energy")),
    **dict.fromkeys(("volume", "capacity"), (_VOLUME,)),
    **dict.fromkeys(("area",), (_AREA,)),
}

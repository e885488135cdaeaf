"""A unit named by its symbol: "N" for "the newton", "Pa" for "pascals", "joule" for "J".

Asked "What is the SI unit of force?", a learner who types the newton's symbol knows the
unit. Elsewhere a single letter is read as a unit only after a number (`unit_readings`):
"N" alone could be nitrogen or north. So the symbol counts only when the whole answer is
the unit and the whole typed answer its symbol, written in its own case ("n" is no
newton, "pa" no pascal), or the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from trainer.core.answering.currency_codes import currency_by_symbol
from trainer.core.answering.normalise import fold
from trainer.core.answering.unit_table import unit_names_and_symbols

# SI units that grading's table of amounts leaves out (no answer in a deck measured in
# them has needed converting), with their symbols; the table gives the rest.
_OTHER_UNITS = {
    "kelvin": ("K",), "tesla": ("T",), "weber": ("Wb",), "henry": ("H",), "farad": ("F",),
    "siemens": ("S",), "becquerel": ("Bq",), "gray": ("Gy",), "sievert": ("Sv",),
    "lumen": ("lm",), "lux": ("lx",), "candela": ("cd",), "kilogram": ("kg",),
    "kilogramme": ("kg",),
}  # fmt: skip
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@cache
def _symbols_by_name() -> dict[str, tuple[str, ...]]:
    """Every unit's name, in each spelling and number, folded → its symbols as written."""
    names = unit_names_and_symbols() | _OTHER_UNITS
    plurals = {f"{name}s": symbols for name, symbols in _OTHER_UNITS.items()}
    return {fold(name): symbols for name, symbols in (plurals | names).items()}


def _symbols_of(text: str) -> tuple[str, ...]:
    """The symbols of the unit `text` names in full and alone ("the newton", "Newtons",
    "pascals"); none if it names no unit or more than one."""
    # Folded as grading folds every word: "henrý" names the henry, as "henry" does.
    name = fold(_ARTICLE.sub("", text.strip(), count=1))
    return _symbols_by_name().get(name, ())


def unit_by_symbol(typed: str, accepted: str, question: Sequence[str] = ()) -> str | None:
    """The rule, where `typed` is the symbol of the unit `accepted` names, or names the
    unit whose symbol `accepted` is; or a currency so (`currency_codes`, which reads a
    name several share by the country the `question`'s words name). Else None."""
    if symbols := _symbols_of(accepted):
        if typed.strip() in symbols:
            return _BY_SYMBOL
        # Another name of the same unit, whole: "amps" for "the ampere".
        return _BY_NAME if _symbols_of(typed) == symbols else None
    if accepted.strip() in _symbols_of(typed):
        return _BY_SYMBOL
    return currency_by_symbol(typed, accepted, question)


_BY_SYMBOL = "the unit by its symbol"
_BY_NAME = "the unit by another name"

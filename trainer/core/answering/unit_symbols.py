"""A unit named by its symbol: "N" for "the newton", "Pa" for "pascals", "joule" for "J".

Asked "What is the SI unit of force?", a learner who types the newton's symbol knows the
unit. Elsewhere a single letter is read as a unit only after a number (`unit_readings`):
"N" alone could be nitrogen or north. So the symbol counts only when the whole answer is
the unit and the whole typed answer its symbol, written in its own case ("n" is no
newton, "pa" no pascal), or the other way round.
"""

from __future__ import annotations

import re

# SI units named after their symbol, in the symbol's case. Each name may be plural.
_SYMBOLS = {
    "newton": "N", "joule": "J", "watt": "W", "volt": "V", "ampere": "A", "amp": "A",
    "coulomb": "C", "pascal": "Pa", "kelvin": "K", "hertz": "Hz", "ohm": "Ω", "tesla": "T",
    "weber": "Wb", "henry": "H", "farad": "F", "siemens": "S", "becquerel": "Bq",
    "gray": "Gy", "sievert": "Sv", "lumen": "lm", "lux": "lx", "candela": "cd",
    "mole": "mol", "kilogram": "kg", "kilogramme": "kg", "metre": "m", "meter": "m",
    "second": "s", "litre": "L", "liter": "L",
}  # fmt: skip
# Symbols also written otherwise: a litre as "l", an ohm as "ohm" is its name already.
_OTHER_SYMBOLS = {"L": ("l",), "Ω": ("Ω",)}
_NAME = re.compile(r"(?:the\s+|a\s+|an\s+)?(?P<name>[a-z]+?)(?:s|es)?", re.IGNORECASE)


def _unit_name(text: str) -> str | None:
    """The unit `text` names in full, if it names one and nothing else ("the newton",
    "Newtons", "pascals")."""
    found = _NAME.fullmatch(text.strip())
    if found is None:
        return None
    name = found.group("name").casefold()
    for candidate in (name, f"{name}s", f"{name}e"):
        if candidate in _SYMBOLS:
            return candidate
    return None


def _is_symbol_of(symbol: str, name: str) -> bool:
    own = _SYMBOLS[name]
    return symbol.strip() in (own, *_OTHER_SYMBOLS.get(own, ()))


def unit_by_symbol(typed: str, accepted: str) -> bool:
    """Whether `typed` is the symbol of the unit `accepted` names, or names the unit
    whose symbol `accepted` is."""
    name = _unit_name(accepted)
    if name is not None:
        return _is_symbol_of(typed, name)
    name = _unit_name(typed)
    return name is not None and _is_symbol_of(accepted, name)

"""What a number written with SI unit symbols measures, by its units' dimensions.

Physical constants and results are written in unit symbols grading does not read as
words: "1.381 × 10⁻²³ J/K", "8.314 J/(mol K)", "6.674 × 10⁻¹¹ N m²/kg²", "1.602 × 10⁻¹⁹ C".
Each measures something else (an entropy, a molar one, a force times area per mass
squared, a charge), and a wrong option or a swap of other units gives the answer away to a
learner who reads the units ("Planck's constant is about 8.314 J/(mol K)"). The kind of
such a value is the dimension its symbols multiply out to, in the SI base quantities, so
values in other symbols of the same thing stay alike ("8.314 J/(mol K)" and "0.0821
L atm/(mol K)", "9.81 m/s²" and "9.81 N/kg").
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.answering.unit_expressions import PLAIN_POWERS

# Dimensions as exponents of the SI base quantities, in this order.
_BASES = ("M", "L", "T", "I", "Θ", "N", "J")
Dimension = tuple[int, ...]


def _dim(**powers: int) -> Dimension:
    return tuple(powers.get(base, 0) for base in ("M", "L", "T", "I", "K", "N", "J"))


_ENERGY = _dim(M=1, L=2, T=-2)
_PRESSURE = _dim(M=1, L=-1, T=-2)
# The unit symbols read, case and all ("C" is a coulomb, "c" no unit; "T" a tesla).
_SYMBOLS: dict[str, Dimension] = {
    "m": _dim(L=1),
    "g": _dim(M=1),
    "s": _dim(T=1),
    "A": _dim(I=1),
    "K": _dim(K=1),
    "mol": _dim(N=1),
    "cd": _dim(J=1),
    "N": _dim(M=1, L=1, T=-2),
    "J": _ENERGY,
    "eV": _ENERGY,
    "W": _dim(M=1, L=2, T=-3),
    "Pa": _PRESSURE,
    "atm": _PRESSURE,
    "bar": _PRESSURE,
    "Hz": _dim(T=-1),
    "C": _dim(I=1, T=1),
    "V": _dim(M=1, L=2, T=-3, I=-1),
    "Ω": _dim(M=1, L=2, T=-3, I=-2),
    "F": _dim(M=-1, L=-2, T=4, I=2),
    "T": _dim(M=1, T=-2, I=-1),
    "Wb": _dim(M=1, L=2, T=-2, I=-1),
    "H": _dim(M=1, L=2, T=-2, I=-2),
    "L": _dim(L=3),
}
# Prefixes a symbol may take ("km", "μF", "kJ"), read only where the whole is no symbol.
_PREFIXES = frozenset("kMGTmμµncdp")
# A number as a measure writes it: a sign, thousands commas, a decimal part and a power of
# ten ("6.022 × 10²³", "1.6e-19", "3 x 10^8"), after an optional hedge.
_NUMBER = re.compile(
    r"\s*(?:(?:about|approximately|roughly|exactly|nearly|≈|~)\s+)?[−-]?\d[\d,]*(?:\.\d+)?"
    r"(?:\s*[×x]\s*10(?:\^\(?[−-]?\d+\)?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|e[−-]?\d+)?\s+",
    re.IGNORECASE,
)
# One piece of a unit expression: a bracket, a slash, a product sign or a symbol with its
# power ("m²", "s⁻¹", "m^2", "K-1").
_TOKEN = re.compile(r"\s*(\(|\)|/|[·⋅*]|[^\W\d_]+(?:\^?\(?[−-]?\d+\)?|[⁻]?[¹²³⁴⁵⁶⁷⁸⁹]+)?)")
_POWERED = re.compile(r"([^\W\d_]+)(?:\^?\(?([−-]?\d+)\)?)?")


@lru_cache(maxsize=1 << 12)
def si_dimension(value: str) -> str | None:
    """The dimension a number written with SI unit symbols measures ("dimension M1 L2
    T-2 Θ-1" for "1.381 × 10⁻²³ J/K"); None when `value` is not a number followed by
    nothing but unit symbols, powers, slashes and brackets."""
    number = _NUMBER.match(value)
    if number is None:
        return None
    tokens = _tokens(value[number.end() :].strip())
    dimension = _parse(tokens) if tokens else None
    if dimension is None:
        return None
    powers = zip(_BASES, dimension, strict=True)
    named = " ".join(f"{base}{power}" for base, power in powers if power)
    return f"dimension {named or 'none'}"


def _tokens(expression: str) -> list[str] | None:
    tokens: list[str] = []
    at = 0
    while at < len(expression):
        found = _TOKEN.match(expression, at)
        if found is None or found.end() == at:
            return None
        tokens.append(found.group(1))
        at = found.end()
    return tokens


def _parse(tokens: list[str]) -> Dimension | None:
    """Multiply the tokens out: a slash divides by everything after it in its bracket."""
    stack: list[tuple[list[int], int]] = []
    total, sign = [0] * len(_BASES), 1
    symbols = 0
    for token in tokens:
        if token == "(":
            stack.append((total, sign))
            total, sign = [0] * len(_BASES), 1
        elif token == ")":
            if not stack:
                return None
            inner = total
            total, sign = stack.pop()
            total = [a + sign * b for a, b in zip(total, inner, strict=True)]
        elif token == "/":
            if sign < 0:
                return None  # "J/mol/K" is read no way for sure
            sign = -1
        elif token not in "·⋅*":
            unit = _unit(token)
            if unit is None:
                return None
            symbols += 1
            total = [a + sign * b for a, b in zip(total, unit, strict=True)]
    return tuple(total) if symbols and not stack else None


def _unit(token: str) -> Dimension | None:
    """The dimension of one symbol with its power: "m²" is a length squared."""
    powered = _POWERED.fullmatch(token.translate(PLAIN_POWERS))
    if powered is None:
        return None
    symbol, power = powered.group(1), int((powered.group(2) or "1").replace("−", "-"))
    base = _SYMBOLS.get(symbol)
    if base is None and len(symbol) > 1 and symbol[0] in _PREFIXES:
        base = _SYMBOLS.get(symbol[1:])
    return None if base is None else tuple(power * part for part in base)

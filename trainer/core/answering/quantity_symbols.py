"""A quantity's name as the symbol an equation writes it with: "force" as F, "mass" as m.

A science course writes a law both ways, "F = ma" and "force = mass × acceleration", and
a learner may give either for the other. The names a school course uses are listed,
each with the symbols it may stand for; a name is written as one of them only where the
other side of the comparison writes that very symbol ("volume" is V beside "pV = nRT",
"distance" s or d as the answer has it), so that no name becomes a symbol the answer
does not use.
"""

from __future__ import annotations

import re

# Each name (folded, singular) with the symbols it is written as, in their case.
_LISTED = """
force: F
mass: m
acceleration: a
velocity: v
speed: v
wave speed: v
voltage: V
potential difference: V
current: I
resistance: R
power: P
energy: E
work done: W
work: W
time: t
distance: s d x
displacement: s x
charge: Q q
frequency: f
wavelength: λ
density: ρ
pressure: p P
momentum: p
height: h
gravitational field strength: g
spring constant: k
extension: x e
period: T
temperature: T θ
volume: V
amount of substance: n
concentration: c
area: A
weight: W
efficiency: η
kinetic energy: Ek KE
gravitational potential energy: Ep GPE
specific heat capacity: c
"""


def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _LISTED.strip().splitlines():
        name, _, symbols = line.partition(":")
        table[name.strip()] = tuple(symbols.split())
    return table


_SYMBOLS = _table()
# The names, longest first, so that "kinetic energy" is read before "energy".
_NAME = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in sorted(_SYMBOLS, key=len, reverse=True)) + r")s?"
    r"(?=[\W²³¹⁰⁴-⁹⁻]|$)",  # "speed²": a power after it, not a letter
    re.IGNORECASE,
)
_SYMBOL_WORD = re.compile(r"[A-Za-zα-ωΑ-Ω]+")


def names_as_symbols(text: str, other: str) -> str:
    """`text` with each quantity's name written as the symbol `other` writes it with
    ("force = mass × acceleration" as "F = m × a" beside "F = ma"); a name whose
    symbols `other` does not write stays as it is."""
    written = set(_SYMBOL_WORD.findall(other)) | {
        letter for word in _SYMBOL_WORD.findall(other) for letter in word
    }

    def symbol(found: re.Match[str]) -> str:
        name = found[0].casefold()
        symbols = _SYMBOLS.get(name) or _SYMBOLS.get(name[:-1], ())
        return next((s for s in symbols if s in written), found[0])

    return _NAME.sub(symbol, text)

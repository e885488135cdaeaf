"""Chemical formulas and the names they write: "CO2" is "carbon dioxide", "O2" is "oxygen".

A learner writes a substance by its formula as readily as by its name, and a teacher
takes either; so are the ions acids and alkalis are defined by ("H+", "OH−", written
as `charges` writes them). Only formulas a school course uses are listed, each with the folded words
of its names; a formula typed beside an answer that names its substance (or the
reverse) is read as those words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# Each line: a formula, then its names separated by commas, folded.
_LISTED = """
h2o: water
co2: carbon dioxide
o2: oxygen, oxygen gas
o3: ozone
n2: nitrogen, nitrogen gas
h2: hydrogen, hydrogen gas
cl2: chlorine, chlorine gas
ch4: methane
nh3: ammonia
nacl: sodium chloride, salt, common salt, table salt
hcl: hydrochloric acid, hydrogen chloride
h2so4: sulfuric acid, sulphuric acid
hno3: nitric acid
naoh: sodium hydroxide
caco3: calcium carbonate
cao: calcium oxide, quicklime
so2: sulfur dioxide, sulphur dioxide
no2: nitrogen dioxide
c6h12o6: glucose
h2o2: hydrogen peroxide
co: carbon monoxide
h^+: hydrogen ion, hydrogen ions
oh^-: hydroxide, hydroxide ion, hydroxide ions
h3o^+: hydronium ion, hydronium ions, hydronium, oxonium ion, oxonium ions
"""
# Elements by their symbols, read so only where the answer names the substance in small
# letters: "Hg" is mercury the metal, never Mercury the planet.
_ELEMENTS = """
fe: iron
cu: copper
au: gold
ag: silver
pb: lead
hg: mercury
sn: tin
zn: zinc
al: aluminium, aluminum
na: sodium
k: potassium
ca: calcium
mg: magnesium
li: lithium
i: iodine
he: helium
ne: neon
ar: argon
c: carbon
s: sulfur, sulphur
p: phosphorus
si: silicon
u: uranium
pt: platinum
w: tungsten
ni: nickel
cr: chromium
mn: manganese
o: oxygen
h: hydrogen
n: nitrogen
f: fluorine
cl: chlorine
br: bromine
ba: barium
ra: radium
rn: radon
kr: krypton
xe: xenon
sr: strontium
cs: caesium, cesium
rb: rubidium
ti: titanium
bi: bismuth
"""


def _table(listed: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in listed.strip().splitlines():
        formula, _, names = line.partition(":")
        table[formula.strip()] = tuple(tuple(name.split()) for name in names.split(","))
    return table


_FORMULAS = _table(_LISTED)
_SYMBOLS = _table(_ELEMENTS)


# A word that starts with a letter and holds a zero: a formula with the letter O typed as
# a zero ("C02", "H20", "C6H1206"), if the letter makes it a listed one.
_HOLDS_A_ZERO = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z\d]*0[A-Za-z\d]*(?![\w.])")


def zeros_as_letters(typed: str) -> str | None:
    """`typed` with each formula written with a zero for the letter O written with the
    letter ("C02" → "CO2", "H20" → "H2O"); None where it holds none. A slip a teacher
    reads past: the two keys look alike and sit close."""

    def with_letters(found: re.Match[str]) -> str:
        letters = found.group(0).replace("0", "O")
        return letters if letters.casefold() in _FORMULAS else found.group(0)

    fixed = _HOLDS_A_ZERO.sub(with_letters, typed)
    return fixed if fixed != typed else None


def is_formula(word: str) -> bool:
    """Whether the folded `word` is a listed formula ("co2")."""
    return word in _FORMULAS


def formulas_spelled_out(
    expected: Sequence[str],
    typed: Sequence[str],
    question: Sequence[str] = (),
    capitalised: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """Each side's formulas written as the name the other side gives them ("co2" as
    "carbon dioxide" beside an answer that says "carbon dioxide"); other words as they are.
    Not where the question writes the formula or the name: "water" for "What is the
    formula of water?" only copies the question, as "H2O" for "Which compound is H2O?".
    An element's symbol only for a name the answer does not capitalise (`capitalised`,
    folded): "Fe" for "iron", not "Hg" for the planet "Mercury"."""
    table = _table_for(capitalised)
    return (
        _spelled_out(expected, typed, question, table, asked_for=True),
        _spelled_out(typed, expected, question, table, asked_for=False),
    )


@lru_cache(maxsize=1024)
def _table_for(capitalised: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The formulas, and the elements' symbols but for names in `capitalised` (kept for
    the answers a sitting grades again and again)."""
    symbols = {
        symbol: kept
        for symbol, names in _SYMBOLS.items()
        if (kept := tuple(name for name in names if capitalised.isdisjoint(name)))
    }
    return {**_FORMULAS, **symbols}


def _spelled_out(
    words: Sequence[str],
    other: Sequence[str],
    question: Sequence[str],
    table: dict[str, tuple[tuple[str, ...], ...]],
    *,
    asked_for: bool,
) -> list[str]:
    """`words` with formulas written as the name `other` gives them. A formula the
    answer gives (`asked_for`) of a substance the question names is asked for by that
    name: no name of it answers ("salt" for "the formula of sodium chloride")."""
    out: list[str] = []
    for word in words:
        names = () if word in question else table.get(word, ())
        if asked_for and any(_holds(question, n) for n in names):
            names = ()
        name = next((n for n in names if _holds(other, n) and not _holds(question, n)), None)
        out.extend(name if name is not None else (word,))
    return out


def _holds(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))

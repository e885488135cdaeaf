"""Chemical formulas as automatic cloze reads them: one word each, blanked whole or not at all.

The word scanner stops at digits, so that `CH4` used to be the word `CH` and a blank
`[...]4`. A formula is read instead as one word (`FORMULA`, used by cloze_words): element
symbols, each maybe with a count, brackets with a count after them, and maybe a charge
(`CH4`, `MnO2`, `H2SO4`, `Ca(OH)2`, `C6H12O6`, `NH4+`, `SO4²⁻`, `H₂O`,
`CuSO4·5H2O`). As a word it is a name: its capitals make it one, and it is blanked whole,
answered `CH4`, which grading relates to `methane`.

Only what chemistry writes so is a formula, so that designations keep their own reading:

- every symbol is an element's, and a count is never `1` nor starts with `0` (`MI5`,
  `T34`, `H1N1` are none);
- two symbols or more need a count or a charge (`HCl` is a word already, whole);
- one symbol alone with a count is a formula only when answering/formulas.py lists it
  (`O2`, `O3`, `N2`, `H2`, `Cl2`; not `B12`, `K2`, `U2`, `V2`);
- one symbol alone with a charge is an ion when the symbol has two letters (`Na+`,
  `Cl−`) or the charge a number (`O2−`, `Fe³⁺`), or the ion is listed (`H+`); a single
  letter with a bare sign is no formula (`C+`, `C++`, `K+`: a grade or a language as
  often as an ion). A hyphen is a minus sign only after a digit (`NO3-`; not `In-`).

A formula written against a number (`6CO2`, `2H2O`, `2HCl` in an equation) has a
coefficient: blanking the formula would leave `6[...]`, a question about half a term,
and blanking both asks for a coefficient the learner cannot tell from the formula.
Such a formula is never blanked (`after_coefficient`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# One list of the elements, kept with the ions that use it.
from trainer.core.answering.charges import ELEMENTS
from trainer.core.answering.formulas import is_formula


def _either(options: list[str]) -> str:
    """A regex alternation, longest first: `Cl` is tried before `C`."""
    return "|".join(re.escape(option) for option in sorted(options, key=lambda o: (-len(o), o)))


def _one_symbol(letters: str) -> bool:
    """Whether folded letters can only be one element's symbol: `cl` is chlorine, but
    `co` reads as carbon and oxygen before cobalt, and `no` as nitrogen and oxygen."""
    return len(letters) == 1 or not all(letter.upper() in ELEMENTS for letter in letters)


def _listed_singles() -> list[str]:
    """The formulas of one element that answering/formulas.py lists (`O2`, `Cl2`, and
    `H+`), written with plain digits and with subscripts."""
    found: list[str] = []
    for symbol in ELEMENTS:
        folded = symbol.casefold()
        if not _one_symbol(folded):
            continue
        for count in range(2, 10):
            if is_formula(f"{folded}{count}"):
                found += [f"{symbol}{count}", f"{symbol}{chr(0x2080 + count)}"]
        found += [f"{symbol}{sign}" for sign in "+⁺" if is_formula(f"{folded}^+")]
        found += [f"{symbol}{sign}" for sign in "−⁻" if is_formula(f"{folded}^-")]
    return found


def _symbols(symbols: list[str]) -> str:
    """Element symbols as a compact regex, by their capital: `C[adeflmnorsu]?` for C, Ca, Cd
    … (the pattern is compiled into the word scanner, where its size is its cost)."""
    by_capital: dict[str, list[str]] = {}
    for symbol in symbols:
        by_capital.setdefault(symbol[0], []).append(symbol[1:])
    parts = []
    for capital, seconds in sorted(by_capital.items()):
        small = "".join(sorted(second for second in seconds if second))
        if not small:
            parts.append(capital)
        else:
            parts.append(f"{capital}[{small}]{'?' if '' in seconds else ''}")
    return f"(?:{'|'.join(parts)})"


_SYMBOL = _symbols(list(ELEMENTS))
_ONE_LETTER = _symbols([s for s in ELEMENTS if len(s) == 1])
_TWO_LETTERS = _symbols([s for s in ELEMENTS if len(s) == 2])
# A count: never `1`, never a leading `0`; in plain digits or in subscripts.
_COUNT = "(?:[2-9]|[1-9][0-9]+|[₂-₉]|[₁-₉][₀-₉]+)"
_ATOMS = f"(?:{_SYMBOL}{_COUNT}?)+"
_GROUP = rf"\({_ATOMS}\){_COUNT}"
_COMPLEX = rf"\[(?:{_SYMBOL}{_COUNT}?|{_GROUP})+\]{_COUNT}?"
_UNIT = f"(?:{_SYMBOL}{_COUNT}?|{_GROUP})"
_COMPOUND = f"(?:{_UNIT}{{2,}}|{_COMPLEX})"
_HYDRATE = f"(?:·(?:[2-9]|[1-9][0-9]+)?{_COMPOUND})"
# A sign is `+` or `−` (up to three: `Ca++`), or a hyphen right after a digit (`NO3-`).
_SIGNS = "(?:[+−]{1,3}|(?<=[0-9₀-₉])-)"
_CHARGE = f"(?:\\^?[2-9]?{_SIGNS}|[²³⁴⁵⁶⁷⁸⁹]?[⁺⁻]{{1,3}})"
_ION = (
    f"(?:{_TWO_LETTERS}{_COUNT}?{_CHARGE}"
    f"|{_ONE_LETTER}(?:{_COUNT}{_CHARGE}|\\^?[2-9]{_SIGNS}|[²³⁴⁵⁶⁷⁸⁹][⁺⁻]))"
)
_LISTED = f"(?:{_either(_listed_singles())})"

# A formula as a word of the text. It starts with a capital or a bracket, not inside a
# word (`MI5`), after a hyphen, an apostrophe or a stop joined to one (`SARS-CoV`, `U.S`)
# or after a caret; a digit may stand before it: the coefficient, left out of the word.
# A count or a sign comes before its letters end, which rejects most words at once. It
# ends where a word could not go on: not before a letter or digit, a sign, `-` and a
# digit (`CoV-2`), or a stop and a letter. A possessive `'s` is the word's, as anywhere.
FORMULA = (
    r"(?=[A-Z(\[])(?<![^\W\d])(?<!\w[-'’.])(?<!\^)"
    r"(?=[A-Za-z()\[\]·^]*[0-9₀-₉²³⁴⁵⁶⁷⁸⁹+−⁺⁻])"
    f"(?:{_COMPOUND}{_HYDRATE}?{_CHARGE}?|{_ION}|{_LISTED})"
    r"(?:['’]s)?"
    r"(?![\w^+−⁺⁻]|-[0-9]|['’][^\W_]|\.[^\W\d_])"
)
_SYMBOLS_ONLY = re.compile(f"{_SYMBOL}+")
_DIGITS = frozenset("0123456789")
# What every formula holds, a count or a charge (see FORMULA's look-ahead).
_COUNT_OR_CHARGE = frozenset("0123456789₀₁₂₃₄₅₆₇₈₉²³⁴⁵⁶⁷⁸⁹+−⁺⁻")


@cache
def _formula() -> re.Pattern[str]:
    # Compiled when a word first holds a count or a charge: compiling costs milliseconds,
    # and most decks' words hold none (the word scanner compiles FORMULA on its own).
    return re.compile(FORMULA)


@lru_cache(maxsize=1 << 12)
def is_formula_word(word: str) -> bool:
    """Whether a word, as cloze_words reads it, is a chemical formula (`CH4`, `Na+`)."""
    if _COUNT_OR_CHARGE.isdisjoint(word):
        return False
    return _formula().fullmatch(word) is not None


def after_coefficient(word: str, gap_before: str) -> bool:
    """Whether a word is a formula written against its coefficient: `CO2` of `6CO2`,
    `HCl` of `2HCl` (a word of symbols alone, after a digit, is one too)."""
    if not gap_before or gap_before[-1] not in _DIGITS:
        return False
    return is_formula_word(word) or _SYMBOLS_ONLY.fullmatch(word) is not None

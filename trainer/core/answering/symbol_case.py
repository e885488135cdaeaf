"""Symbols whose capitals are their meaning: a formula or unit typed in other capitals.

Grading folds case away, as a learner's hand is careless with it. A chemical formula or
a unit's symbol is the exception where the capitals typed write another one: "Co2" is
cobalt, not carbon dioxide's "CO2"; "meV" is a milli-electronvolt, a billionth of
"MeV"; "MW" a million times "mW". Capitals that write nothing else ("co2", "mev", "n"
for "N", "PA" for "Pa") are a careless hand, and let go as any other case is.
"""

from __future__ import annotations

import re

from trainer.core.answering.formulas import is_formula
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.unit_table import symbol_readings

# Every element's symbol (IUPAC, 1-118).
ELEMENTS = frozenset(
    """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga
    Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm
    Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th
    Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og""".split()  # noqa: SIM905
)
# A formula as written: element symbols, counts, brackets, a dot of hydration, a charge.
_FORMULA_PART = re.compile(r"[A-Z][a-z]?|\d+|[()\[\]·.^+\-−]")
# Words of a question that asks for a symbol, a formula or a unit as such.
ASKS_FOR_SYMBOL = frozenset({"symbol", "symbols", "formula", "formulae", "formulas", "unit"})
ASKS_FOR_SYMBOL |= {"units", "abbreviation", "abbreviated", "written", "write"}
# A word of a unit: its symbols, one over another ("N/m", "kg·m/s^2", "m s-1").
_UNIT_PARTS = re.compile(r"[/·*^]|-?\d+")
# A plus or minus sign, of either hand.
_SIGN_OF = {"+": "+", "-": "-", "−": "-", "–": "-"}
_SIGN = re.compile("[+\\-−–]")
# A number a unit's symbol may be written against ("5mW", "0.511").
_NUMBER = re.compile(r"[+\-−]?\d+(?:[.,]\d+)*")


def symbol_case_match(
    expected: str, typed: str, question_words: frozenset[str]
) -> TextMatch | None:
    """How `typed` compares with the answer where it is that but for the capitals or
    signs of a symbol that then writes another (`symbol_case_problem`): wrong."""
    if (rule := symbol_case_problem(expected, typed, question_words)) is None:
        return None
    return TextMatch(False, False, rule, 0.5, decisive=True)


def symbol_case_problem(expected: str, typed: str, question_words: frozenset[str]) -> str | None:
    """Why `typed`, the answer but for its capitals or signs, writes something else: a
    word of it is another formula or unit, or has another sign ("CnH2n-2" for
    "CnH2n+2"). A unit is read after a number, or where the whole answer is one symbol
    the question asks for ("What is the symbol of the megawatt?")."""
    wanted, written = expected.split(), typed.split()
    if typed.strip() == expected.strip() or len(wanted) != len(written):
        return None
    pairs = [(w, t) for w, t in zip(wanted, written, strict=True) if w != t]
    if pairs and all(_signs(w) != _signs(t) for w, t in pairs):
        return _sign_problem(pairs)
    if not pairs or any(w.casefold() != t.casefold() for w, t in pairs):
        return None
    asked = len(wanted) == 1 and bool(question_words & ASKS_FOR_SYMBOL)
    for index, (want, got) in enumerate(zip(wanted, written, strict=True)):
        if want == got:
            continue
        after_number = index > 0 and _NUMBER.fullmatch(wanted[index - 1]) is not None
        for problem in (_unit_problem, _formula_problem):
            if (found := problem(want, got, after_number or asked, question_words)) is not None:
                return found
    return None


def _signs(word: str) -> str:
    return "".join(_SIGN_OF.get(char, "") for char in word)


def _sign_problem(pairs: list[tuple[str, str]]) -> str | None:
    """Where each differing word is the answer's with another sign between its letters
    and counts ("CnH2n-2", "2n+1"): another formula. A hyphen among letters alone is
    only a way of writing ("Austria-Hungary")."""
    for want, got in pairs:
        plain = _SIGN.sub("", want).casefold()
        if (
            plain != _SIGN.sub("", got).casefold()
            or len(_signs(want)) != len(_signs(got))
            or not any(char.isdigit() for char in plain)
        ):
            return None
    want, got = pairs[0]
    return f"'{got}' is not '{want}': a sign in a formula is its meaning"


def _formula_problem(want: str, got: str, _: bool, question_words: frozenset[str]) -> str | None:
    if not written_as_formula(want, question_words):
        return None
    theirs = _elements(got)
    if theirs is None or theirs == _elements(want):
        return None
    return f"'{got}' is not '{want}': the capitals of a formula are its elements"


def _unit_problem(want: str, got: str, as_unit: bool, _: frozenset[str]) -> str | None:
    number = _NUMBER.match(want)
    if number is not None:  # "5mW": the symbol written against its number
        want, got, as_unit = want[number.end() :], got[number.end() :], True
    if not as_unit:
        return None
    wanted, written = _UNIT_PARTS.split(want), _UNIT_PARTS.split(got)
    for mine, theirs in zip(wanted, written, strict=True):
        ours, other = symbol_readings(mine), symbol_readings(theirs)
        if mine != theirs and ours and other and not ours & other:
            return f"'{theirs}' is not '{mine}': a unit's capitals are its prefix and unit"
    return None


def _elements(word: str) -> tuple[str, ...] | None:
    """The formula's parts, if `word` as written is a formula of real elements."""
    parts = _FORMULA_PART.findall(word)
    if "".join(parts) != word or not any(part[0].isupper() for part in parts):
        return None
    if any(part[0].isalpha() and part not in ELEMENTS for part in parts):
        return None
    return tuple(parts)


def written_as_formula(word: str, question_words: frozenset[str]) -> bool:
    """Whether the answer's word is written as a formula: of elements, and with a count
    or a small letter ("H2O", "NaCl"), of three symbols or more ("KOH"), listed ("CO"),
    or asked for as a formula or symbol (so that "NO", "No" elsewhere are words)."""
    parts = _elements(word)
    if parts is None:
        return False
    symbols = [part for part in parts if part[0].isalpha()]
    return (
        any(part.isdigit() for part in parts)
        or len(symbols) >= 3
        or (len(symbols) == 2 and any(len(symbol) == 2 for symbol in symbols))
        or is_formula(word.casefold())
        or bool(question_words & ASKS_FOR_SYMBOL)
    )

"""Electric charges as answers write them: an ion's charge is part of its symbol.

Folding drops "+" and "−", which would make "Na−" and "Na" the same as "Na+". An ion, an
element's symbol or a formula of them with a charge after it, is read as one word that
keeps its charge, however the charge is written: "Mg2+", "Mg^2+", "Mg+2", "Mg 2+" and
"Mg²⁺" are all `mg^2+`; "Na+1" and "Na⁺" are `na^+`; "SO4 2−", "SO4^2-", "SO₄²⁻" and "SO42-"
are `so4^2-`. A digit run against a single element's symbol is its charge ("O2−" is the
oxide ion), against a formula its last atom's count ("NO3−", "NH4+"), unless the run is
longer than one digit ("CO32−": the last digit is the charge). A bare charge ("2+", "1−")
is the signed number it gives: "1−" reads as "−1", as "-1" and "minus one" do.

Only an element's symbol, or a formula written with capitals as chemistry writes it
("NaCl", "SO4"), takes a charge: "C++" is carbon's (a programming language reads alike
on both sides, so nothing is lost), "A+" and "2 + 2" are no ion. A formula of more than
two letters and no digit is read only in chemistry's capitals ("pre-" is a prefix). A
hyphen before a digit after a single capital is a designation ("B-2", "V-2"), read as a
charge only for the elements that carry one so ("O-2", "S-2", "N-3").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from trainer.core.lexicon import frequency

# Every element's symbol.
_SYMBOLS = """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga
Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu
Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am
Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og"""
ELEMENTS = frozenset(_SYMBOLS.split())
_FOLDED_ELEMENTS = frozenset(symbol.casefold() for symbol in ELEMENTS)
# Single-letter elements whose anions are written with a hyphen before the charge ("O-2").
_HYPHEN_CHARGED = frozenset("OSNFHP")
# The most an anion is charged (carbide's C⁴⁻): a hyphen before more is a designation's.
_LARGEST_ANION_CHARGE = 4
# How often a word must be met to be read as a word before a hyphen, not as a symbol.
_COMMON_WORD = 10_000
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_PLUS = "+⁺"
_MINUS = "-−⁻–"
_SIGN = "[+⁺\\-−⁻–]"
_DIGIT = "[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]"
# A formula: letters and digits (subscripts too) with no word character before it.
_FORMULA = r"(?<![\w^])(?P<formula>[A-Za-z][A-Za-z0-9₀-₉]*?)"
# What may follow a charge: an end, a space, punctuation that is no sign, or after a plus
# the next ion's capital ("Na+Cl−"; "US-Canada" is a hyphen).
_AFTER = r"(?=$|[\s,;:.!?)\]/]|(?<=[+⁺])[A-Z])"
_ION = re.compile(
    _FORMULA
    + rf"(?:\^?(?P<digits>{_DIGIT}{{0,2}})(?P<signs>{_SIGN}{{1,3}})"  # Mg2+ Mg^2+ O²⁻ Ca++
    + r"|(?P<sign>[+\-−])(?P<after>[1-9])"  # Mg+2 Na+1 O-2
    + rf"|\s(?P<spaced>[1-9])(?P<spaced_sign>{_SIGN}))"  # Mg 2+
    + _AFTER
)
# A bare charge: one digit and a sign after it, alone ("2+", "1−"; not "2+2" or "18+").
_BARE_CHARGE = re.compile(rf"(?<![\w.^+\-−])(?P<digit>[1-9])(?P<sign>{_SIGN})(?![\w+\-−⁺⁻.]|\s*\d)")
_QUICK = re.compile(
    rf"[\w₀-₉⁰¹²³⁴⁵⁶⁷⁸⁹]\^?{_SIGN}(?![a-z0-9])|[A-Za-z][+\-−][1-9]|[A-Za-z]\s[1-9]{_SIGN}"
)
# Marks folding keeps, restored as `^`, `+` and `-` once the text is folded.
ION_MARK = "zqionqz"
PLUS_MARK = "zqplusqz"
MINUS_MARK = "zqminusqz"
_RESTORED = ((ION_MARK, "^"), (PLUS_MARK, "+"), (MINUS_MARK, "-"))
_ION_WORD = re.compile(r"(?P<formula>[a-z0-9]+)\^(?P<charge>[0-9]*[+-])")


def charges_as_words(text: str) -> str:
    """The text with each ion written as one marked word (`restore_charges` makes it
    `mg^2+`), and each bare charge as the signed number it is ("2−" → "-2")."""
    if _QUICK.search(text) is None:
        return text
    text = _ION.sub(_ion_word, text)
    return _BARE_CHARGE.sub(_bare_charge, text)


def restore_charges(word: str) -> str:
    """A folded word with the marks of `charges_as_words` as the signs they stand for."""
    if ION_MARK not in word:
        return word
    for mark, sign in _RESTORED:
        word = word.replace(mark, sign)
    return word


def is_ion(word: str) -> bool:
    """Whether a folded word is an ion as `charges_as_words` writes one ("na^+")."""
    return "^" in word and _ION_WORD.fullmatch(word) is not None


def _bare_charge(found: re.Match[str]) -> str:
    sign = found.group("sign")
    return f"-{found.group('digit')}" if sign in _MINUS else found.group("digit")


def _ion_word(found: re.Match[str]) -> str:
    formula = found.group("formula").translate(_SUBSCRIPTS)
    signs = found.group("signs") or found.group("sign") or found.group("spaced_sign") or ""
    digits = (found.group("digits") or "").translate(_SUPERSCRIPTS)
    single = _single_element(formula)
    if found.group("after"):
        if not (_in_capitals(formula) or (single and len(formula) == 2)):
            return found.group()  # "n+1", "x-2": algebra
        if signs in _MINUS and not (single and (len(formula) == 2 or formula in _HYPHEN_CHARGED)):
            return found.group()  # "B-2", "V-2": a designation
        if signs in _MINUS and int(found.group("after")) > _LARGEST_ANION_CHARGE:
            return found.group()  # "F-16", "P-51": no anion is charged so
        digits = found.group("after")
    elif found.group("spaced"):
        if not _in_capitals(formula) or formula == "I":
            return found.group()
        digits = found.group("spaced")
    if _symbols(formula) is None or (signs in _MINUS and _word_with_hyphen(formula)):
        return found.group()
    if len(signs) > 1:
        if digits or len(set(signs.translate(_SUPERSCRIPTS))) > 1:
            return found.group()
        digits = str(len(signs))  # "Ca++", "Fe+++"
    elif not found.group("after") and not found.group("spaced"):
        if not single and len(digits) == 1 and "^" not in found.group() and not _raised(found):
            formula, digits = formula + digits, ""  # "NO3−": the count of its last atom
        elif not single and len(digits) == 2 and not _raised(found) and "^" not in found.group():
            formula, digits = formula + digits[0], digits[1]  # "CO32−"
    magnitude = "" if digits in ("", "1") else digits.lstrip("0")
    if not magnitude and digits and digits != "1":
        return found.group()  # "Na0+"
    mark = PLUS_MARK if signs[0] in _PLUS else MINUS_MARK
    return f"{formula.casefold()}{ION_MARK}{magnitude}{mark} "


def _word_with_hyphen(formula: str) -> bool:
    """A common word written in small letters before a hyphen ("re-", "de-", "no-"): a
    prefix or a word cut short, not an ion; unless two one-letter symbols ("oh-")."""
    return (
        formula.isalpha()
        and formula.islower()
        and frequency(formula) >= _COMMON_WORD
        and not all(letter.upper() in ELEMENTS for letter in formula)
    )


def _raised(found: re.Match[str]) -> bool:
    """Whether the charge is written in superscripts ("SO₄²⁻"), which tell it apart."""
    return any(char in "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻" for char in found.group())


def _single_element(formula: str) -> bool:
    return formula in ELEMENTS or (
        formula.casefold() in _FOLDED_ELEMENTS and not _in_capitals(formula)
    )


def _in_capitals(formula: str) -> bool:
    """Whether a formula is written as chemistry writes it: each symbol a capital and at
    most one small letter, every symbol an element's ("NaCl", "SO4", "Mg")."""
    symbols = re.findall(r"[A-Z][a-z]?|[0-9]+|.", formula)
    return all(part.isdecimal() or part in ELEMENTS for part in symbols)


def _symbols(formula: str) -> bool | None:
    """True when the formula is an ion's: in chemistry's capitals, or in any case an
    element's symbol ("na", "CL"), two one-letter symbols ("oh") or symbols with counts
    ("so4", "nh4"); None for anything else ("pre", "Google")."""
    if _in_capitals(formula):
        return True
    letters = re.sub(r"[0-9]", "", formula)
    if len(letters) > 2 and not any(char.isdecimal() for char in formula):
        return None
    return True if _folded_parse(formula.casefold()) else None


def _folded_parse(text: str) -> bool:
    """Whether folded letters and digits split into elements' symbols and counts."""
    if not text:
        return True
    if text[0].isdecimal():
        rest = text.lstrip("0123456789")
        return _folded_parse(rest)
    return any(
        text[:size] in _FOLDED_ELEMENTS and _folded_parse(text[size:])
        for size in (2, 1)
        if len(text) >= size
    )


def ion_parts(word: str) -> tuple[str, str] | None:
    """An ion word's formula and charge: "mg^2+" → ("mg", "2+"); None for another word."""
    found = _ION_WORD.fullmatch(word) if "^" in word else None
    return None if found is None else (found.group("formula"), found.group("charge"))


def charge_problem(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why the typed words give an ion another charge than the answer, or none, or charge
    what the answer leaves neutral ("na^-" or "na" for "na^+", "na^+" for "na"); and why
    an ion typed is another ion than the answer's ("k^+" for "na^+")."""
    wanted = Counter(word for word in want if is_ion(word))
    typed = Counter(word for word in got if is_ion(word))
    if wanted == typed:
        return None
    wanted_by_formula = _by_formula(wanted)
    typed_by_formula = _by_formula(typed)
    for formula, ion in wanted_by_formula.items():
        other = typed_by_formula.get(formula)
        if other is not None and other != ion:
            return f"'{other}' has another charge than '{ion}'"
        if other is None and any(bare in got for bare in _uncharged(ion)):
            return f"the charge of '{ion}' is missing"
    for formula, ion in typed_by_formula.items():
        if formula not in wanted_by_formula and formula in want:
            return f"'{ion}' is charged: the answer is '{formula}'"
    missing, extra = wanted - typed, typed - wanted
    if missing and extra:
        return f"'{next(iter(extra))}' is another ion than '{next(iter(missing))}'"
    return None


def uncharged_kin(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why a typed formula is one of the answer's ions with its charge left out and the
    count of its atoms changed ("h2" for "h^+", "cl2" for "cl^-", "nh3" for "nh4^+"), or
    an ion typed for the answer's formula so ("h^+" for "h2"): the same elements in the
    same order, charged on one side only. `charge_problem` sees only the ion's own
    formula ("h" for "h^+"); these are other substances, the gas, the molecule."""
    typed_ions = [word for word in got if is_ion(word)]
    wanted_ions = [word for word in want if is_ion(word)]
    if not typed_ions and not wanted_ions:
        return None
    for ion in wanted_ions:
        formula, _ = ion.split("^")
        for word in got:
            if ion not in got and _elements_of(word) == _elements_of(formula):
                return f"'{word}' is not the ion '{ion}': its charge is missing"
    for ion in typed_ions:
        formula, _ = ion.split("^")
        for word in want:
            if word not in got and _elements_of(word) == _elements_of(formula):
                return f"'{ion}' is charged: the answer is '{word}'"
    return None


def _elements_of(word: str) -> str | None:
    """The letters of a folded formula with no charge and its counts left out ("h2o" →
    "ho", "nh4" → "nh"); None for a word that is no formula ("hydrogen", "2")."""
    letters = re.sub(r"[0-9]", "", word)
    if not letters.isalpha() or not letters.isascii() or _symbols(word) is None:
        return None
    return letters


def _by_formula(ions: Counter[str]) -> dict[str, str]:
    return {parts[0]: ion for ion in ions if (parts := ion_parts(ion)) is not None}


def _uncharged(ion: str) -> tuple[str, ...]:
    """How an ion may be typed with its sign left out: "mg" or "mg2" for "mg^2+"."""
    formula, charge = ion.split("^")
    return (formula, formula + charge[:-1]) if charge[:-1] else (formula,)


# The most ions one compound's formula is typed as ("ca^2+ po4^3-" …, Ca3(PO4)2: five).
_MOST_IONS = 8


def ions_joined(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """The typed words with a run of ions that make a neutral compound the answer names
    ("na^+ cl^-" for "nacl") written as that compound."""
    out: list[str] = []
    parts = [ion_parts(word) for word in got]
    index = 0
    while index < len(got):
        # Only a run of ions may join, of a compound's few: read once, so that a long
        # answer costs no more than its length (it cost the cube of it).
        run = index
        while run < min(len(got), index + _MOST_IONS) and parts[run] is not None:
            run += 1
        for end in range(run, index + 1, -1):
            if (joined := "".join(p[0] for p in parts[index:end] if p)) in want:
                out.append(joined)
                index = end
                break
        else:
            out.append(got[index])
            index += 1
    return out

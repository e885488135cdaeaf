"""Equations compared as mathematics: "V = RI" is Ohm's law, "V = I/R" is not.

Graded word by word, a formula loses what makes it one: operators are no words, so "V =
I/R" and "V = I + R" were right for "V = IR", and "mc^2" was read as millicoulombs. An
answer that is an equation (or a formula with a power, "½mv²") written in symbols is
read as algebra instead (`algebra_terms`): the same equation in any writing (sides
swapped, factors in any order, "c^2", "c**2", "c²", "1/2" or "½") is right; the same
equation rearranged ("I = V/R", "v - u = at") is right with a slip, as it states the law
but not in the form asked for; any other is wrong, however near in letters. Letters are
compared without case unless the answer writes one letter in both cases. An equation in
words ("concentration = moles / volume", "pV = constant") is algebra too, each word a
quantity: "volume / moles" is wrong for it, as a bag of the same words would not be.
`formula_reading` reads the text; this module compares what it reads.
"""

from __future__ import annotations

import re
from enum import Enum

from trainer.core.answering.algebra_terms import ONE, Terms, add, proportional
from trainer.core.answering.formula_reading import (
    LETTER_NAME,
    TIMES_AS_X,
    Reading,
    in_words,
    indexed_symbols,
    sides,
    writes_both_cases,
)
from trainer.core.answering.formulas import is_formula
from trainer.core.answering.pi_multiples import pi_multiple_match
from trainer.core.answering.quantity_symbols import names_as_symbols
from trainer.core.answering.text_matches import TextMatch

# A number, then a space, then letters: a measure with its unit ("9.8 m/s²"), no algebra;
# a micro sign before a letter is its unit's prefix ("5 µmol dm^-3"), no variable μ.
_MEASURE = re.compile(r"(?<![\d./])\d+(?:\.\d+)?\s+(?:[A-Za-z]|[µμ][A-Za-z])")

# A power on a letter, for an answer without "=": "mc²", "πr^2".
_RAISED_LETTER = re.compile(r"[^\W\d_]\s*(?:\^|\*\*|[²³])")
# An expression of one-letter variables and numbers, for an answer without "=" or a
# power on a letter: "2^n", "2i + 1", "n − 1", "n-1". Not "B-52" or "U-2" (a hyphen
# after a capital names a thing), nor a word of two letters or more ("TCP/IP").
_EXPRESSION = re.compile(r"(?:[^\W\d_](?![^\W\d_])|\d|[\s+\-−*/^×·()²³.])+")
# A number times the usual variables, with no operator: "2x", "4xy", "3n" (not "5s",
# "100m" or "3D", which are measures and names); a fraction's sign times any: "½bh".
_MONOMIAL = re.compile(r"[−-]?\d+(?:\.\d+)?\s*[xyzn]{1,3}|[½⅓⅔¼¾⅛]\s*[^\W\d_]{1,3}")
# π times variables, with or without a number: "2πr", "πd", "2πrh" (not "2π", a number
# whose unit may follow in words: "2π rad").
_PI_PRODUCT = re.compile(r"(?:[−-]?\d+(?:\.\d+)?\s*)?π[^\W\d_]{1,3}")
_OPERATOR = re.compile(r"[+−*/^×·²³]| - |(?<![^\W\d_])[a-z]-(?=\d)")
# A power said in words, typed for one in symbols: "2 to the n", "2 to the power of
# 10", "n squared", "n cubed".
_POWER_IN_WORDS = re.compile(
    r"\b(\w+)\s+to\s+the\s+(?:power\s+(?:of\s+)?)?(\w+?)(?:th|st|nd|rd)?\b", re.IGNORECASE
)
_EXP = re.compile(r"(?<![^\W\d_])exp\s*\(([^()]*)\)", re.IGNORECASE)
_SQUARED = re.compile(r"\b(\w+)\s+(squared|cubed)\b", re.IGNORECASE)
_OPERATOR_WORDS = {"plus": "+", "minus": "-", "times": "*", "over": "/", "equals": "="}
_OPERATOR_WORDS |= {"divided by": "/", "multiplied by": "*", "is equal to": "="}
_OPERATOR_WORD = re.compile(
    r"(?<=[\w)])\s+(plus|minus|times|over|equals|divided\s+by|multiplied\s+by|is\s+equal\s+to)"
    r"\s+(?=[\w(])",
    re.IGNORECASE,
)

# A blank with an operator of a formula beside it: "V = [...]", "F = [...]/r²".
_BLANK_IN_FORMULA = re.compile(r"[=/×*^·]\s*\[[^\]]*\]|\[[^\]]*\]\s*[=/×*^·²³]")


class EquationMatch(Enum):
    SAME = "the same formula"
    REARRANGED = "the same equation, rearranged"
    ONE_SIDE = "the formula without the quantity it gives"
    OTHER = "another formula"


def equation_match(expected: str, typed: str, in_formula: bool = False) -> TextMatch | None:
    """How `typed` compares with `expected` as algebra (see the module); None when
    `expected` is no formula in symbols or `typed` none at all. `in_formula`: the card
    blanks `expected` out of a formula, so that symbols alone ("IR" of "V = [...]") are
    algebra too."""
    if (decimal := pi_multiple_match(expected, typed)) is not None:
        return decimal  # "6.28" for 2π
    if not _looks_algebraic(expected) and _worked_on(expected, typed):
        return TextMatch(False, False, _WORKED_ON, 0.0, decisive=True)  # "π/180" for π
    found = _compare(expected, typed, in_formula)
    if found is None:
        return None
    if found is EquationMatch.SAME:
        return TextMatch(True, False, found.value, 1.0)
    if found is not EquationMatch.OTHER:
        return TextMatch(True, True, found.value, 0.9)
    return TextMatch(False, False, found.value, 0.0, decisive=True)


_WORKED_ON = "another value: the answer with an operation on it"
# A Greek letter: an answer that writes one, or its name alone ("pi"), is mathematics.
_GREEK = re.compile(r"[\u0370-\u03ff]")
# An operation written between two terms: "×", "*", "÷", "^", or "/" between two terms
# (a spaced slash parts alternatives, "bookshop / bookstore"; a dash is punctuation).
_OPERATION = re.compile(r"[×*÷^]|(?<=\S)/(?=\S)")


def _worked_on(expected: str, typed: str) -> bool:
    """Whether `typed` is an expression of another value than `expected`, a symbol of
    mathematics with no operation and no number: "π/180" or "π × 180" for π (the text's
    words alone would match, as operators are no words). Both must read as algebra; a
    word ("Paris/France", "el/la") is left to the words, as amounts are to theirs."""
    if _OPERATION.search(expected) or not _OPERATION.search(typed):
        return False
    if any(char.isdecimal() for char in expected) or _MEASURE.search(typed):
        return False  # amounts and units ("890 kJ/mol") are compared as such
    if not _GREEK.search(expected) and not LETTER_NAME.fullmatch(expected.strip()):
        return False  # letters alone are words too: "el/la" is a hedge, judged as one
    reading = Reading(frozenset(), keep_case=False)
    wanted, written = sides(expected.strip(), reading), sides(typed.strip(), reading)
    if wanted is None or written is None or len(wanted) != 1 or len(written) != 1:
        return False
    return wanted != written


def is_algebra(text: str) -> bool:
    """Whether `text` is an equation or a formula with a power, in symbols, and nothing
    more: its brackets are the formula's, no note to leave out."""
    return _looks_algebraic(text) and (
        sides(
            text,
            Reading(indexed_symbols(text), writes_both_cases(text), words=in_words(text)),
        )
        is not None
    )


def blank_in_formula(prompt: str) -> bool:
    """Whether a cloze prompt's blank stands in a formula: "so V = [...]", "[...]/r²"."""
    return "[" in prompt and _BLANK_IN_FORMULA.search(prompt) is not None


def _compare(expected: str, typed: str, in_formula: bool = False) -> EquationMatch | None:
    if in_formula and "=" not in expected and any(char.isalpha() for char in expected):
        typed = TIMES_AS_X.sub("*", typed) if "x" not in expected.casefold() else typed
    elif not _looks_algebraic(expected):
        return None
    elif "x" not in expected.casefold():
        typed = TIMES_AS_X.sub("*", typed)  # "V = I x R", where no quantity is x
    typed = _symbols_for_words(typed)
    if in_words(typed) != in_words(expected):  # "force = mass × acceleration", "F = ma"
        typed, expected = names_as_symbols(typed, expected), names_as_symbols(expected, typed)
    worded = in_words(expected)
    if worded:
        typed = TIMES_AS_X.sub("*", typed)  # "mass x acceleration"
    reading = Reading(
        indexed_symbols(expected) | indexed_symbols(typed),
        writes_both_cases(expected) and not worded,
        words=worded,
    )
    found = _compare_read(expected, typed, reading)
    if found in (None, EquationMatch.OTHER) and LETTER_NAME.search(f"{expected} {typed}"):
        # "mu" is μ, or m times u ("p = mu"); "tan" the tangent, or t times a times n
        # (read as a function, "E = tan" is no algebra): either reading that agrees will do.
        return _compare_read(expected, typed, reading._replace(names=False)) or found
    return found


def _compare_read(expected: str, typed: str, reading: Reading) -> EquationMatch | None:
    wanted = sides(expected, reading)
    written = sides(typed, reading)
    if wanted is None or written is None:
        return None
    if len(wanted) == 1:
        # A formula: right as itself, or as either side of an equation that gives it.
        return EquationMatch.SAME if wanted[0] in written else EquationMatch.OTHER
    left, right = wanted
    if len(written) == 1:
        alone = written[0]
        if alone in wanted and any(len(side) == 1 and _is_symbol(side) for side in wanted):
            # "5" for "x = 5" is the value asked for; "mc²" for "E = mc²" lacks the "E =".
            return EquationMatch.SAME if set(alone) == {ONE} else EquationMatch.ONE_SIDE
        return EquationMatch.OTHER
    if written in ([left, right], [right, left]):
        return EquationMatch.SAME
    if proportional(add(left, right, -1), add(written[0], written[1], -1)):
        return EquationMatch.REARRANGED
    return EquationMatch.OTHER


def _is_symbol(terms: Terms) -> bool:
    ((monomial, coefficient),) = terms.items()
    return coefficient == 1 and len(monomial) == 1 and monomial[0][1] == 1


def _looks_algebraic(text: str) -> bool:
    if not any(char.isalpha() for char in text) or _MEASURE.search(text):
        return False
    if text.count("=") == 1:
        return not any(is_formula(word.casefold()) for word in re.findall(r"\w+", text))
    if "=" in text:
        return False
    if _RAISED_LETTER.search(text) is not None:
        return True
    if _MONOMIAL.fullmatch(text.strip()) or _PI_PRODUCT.fullmatch(text.strip()):
        return True
    return _EXPRESSION.fullmatch(text) is not None and _OPERATOR.search(text) is not None


def _symbols_for_words(typed: str) -> str:
    """Powers and operators said in words written as symbols: "2 to the n" as "2^n", "n
    squared" as "n^2", "n minus 1" as "n - 1", "exp(x)" as "e^(x)"."""
    typed = _EXP.sub(r"e^(\1)", typed)  # "exp(x)" is e^x
    typed = _POWER_IN_WORDS.sub(r"\1^\2", typed)
    typed = _SQUARED.sub(lambda m: f"{m[1]}^{2 if m[2].casefold() == 'squared' else 3}", typed)
    return _OPERATOR_WORD.sub(
        lambda m: f" {_OPERATOR_WORDS[' '.join(m[1].casefold().split())]} ", typed
    )

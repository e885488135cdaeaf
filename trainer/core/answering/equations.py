"""Equations compared as mathematics: "V = RI" is Ohm's law, "V = I/R" is not.

Graded word by word, a formula loses what makes it one: operators are no words, so "V =
I/R" and "V = I + R" were right for "V = IR", and "mc^2" was read as millicoulombs. An
answer that is an equation (or a formula with a power, "½mv²") written in symbols is
read as algebra instead (`algebra_terms`): the same equation in any writing (sides
swapped, factors in any order, "c^2", "c**2", "c²", "1/2" or "½") is right; the same
equation rearranged ("I = V/R", "v - u = at") is right with a slip, as it states the law
but not in the form asked for; any other is wrong, however near in letters. Letters are
compared without case unless the answer writes one letter in both cases.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from fractions import Fraction
from typing import NamedTuple

from trainer.core.answering.algebra_terms import (
    ONE,
    Terms,
    add,
    constant,
    multiply,
    power,
    proportional,
    reciprocal,
    symbol,
    whole,
)
from trainer.core.answering.formulas import is_formula
from trainer.core.answering.text_matches import TextMatch

_FUNCTIONS = frozenset({"sin", "cos", "tan", "log", "ln", "exp", "sqrt", "lg"})
_GREEK = {
    *("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"),
    *("kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi"),
    *("psi", "omega"),
}
_GREEK_NAME = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(sorted(_GREEK)) + r")(?![a-z])")
# A letter run longer than this that is no function or Greek letter is a word: no formula.
_LONGEST_PRODUCT = 4
_SIGNS = str.maketrans({"−": "-", "–": "-", "·": "*", "×": "*", "⋅": "*", "∙": "*", "÷": "/"})
_SIGNS |= str.maketrans({"µ": "μ"})
_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# Unicode's name of λ.
_UNICODE_GREEK = {"lamda": "lambda"}
_TOKEN = re.compile(
    r"\s*(?:(?P<fraction>\d+\s*/\s*\d+(?![\d.]))|(?P<number>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<letters>[A-Za-z]+)|(?P<greek>[\u0370-\u03ff])|(?P<sign>\*\*|[-+*/^()=√_]))"
)
# A number, then a space, then letters: a measure with its unit ("9.8 m/s²"), no algebra.
_MEASURE = re.compile(r"(?<![\d./])\d+(?:\.\d+)?\s+[A-Za-z]")
# A power on a letter, for an answer without "=": "mc²", "πr^2".
_RAISED_LETTER = re.compile(r"[^\W\d_]\s*(?:\^|\*\*|[²³])")


# A blank with an operator of a formula beside it: "V = [...]", "F = [...]/r²".
_BLANK_IN_FORMULA = re.compile(r"[=/×*^·]\s*\[[^\]]*\]|\[[^\]]*\]\s*[=/×*^·²³]")
# "I x R": a product typed with the letter x, where the answer has no x.
_TIMES_AS_X = re.compile(r"(?<=\w)\s+[xX]\s+(?=\w)")


class _Reading(NamedTuple):
    """How letters are read: which letter-and-digits are indices ("m1"), whether case
    tells symbols apart, and whether a Greek letter's name ("mu") is that letter."""

    indexed: frozenset[str]
    keep_case: bool
    greek_names: bool = True


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
    found = _compare(expected, typed, in_formula)
    if found is None:
        return None
    if found is EquationMatch.SAME:
        return TextMatch(True, False, found.value, 1.0)
    if found is not EquationMatch.OTHER:
        return TextMatch(True, True, found.value, 0.9)
    return TextMatch(False, False, found.value, 0.0, decisive=True)


def is_algebra(text: str) -> bool:
    """Whether `text` is an equation or a formula with a power, in symbols, and nothing
    more: its brackets are the formula's, no note to leave out."""
    return _looks_algebraic(text) and (
        _sides(text, _Reading(_indexed_symbols(text), _writes_both_cases(text))) is not None
    )


def blank_in_formula(prompt: str) -> bool:
    """Whether a cloze prompt's blank stands in a formula: "so V = [...]", "[...]/r²"."""
    return "[" in prompt and _BLANK_IN_FORMULA.search(prompt) is not None


def _compare(expected: str, typed: str, in_formula: bool = False) -> EquationMatch | None:
    if in_formula and "=" not in expected and any(char.isalpha() for char in expected):
        typed = _TIMES_AS_X.sub("*", typed) if "x" not in expected.casefold() else typed
    elif not _looks_algebraic(expected):
        return None
    reading = _Reading(
        _indexed_symbols(expected) | _indexed_symbols(typed), _writes_both_cases(expected)
    )
    found = _compare_read(expected, typed, reading)
    if found is EquationMatch.OTHER and _GREEK_NAME.search(f"{expected} {typed}"):
        # "mu" is μ, or m times u ("p = mu"): either reading that agrees will do.
        return _compare_read(expected, typed, reading._replace(greek_names=False)) or found
    return found


def _compare_read(expected: str, typed: str, reading: _Reading) -> EquationMatch | None:
    wanted = _sides(expected, reading)
    written = _sides(typed, reading)
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
    return "=" not in text and _RAISED_LETTER.search(text) is not None


def _writes_both_cases(text: str) -> bool:
    letters = {char for char in text if char.isascii() and char.isalpha()}
    return any(char.swapcase() in letters for char in letters if char.islower())


def _indexed_symbols(text: str) -> frozenset[str]:
    """Letters with digits after them that the answer writes as indices, not powers:
    "m1 m2", "P1V1 = P2V2", "v0" (an index 0 or 1, or one letter with two indices)."""
    text = text.translate(_SUBSCRIPT_DIGITS)
    found = re.findall(r"(?<![A-Za-z])[A-Za-z]*?([A-Za-z])(\d+)", text)
    indices: dict[str, set[str]] = {}
    for letter, digits in found:
        indices.setdefault(letter.casefold(), set()).add(digits)
    return frozenset(
        f"{letter}{digits}"
        for letter, all_digits in indices.items()
        for digits in all_digits
        if len(all_digits) > 1 or digits in ("0", "1")
    )


def _prepared(text: str) -> str:
    """Signs one way: powers raised as "^(…)", vulgar fractions as "(1/2)", subscripts
    after "_", every product and minus sign as ASCII."""
    out: list[str] = []
    raised = lowered = False
    for char in text.translate(_SIGNS):
        kind = unicodedata.decomposition(char).split(" ")[0]
        plain = unicodedata.normalize("NFKC", char).translate(_SIGNS)
        if kind == "<super>":
            out.append(plain if raised else f"^({plain}")
        else:
            if raised:
                out.append(")")
            if kind == "<sub>":
                out.append(plain if lowered else f"_{plain}")
            elif kind == "<fraction>":
                out.append(f"({plain.replace('⁄', '/')})")
            else:
                out.append(char)
        raised, lowered = kind == "<super>", kind == "<sub>"
    if raised:
        out.append(")")
    return "".join(out)


_Token = tuple[str, str]


def _tokens(text: str, reading: _Reading) -> list[_Token] | None:
    text = _prepared(text).replace("**", "^")
    tokens: list[_Token] = []
    position = 0
    while position < len(text.rstrip()):
        found = _TOKEN.match(text, position)
        if found is None:
            return None
        position = found.end()
        kind = found.lastgroup or ""
        value = found.group(kind)
        if kind == "letters":
            letters = _letters(value, text[position:], reading)
            if letters is None:
                return None
            named, used = letters
            tokens.extend(named)
            position += used
        elif kind == "greek":
            name = unicodedata.name(value, "").rsplit(" ", 1)[-1].casefold()
            name = _UNICODE_GREEK.get(name, name)
            tokens.append(("symbol", name if name in _GREEK else value))
        elif kind == "fraction":
            tokens.append(("number", value.replace(" ", "")))
        else:
            tokens.append((kind, value))
    return tokens


def _letters(run: str, rest: str, reading: _Reading) -> tuple[list[_Token], int] | None:
    """The tokens a run of letters writes, and how many characters after it they took
    (an index's digits or "_x"): a function, a Greek letter by name, or single letters."""
    folded = run.casefold()
    if folded in _FUNCTIONS:
        return [("function", folded)], 0
    if folded in _GREEK and reading.greek_names:
        return [("symbol", folded)], 0
    if len(run) > _LONGEST_PRODUCT:
        return None
    named = [("symbol", letter if reading.keep_case else letter.casefold()) for letter in run]
    last = named[-1][1]
    index = re.match(r"_(\w)|(\d+)", rest)
    if index is None:
        return named, 0
    if index.group(1) or f"{last.casefold()}{index.group(2)}" in reading.indexed:
        named[-1] = ("symbol", f"{last}_{(index.group(1) or index.group(2)).casefold()}")
    else:  # "mc2": a power typed without its sign
        named += [("sign", "^"), ("number", index.group(2))]
    return named, index.end()


def _sides(text: str, reading: _Reading) -> list[Terms] | None:
    """The canonical terms of each side of an equation (one for a formula alone); None
    when `text` is no algebra."""
    tokens = _tokens(text, reading)
    if not tokens:
        return None
    parser = _Parser(tokens)
    sides = [parser.sum()]
    while parser.take("sign", "="):
        sides.append(parser.sum())
    if parser.failed or parser.position != len(tokens) or len(sides) > 2:
        return None
    return sides


class _Parser:
    """Recursive descent over the tokens, products written side by side binding tighter
    than "/" as physics writes them ("h/mv" is h/(mv))."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.failed = False

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, kind: str, value: str | None = None) -> bool:
        token = self.peek()
        if token is not None and token[0] == kind and (value is None or token[1] == value):
            self.position += 1
            return True
        return False

    def sum(self) -> Terms:
        total: Terms = {}
        sign = -1 if self.take("sign", "-") else 1
        if sign == 1:
            self.take("sign", "+")
        total = add(total, self.quotient(), sign)
        while (token := self.peek()) is not None and token in (("sign", "+"), ("sign", "-")):
            self.position += 1
            total = add(total, self.quotient(), -1 if token[1] == "-" else 1)
        return total

    def quotient(self) -> Terms:
        result = self.product()
        while (token := self.peek()) is not None and token[0] == "sign" and token[1] in "*/":
            self.position += 1
            operand = self.product()
            if token[1] == "*":
                result = multiply(result, operand)
                continue
            inverse = reciprocal(operand)
            if inverse is None:
                self.failed = True
                return result
            result = multiply(result, inverse)
        return result

    def product(self) -> Terms:
        result = self.raised()
        while (token := self.peek()) is not None and (
            token[0] in ("number", "symbol", "function") or token in (("sign", "("), ("sign", "√"))
        ):
            result = multiply(result, self.raised())
        return result

    def raised(self) -> Terms:
        base = self.atom()
        if self.take("sign", "^"):
            negative = self.take("sign", "-")
            exponent = self.atom()
            return power(base, multiply(exponent, constant(Fraction(-1 if negative else 1))))
        return base

    def atom(self) -> Terms:
        token = self.peek()
        if token is None:
            self.failed = True
            return {}
        self.position += 1
        kind, value = token
        if kind == "number":
            return constant(Fraction(value))
        if kind == "symbol":
            return symbol(value)
        if kind == "function" or token == ("sign", "√"):
            argument = self.raised()
            if kind == "function" and value != "sqrt":
                return whole(value, argument)
            return power(argument, constant(Fraction(1, 2)))
        if token == ("sign", "("):
            inner = self.sum()
            if not self.take("sign", ")"):
                self.failed = True
            return inner
        self.failed = True
        return {}

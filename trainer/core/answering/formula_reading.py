"""Typed formulas read into algebra: signs one way, letters as symbols or words, then parsed.

`equations` compares what this module reads: each side of an equation as a canonical sum
(`algebra_terms`). Letters side by side are a product ("IR", "mc²"), unless they name a
function ("sqrt", "sin") or a Greek letter ("lambda", "mu"); a letter's digits are an
index where the answer writes several ("m1 m2") and else a power typed without its sign
("mc2"); and in an equation in words ("concentration = moles / volume") each word is a
quantity of its own.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from typing import NamedTuple

from trainer.core.answering.algebra_terms import (
    Terms,
    add,
    constant,
    multiply,
    power,
    reciprocal,
    symbol,
    whole,
)
from trainer.core.lexicon import is_known_word

FUNCTIONS = frozenset({"sin", "cos", "tan", "log", "ln", "exp", "sqrt", "lg"})

GREEK = {
    *("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"),
    *("kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi"),
    *("psi", "omega"),
}

# The name of a Greek letter or of a function, which may be letters side by side too.
LETTER_NAME = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(sorted(GREEK | FUNCTIONS)) + r")(?![a-z])")

# A letter run longer than this that is no function or Greek letter is a word: no formula.
_LONGEST_PRODUCT = 4

# A known word this long or longer is a quantity in an equation in words ("mass").
_SHORTEST_WORD = 3

_SIGNS = str.maketrans({"−": "-", "–": "-", "·": "*", "×": "*", "⋅": "*", "∙": "*", "÷": "/"})
_SIGNS |= str.maketrans({"µ": "μ"})

_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")

# Unicode's name of λ.
_UNICODE_GREEK = {"lamda": "lambda"}

_TOKEN = re.compile(
    r"\s*(?:(?P<fraction>\d+\s*/\s*\d+(?![\d.]))|(?P<number>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<letters>[A-Za-z]+)|(?P<greek>[\u0370-\u03ff])|(?P<sign>\*\*|[-+*/^()=√_]))"
)

# "I x R": a product typed with the letter x, where the answer has no x.
TIMES_AS_X = re.compile(r"(?<=\w)\s+[xX]\s+(?=\w)")


class Reading(NamedTuple):
    """How letters are read: which letter-and-digits are indices ("m1"), whether case
    tells symbols apart, and whether a Greek letter's name ("mu") is that letter and a
    function's ("tan") that function."""

    indexed: frozenset[str]
    keep_case: bool
    names: bool = True
    # An equation in words ("concentration = moles / volume"): a word is one quantity.
    words: bool = False


def in_words(text: str) -> bool:
    """Whether `text` writes a quantity as a word ("pV = constant"), not letters alone."""
    return any(
        len(run) > _LONGEST_PRODUCT and run.casefold() not in FUNCTIONS | GREEK
        for run in re.findall(r"[A-Za-z]+", text)
    )


def _word(run: str) -> str | None:
    """A run of letters as the word it is in an equation in words ("moles" → "mole"), or
    None if it is symbols side by side ("pV", "nRT")."""
    folded = run.casefold()
    if len(run) <= _LONGEST_PRODUCT and not (
        len(run) >= _SHORTEST_WORD and (run.islower() or run.istitle()) and is_known_word(folded)
    ):
        return None
    return folded[:-1] if folded.endswith("s") and not folded.endswith("ss") else folded


def writes_both_cases(text: str) -> bool:
    letters = {char for char in text if char.isascii() and char.isalpha()}
    return any(char.swapcase() in letters for char in letters if char.islower())


def indexed_symbols(text: str) -> frozenset[str]:
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


def _tokens(text: str, reading: Reading) -> list[_Token] | None:
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
            tokens.append(("symbol", name if name in GREEK else value))
        elif kind == "fraction":
            tokens.append(("number", value.replace(" ", "")))
        else:
            tokens.append((kind, value))
    return tokens


def _letters(run: str, rest: str, reading: Reading) -> tuple[list[_Token], int] | None:
    """The tokens a run of letters writes, and how many characters after it they took
    (an index's digits or "_x"): a function, a Greek letter by name, or single letters."""
    folded = run.casefold()
    if folded in FUNCTIONS and reading.names:
        return [("function", folded)], 0
    if folded in GREEK and reading.names:
        return [("symbol", folded)], 0
    if reading.words and (word := _word(run)) is not None:
        return [("word", word)], 0
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


def sides(text: str, reading: Reading) -> list[Terms] | None:
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
            sign = constant(Fraction(-1 if negative else 1))
            token = self.peek()
            if token is not None and token[0] == "number" and "/" in token[1]:
                # "v^2/2" is (v²)/2, as a power binds before a division: the fraction
                # read as one number is the exponent's numerator and a divisor.
                self.position += 1
                top, _, bottom = token[1].partition("/")
                divisor = reciprocal(constant(Fraction(bottom)))
                if divisor is None:
                    self.failed = True
                    return base
                return multiply(power(base, multiply(constant(Fraction(top)), sign)), divisor)
            exponent = self.atom()
            return power(base, multiply(exponent, sign))
        return base

    def atom(self) -> Terms:
        token = self.peek()
        if token is None:
            self.failed = True
            return {}
        self.position += 1
        kind, value = token
        if kind == "number":
            try:
                return constant(Fraction(value))
            except ZeroDivisionError:  # "0/0" read as one number: no algebra
                self.failed = True
                return {}
        if kind in ("symbol", "word"):  # words side by side are a phrase: no product
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

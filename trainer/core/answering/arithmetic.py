"""A number typed as arithmetic ("2^8 - 1" for 255), worked out exactly.

"What is the largest value of an unsigned 8-bit integer?" is answered as well by "2^8 − 1"
as by "255": a learner who knows why writes it so. Only digits, brackets and the four
operators with powers are read, exactly (as fractions), and within bounds a hostile
answer cannot stretch: a short text, small powers. An expression that only repeats the
question's own numbers ("7 × 8" for "What is 7 × 8?") works out nothing the learner
knew, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

# Longer than this, or with a power above this, is no answer typed by hand.
_LONGEST = 40
_LARGEST_POWER = 64
_LARGEST_BITS = 1024
_TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|\*\*|[-−+*×·/÷^()])")
_OPERATOR = re.compile(r"[-−+*×·/÷^]")
_TIMES = frozenset("*×·")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_RANGE = re.compile(r"\d+(?:\.\d+)?\s*[-–−]\s*\d+(?:\.\d+)?")


def worked_out(typed: str, question: Sequence[str] = ()) -> Fraction | None:
    """The value of `typed` when it is arithmetic on numbers with at least one operator
    between two of them, and not only the question's own numbers; None otherwise."""
    text = typed.strip()
    if not text or len(text) > _LONGEST or _OPERATOR.search(text) is None:
        return None
    if _RANGE.fullmatch(text):
        return None  # "1914-1918", "20–30": a range, not a difference
    tokens = _tokens(text)
    if tokens is None or sum(1 for token in tokens if _NUMBER.fullmatch(token)) < 2:
        return None
    asked = set(question)
    if all(token in asked for token in tokens if _NUMBER.fullmatch(token)):
        return None
    parser = _Parser(tokens)
    try:
        value = parser.sum()
    except (ArithmeticError, IndexError, ValueError):
        return None
    return value if parser.done() else None


def _tokens(text: str) -> list[str] | None:
    tokens: list[str] = []
    position = 0
    while position < len(text):
        found = _TOKEN.match(text, position)
        if found is None:
            return None
        tokens.append(found.group(1).replace("−", "-").replace("**", "^"))
        position = found.end()
    return tokens


class _Parser:
    """Sums of products of powers, by recursive descent over the tokens."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0

    def done(self) -> bool:
        return self.at == len(self.tokens)

    def _peek(self) -> str:
        return self.tokens[self.at] if self.at < len(self.tokens) else ""

    def _take(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def sum(self) -> Fraction:
        value = self.product()
        while self._peek() in ("+", "-"):
            value = value + self.product() if self._take() == "+" else value - self.product()
        return value

    def product(self) -> Fraction:
        value = self.power()
        while self._peek() in _TIMES or self._peek() in ("/", "÷"):
            if self._take() in _TIMES:
                value *= self.power()
            else:
                value /= self.power()  # ZeroDivisionError is an ArithmeticError
        return value

    def power(self) -> Fraction:
        base = self.unary()
        if self._peek() != "^":
            return base
        self._take()
        exponent = self.power()  # right-associative: 2^3^2 is 2^9
        if exponent.denominator != 1 or abs(exponent) > _LARGEST_POWER:
            raise ValueError("no power typed by hand")
        # Powers of powers ("((9^64)^64)^64") would grow past any answer: bounded too.
        size = max(base.numerator.bit_length(), base.denominator.bit_length())
        if size * abs(int(exponent)) > _LARGEST_BITS:
            raise ValueError("no number typed by hand")
        return base ** int(exponent)

    def unary(self) -> Fraction:
        if self._peek() == "-":
            self._take()
            return -self.unary()
        if self._peek() == "(":
            self._take()
            value = self.sum()
            if self._take() != ")":
                raise ValueError("unclosed bracket")
            return value
        token = self._take()
        if not _NUMBER.fullmatch(token):
            raise ValueError(f"not a number: {token}")
        return Fraction(token)

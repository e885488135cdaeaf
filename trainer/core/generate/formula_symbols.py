"""The one-letter symbols of a formula, so that its options speak of the same quantities."""

from __future__ import annotations

import re

from trainer.core.answering.equations import is_algebra
from trainer.core.answering.function_notation import is_formula
from trainer.core.answering.normalise import fold

# A letter with no letter on either side, in folded text: "n" and "v" of "o n log n v".
_ONE_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")
# A formula has one of these: a bracket, a power or an operator.
_FORMULA_MARKS = frozenset("(^+−-*/×·²³=")
# A function's letter, applied to a bracket: the "O" of "O(n)", the "f" of "f(x)".
_FUNCTION_LETTER = re.compile(r"(?<![^\W\d_])([^\W\d_])\(")


def formula_symbols(value: str) -> frozenset[str] | None:
    """The one-letter symbols (folded) of `value` when it is a formula in function
    notation or algebra with a variable ("O(n log n)": o and n; "O((V + E) log V)": o, v
    and e); None when it is no formula, or one of constants only ("O(1)", whose options
    may be in any variable)."""
    if _FORMULA_MARKS.isdisjoint(value):
        return None  # most values: no bracket, power or operator
    if not (is_formula(value) or is_algebra(value)):
        return None
    symbols = one_letter_words(fold(value))
    functions = {fold(letter) for letter in _FUNCTION_LETTER.findall(value)}
    return symbols if symbols - functions else None


def one_letter_words(folded: str) -> frozenset[str]:
    """The letters of folded text that stand alone: a formula's symbols ("2i 1": i)."""
    return frozenset(_ONE_LETTER.findall(folded))

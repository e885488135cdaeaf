"""How fast a bound in big-O notation grows, so that a looser one is never called false."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from trainer.core.answering.function_notation import compact

# Growth, compared in order: the base of an exponential, the power, the power of a log.
Growth = tuple[float, float, float]

_BIG_O = re.compile(r"o\((.+)\)")
_LETTER = re.compile(r"(?<![a-z])[a-z](?![a-z])")
_LEADING_FACTOR = re.compile(r"^\d+(?:\.\d+)?\*?(?=[a-z(√])")
_OTHER_LOGS = re.compile(r"lg|ln|log_?2(?=[a-z(])")


def big_o_growth(bound: str) -> Growth | None:
    """The growth of an upper bound in big-O notation in one variable ("O(n log n)": a
    power of 1, a log to the power 1; "O(2^n)": an exponential of base 2); None for any
    other text, or a bound this does not read."""
    found = _BIG_O.fullmatch(compact(bound))
    if found is None:
        return None
    # Growth is the same in any base: "lg n", "ln n" and "log2 n" are "log n".
    argument = _OTHER_LOGS.sub("log", _LEADING_FACTOR.sub("", found[1]))
    letters = set(_LETTER.findall(argument.replace("log", " ").replace("sqrt", " ")))
    if len(letters) > 1:
        return None
    x = re.escape(letters.pop() if letters else "n")
    log = rf"log\(?{x}\)?"
    number = r"(\d+(?:\.\d+)?)"
    # Each shape with the growth it has, a captured number its power or base.
    shapes: tuple[tuple[str, Callable[[float], Growth]], ...] = (
        (number, lambda _: (0.0, 0.0, 0.0)),
        (log, lambda _: (0.0, 0.0, 1.0)),
        (rf"(?:\(log{x}\)|log)\^(\d+){x}?", lambda k: (0.0, 0.0, k)),
        (rf"(?:sqrt\(?{x}\)?|√{x}|{x}\^0\.5)", lambda _: (0.0, 0.5, 0.0)),
        (x, lambda _: (0.0, 1.0, 0.0)),
        (rf"{x}\*?{log}", lambda _: (0.0, 1.0, 1.0)),
        (rf"{x}\^{number}", lambda k: (0.0, k, 0.0)),
        (rf"{x}\^{number}\*?{log}", lambda k: (0.0, k, 1.0)),
        (rf"{number}\^{x}", lambda k: (k, 0.0, 0.0)),
        (rf"{x}!", lambda _: (math.inf, 0.0, 0.0)),
    )
    for pattern, growth in shapes:
        matched = re.fullmatch(pattern, argument)
        if matched is not None:
            captured = next((group for group in matched.groups() if group), "0")
            return growth(float(captured))
    return None


def looser_bound(true_bound: str, other: str) -> bool:
    """Whether `other` is a big-O bound that grows faster than `true_bound`: an upper
    bound still, so "quicksort's average is O(n^2)" is true, not the false statement it
    was meant to be."""
    if not (_maybe_big_o(true_bound) and _maybe_big_o(other)):
        return False  # most values are no bound: ruled out without reading them
    own, theirs = big_o_growth(true_bound), big_o_growth(other)
    return own is not None and theirs is not None and theirs > own


def _maybe_big_o(text: str) -> bool:
    return text[:2] in ("O(", "o(") or text.lstrip()[:2].casefold() == "o("

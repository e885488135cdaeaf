"""Numbers written as powers (`6.022 × 10^23`, `10⁻⁹`, `1.6e-19`): one value each to cloze."""

from __future__ import annotations

import re

from trainer.core.generate.cloze_words import Token

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SIGNS = "-−+"
# A power: a whole base with its exponent after a caret or `**` (a sign and brackets
# allowed), or in superscript digits.
_POWER = rf"\d+(?:\s*(?:\^|\*\*)\s*\(?[{_SIGNS}]?\d+\)?|[⁻⁺]?[{_SUPERSCRIPT_DIGITS}]+)"
_MANTISSA = r"(?:[-−](?=\d))?\d+(?:\.\d+)?"
_TIMES = r"\s*[×x*·⋅]\s*"
_E_NOTATION = rf"(?:[-−](?=\d))?\d+(?:\.\d+)?[eE][{_SIGNS}]?\d+"
# Not inside a word, a longer number or a range (`1939–10^3` is no power of ten).
_NOTATION = re.compile(
    rf"(?<![\w.,/–—^{_SUPERSCRIPT_DIGITS}])"
    rf"(?:(?:{_MANTISSA}{_TIMES})?{_POWER}|{_E_NOTATION})"
    rf"(?![\w.,]?\d|[{_SUPERSCRIPT_DIGITS}])"
)
_EXPONENT_MARKS = ("^", "**")


def notation_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) span of each number written as a power in `text`.

    Such a number is one value: its mantissa, its `10` and its exponent are never
    blanked apart (`6.022 × [number]^23` asks for nothing), so a cloze blanks it whole
    or not at all. A minus sign before it belongs to it (`−1.6 × 10^−19`).
    """
    if "^" not in text and "*" not in text and not _has_power_marks(text):
        return []
    return [match.span() for match in _NOTATION.finditer(text)]


def _has_power_marks(text: str) -> bool:
    """Cheap test before the scan: a superscript digit or an `e` between digits."""
    return not _SUPERSCRIPT_SET.isdisjoint(text) or _E_BETWEEN_DIGITS.search(text) is not None


_SUPERSCRIPT_SET = frozenset(_SUPERSCRIPT_DIGITS)
_E_BETWEEN_DIGITS = re.compile(r"\d[eE][-−+]?\d")


def is_notation(value: str) -> bool:
    """`value` is one number written as a power, and nothing else."""
    return _NOTATION.fullmatch(value.strip()) is not None


def notation_key(value: str) -> str:
    """One spelling for every way of writing the same power: `10^−9`, `10⁻⁹` and `10**-9`
    are one value, and so are `6.022 × 10^23`, `6.022 x 10²³` and `6.022e23`."""
    text = _RAISED.sub(lambda match: "^" + match.group().translate(_PLAIN), value)
    text = text.translate(_PLAIN).replace("**", "^").replace(" ", "")
    text = _TIMES_SIGN.sub("×", text)
    text = _BRACKETED_EXPONENT.sub(r"^\1", text)
    return _E_MARK.sub(r"\1×10^", text).replace("^+", "^")


_RAISED = re.compile(f"[⁻⁺]?[{_SUPERSCRIPT_DIGITS}]+")
_PLAIN = str.maketrans(
    {"−": "-", "⁻": "-", "⁺": "+"} | {s: str(d) for d, s in enumerate(_SUPERSCRIPT_DIGITS)}
)
_TIMES_SIGN = re.compile(r"[×x*·⋅]")
_BRACKETED_EXPONENT = re.compile(r"\^\(([-+]?\d+)\)")
_E_MARK = re.compile(r"(\d)[eE]")


def is_exponent(token: Token) -> bool:
    """A number written right after a caret (`s^-2`, `m^3`): an exponent, not a value of
    its own."""
    gap = token.gap_before.rstrip(_SIGNS + "(")
    return token.number and gap.endswith(_EXPONENT_MARKS)

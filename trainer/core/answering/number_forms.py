"""A number asked for in one form: "as a decimal", "as a fraction", "as a percentage".

Elsewhere a value is right however written: "3/4", "0.75" and "75%" are one share. A
question that names the form asks for the writing itself: "What is 3/4 as a decimal?"
is not answered by "3/4", which only gives the question back, nor "What is 0.75 as a
percentage?" by "0.75". The value typed in another form is close: known, but not
written as asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from trainer.core.answering.fraction_words import is_fraction_word
from trainer.core.answering.parsing import parse_number

_PERCENTAGE_VALUE = "percentage value"
# The form a question names, by the (folded) words that name it.
_FORMS = {
    ("as", "a", "decimal"): "decimal",
    ("as", "decimal"): "decimal",
    ("as", "a", "fraction"): "fraction",
    ("as", "fraction"): "fraction",
    ("as", "a", "percentage"): "percentage",
    ("as", "a", "percent"): "percentage",
    ("as", "percentage"): "percentage",
    ("in", "percent"): "percentage",
    # Asked which percentage, the number is the percentage: "25" is "25%", "0.25" no.
    ("what", "percentage"): _PERCENTAGE_VALUE,
    ("which", "percentage"): _PERCENTAGE_VALUE,
    ("how", "many", "percent"): _PERCENTAGE_VALUE,
    ("in", "standard", "form"): "standard form",
    ("in", "scientific", "notation"): "standard form",
}
_LONGEST = max(len(words) for words in _FORMS)
_PERCENT = re.compile(r"%|\bper\s*cent\b", re.IGNORECASE)
_SLASH = re.compile(r"\d\s*/\s*\d|[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_POWER_OF_TEN = re.compile(r"10\s*(?:\^|\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻])|\d[eE][-+]?\d")


@lru_cache(maxsize=1 << 10)
def form_asked(question: tuple[str, ...]) -> str | None:
    """The form the question's (folded) words ask a number in, if they name one."""
    for start in range(len(question)):
        for size in range(2, _LONGEST + 1):
            form = _FORMS.get(tuple(question[start : start + size]))
            if form is not None:
                return form
    return None


def form_problem(typed: str, question: Sequence[str], expected: str = "") -> str | None:
    """Why `typed`, a number of the right value, is not written in the form the
    question asks for; None when it is, or when the question names no form. Given the
    answer (`expected`), only where it is a number: "Which symbol was written as a
    fraction?" asks for a symbol."""
    form = form_asked(tuple(question))
    if form is None or (expected and parse_number(expected) is None):
        return None
    if form == _PERCENTAGE_VALUE:
        written = bool(_PERCENT.search(typed)) or parse_number(typed) == parse_number(expected)
        return None if written else "the right value, but not as a percentage"
    if _written_as(typed, form):
        return None
    return f"the right value, but not {'in' if form == 'standard form' else 'as a'} {form}"


def _written_as(typed: str, form: str) -> bool:
    words = typed.casefold().split()
    fraction = bool(_SLASH.search(typed)) or any(is_fraction_word(w) for w in words)
    percent = bool(_PERCENT.search(typed))
    if form == "decimal":
        return not fraction and not percent
    if form == "fraction":
        return fraction
    if form == "percentage":
        return percent
    return bool(_POWER_OF_TEN.search(typed))

"""Answer types: inferred from an answer's value, or from a fact field's declaration or name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from trainer.core.authored import FieldSpec
from trainer.core.model import AnswerType

# ASCII digits, with thousands separated by commas (`50,000`) or not (`50000`), an optional
# fraction, an optional percent sign; a leading minus for the odd temperature or balance.
NUMBER_PATTERN = r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?"
_NUMBER = re.compile(NUMBER_PATTERN, re.ASCII)
FIRST_YEAR = 1000
LAST_YEAR = 2099


def inferred_field_type(name: str) -> AnswerType:
    """The type of a fact field that no `fields` entry declares: by its name."""
    if name == "year":
        return AnswerType.YEAR
    if name == "date":
        return AnswerType.DATE
    return AnswerType.TEXT


def is_number(value: str) -> bool:
    return _NUMBER.fullmatch(value.strip()) is not None


def is_year(value: str) -> bool:
    """A whole number from 1000 to 2099, written without separators."""
    text = value.strip()
    return (
        len(text) == 4
        and text.isascii()
        and text.isdigit()
        and FIRST_YEAR <= int(text) <= LAST_YEAR
    )


def infer_answer_type(value: str) -> AnswerType:
    """`year` for 1000–2099, `number` for any other number (`50,000`, `50%`, `3.5`), else `text`."""
    if is_year(value):
        return AnswerType.YEAR
    if is_number(value):
        return AnswerType.NUMBER
    return AnswerType.TEXT


def field_spec(fields: Mapping[str, FieldSpec], name: str) -> FieldSpec:
    """The declared spec of a fact field, or the one its name implies."""
    declared = fields.get(name)
    if declared is not None:
        return declared
    return FieldSpec(name=name, type=inferred_field_type(name))

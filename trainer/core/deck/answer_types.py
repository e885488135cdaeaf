"""Answer types: inferred from an answer's value, or from a fact field's declaration or name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from trainer.core.authored import FieldSpec
from trainer.core.model import AnswerType
from trainer.core.partial_dates import era_year

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
        and text.isdecimal()
        and FIRST_YEAR <= int(text) <= LAST_YEAR
    )


def is_era_year(value: str) -> bool:
    """A year with its era: "44 BC", "480 BCE", "AD 79", "79 CE"."""
    return era_year(value) is not None


def infer_answer_type(value: str, asked: str = "") -> AnswerType:
    """`year` for 1000–2099, a year with its era ("44 BC") or any whole number of up to
    four digits asked for as a year ("In what year …?" → 800), `number` for any other
    number (`50,000`, `50%`, `3.5`), else `text`. A four-digit answer to `asked`, a
    question that asks for an amount ("How many milligrams are in a gram?" → 1000), is a
    number: see `asks_for_amount`."""
    if is_year(value):
        return AnswerType.NUMBER if asked and asks_for_amount(asked) else AnswerType.YEAR
    if is_era_year(value):
        return AnswerType.YEAR
    text = value.strip()
    if asked and text.isdecimal() and len(text) <= 4 and _ASKS_FOR_A_YEAR.search(asked.casefold()):
        return AnswerType.YEAR  # "In what year was Charlemagne crowned?" → 800
    if is_number(value):
        return AnswerType.NUMBER
    return AnswerType.TEXT


def asks_for_amount(question: str) -> bool:
    """Whether `question` asks for an amount, never a year: "How many …?", "How much
    …?", "How" and a word of measure ("How far/long/high/deep/old/hot …?"), "What
    percentage/proportion/number/temperature …?", or an answer "in" a unit of measure
    ("What is the melting point of iron in °C?"). A question asking when, or for a
    year, asks for no amount."""
    folded = question.casefold()
    if _ASKS_FOR_A_TIME.search(folded):
        return False
    return _ASKS_FOR_AN_AMOUNT.search(folded) is not None or _IN_A_UNIT.search(folded) is not None


# "How" and a word that measures: how many, how much, how far, how long …
_MEASURES = (
    "many much far long high deep tall wide broad thick old big large small heavy fast"
    " quick hot cold warm bright loud strong dense often"
)
# Words for an amount after "what" or "which", and before "of" ("the population of").
_AMOUNTS = (
    "percentage percent proportion fraction share number amount quantity total sum count"
    " ratio temperature mass weight volume length distance height depth width area speed"
    " velocity density pressure energy power population age size value"
)
_ASKS_FOR_AN_AMOUNT = re.compile(
    rf"\bhow (?:{'|'.join(_MEASURES.split())})\b"
    rf"|\b(?:what|which)(?: is| was| are| were)?(?: the| its| their)? "
    rf"(?:{'|'.join(_AMOUNTS.split())})\b"
)
_IN_A_UNIT = re.compile(
    r"\bin (?:°[cfk]|degrees(?: celsius| fahrenheit)?|kelvin|celsius|fahrenheit"
    r"|(?:kilo|centi|milli|micro|nano)?(?:metres|meters|grams|litres|liters|seconds)"
    r"|km|kg|mg|cm|mm|m|g|ml|miles|feet|inches|yards|pounds|tonnes|tons|hectares"
    r"|acres|calories|joules|watts|volts|newtons|pascals|moles)\b"
)
# "In what year …?", "Which year …?": a year is asked for, whatever its digits.
_ASKS_FOR_A_YEAR = re.compile(r"\b(?:what|which) year\b")
# "In what year …?", "When …?", "Which year …?", "What date …?": a time is asked for.
_ASKS_FOR_A_TIME = re.compile(r"\b(?:when|(?:what|which) (?:year|date|decade|century))\b")


def field_spec(fields: Mapping[str, FieldSpec], name: str) -> FieldSpec:
    """The declared spec of a fact field, or the one its name implies."""
    declared = fields.get(name)
    if declared is not None:
        return declared
    return FieldSpec(name=name, type=inferred_field_type(name))

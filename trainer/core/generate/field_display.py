"""How a fact's field value reads on a card: a date in words, any other value as written.

A deck writes dates the ISO way (`1832-01-16`, `1832-01`, `1832`) so that they sort and
compare; a card shows them as a reader writes them: "16 January 1832", "January 1832",
"1832", in the language the card is written in ("16 de enero de 1832": see
`card_frames`); a year is shown without leading zeros (`0079` → "79"). A field is a date when
`fields` declares it `type: date`, or when it is named `date` and undeclared. Grading
reads every written form of a date, so an answer shown in words is graded as the date
it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from trainer.core.authored import FieldSpec
from trainer.core.card_frames import ENGLISH, CardFrame
from trainer.core.deck.answer_types import inferred_field_type
from trainer.core.model import AnswerType
from trainer.core.partial_dates import Precision, parse_iso_date

# English month names, written out rather than taken from `calendar`, whose names follow
# the process locale.
MONTH_NAMES = ENGLISH.months


def date_in_words(value: str, frame: CardFrame = ENGLISH) -> str | None:
    """`1832-01-16` → "16 January 1832", `1832-01` → "January 1832", `1832` → "1832" (in
    the language of `frame`: "16 de enero de 1832"); None for a value that is not an ISO
    date."""
    when = parse_iso_date(value)
    if when is None:
        return None
    if when.precision is Precision.YEAR:
        return f"{-when.year} BC" if when.year < 0 else str(when.year)
    if when.precision is Precision.MONTH:
        return frame.date(str(when.year), when.month)
    return frame.date(str(when.year), when.month, when.day)


def declared_or_named_type(fields: Mapping[str, FieldSpec], name: str) -> AnswerType:
    """A field's declared type, or the one its name gives an undeclared field: what
    `field_spec(fields, name).type` says, without making a spec for every value of every
    card (21,816 asked at 10,000 cards)."""
    declared = fields.get(name)
    return inferred_field_type(name) if declared is None else declared.type


def is_date_field(fields: Mapping[str, FieldSpec], name: str) -> bool:
    """True for a field declared `type: date`, or named `date` and undeclared."""
    return declared_or_named_type(fields, name) is AnswerType.DATE


def is_year_field(fields: Mapping[str, FieldSpec], name: str) -> bool:
    """True for a field declared `type: year`, or named `year` and undeclared."""
    return declared_or_named_type(fields, name) is AnswerType.YEAR


def year_in_words(value: str) -> str:
    """A year as a reader writes it: `0079` → "79"; any other value as it is."""
    text = value.strip()
    if text.isascii() and text.isdecimal() and len(text) > 1 and text.startswith("0"):
        return text.lstrip("0") or text
    return value


def shown_value(
    fields: Mapping[str, FieldSpec], name: str, value: str, frame: CardFrame = ENGLISH
) -> str:
    """The value of field `name` as a card in the language of `frame` shows it."""
    kind = declared_or_named_type(fields, name)  # one look-up for both kinds
    if kind is AnswerType.DATE:
        return date_in_words(value, frame) or value
    if kind is AnswerType.YEAR:
        return year_in_words(value)
    return value


def shown_values(
    fields: Mapping[str, FieldSpec], values: Mapping[str, str], frame: CardFrame = ENGLISH
) -> dict[str, str]:
    """Every value of a fact as a card in the language of `frame` shows it, by field name."""
    shown = dict(values)
    for name, value in shown.items():
        shown[name] = shown_value(fields, name, value, frame)
    return shown


def date_prepositions(
    fields: Mapping[str, FieldSpec], values: Mapping[str, str], only: frozenset[str]
) -> dict[str, str]:
    """For each date or year field of `values` among `only` (the fields a pattern writes
    after "on" or "in": `Pattern.prepositioned`), the preposition its precision takes:
    "on" before a day, "in" before a month or a year. A template's "on {date}" or "in
    {date}" is written for its own facts' dates, and a fact dated by a month ("on December
    1793") or a false statement's swapped value must read as English too."""
    found: dict[str, str] = {}
    for name in only:
        value = values.get(name)
        if value is not None and (is_date_field(fields, name) or is_year_field(fields, name)):
            when = parse_iso_date(value)
            if when is not None:
                found[name] = "on" if when.precision is Precision.DAY else "in"
    return found

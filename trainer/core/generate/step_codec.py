"""Remembered generation steps as plain tuples and strings, and back.

Pickling frozen dataclasses runs Python code for each object (a tenth of a second for a
10,000-card deck, each way); plain tuples are written and read by pickle's C code, and
need no class to be looked up when read back. Fields are taken from the model's own
definitions, so a field added to a card is carried without a change here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from itertools import starmap
from typing import Any

from trainer.core.generate.distractors import Shortfall
from trainer.core.generate.steps import StepMemo, StepRecord
from trainer.core.generate.true_false_drafts import TrueFalseDraft
from trainer.core.model import (
    ANSWER_FIELDS,
    CARD_FIELDS,
    Answer,
    AnswerType,
    Card,
    CardKind,
    Diagnostic,
    Location,
    Severity,
    answer_values,
    card_values,
)

__all__ = ["memo_from_plain", "memo_to_plain"]

_DRAFT = tuple(field.name for field in dataclasses.fields(TrueFalseDraft))
# The order `_record_from_plain` passes a record's fields in; a test pins it to the model.
_RECORD = ("cards", "origins", "diagnostics", "shortfalls", "drafts", "searches", "places", "plain")
_KIND, _ANSWER_AT = CARD_FIELDS.index("kind"), CARD_FIELDS.index("answer")
_TYPE = ANSWER_FIELDS.index("type")
# Enum members by value: a lookup costs a sixteenth of calling the enum, once per card.
_KINDS = {kind.value: kind for kind in CardKind}
_ANSWER_TYPES = {answer_type.value: answer_type for answer_type in AnswerType}


def memo_to_plain(memo: StepMemo) -> dict[bytes, tuple[Any, ...]]:
    """`memo` as nested tuples of strings and numbers."""
    return {key: _record_to_plain(record) for key, record in memo.items()}


def memo_from_plain(plain: Mapping[bytes, tuple[Any, ...]]) -> dict[bytes, StepRecord]:
    """The memo `memo_to_plain` gave; ValueError, TypeError or IndexError if it is not one."""
    return {key: _record_from_plain(value) for key, value in plain.items()}


def _record_to_plain(record: StepRecord) -> tuple[Any, ...]:
    if record.plain is not None:
        return record.plain
    return (
        tuple(_card_to_plain(card) for card in record.cards),
        tuple(_place(origin) for origin in record.origins),
        tuple(
            (_place(item.location), item.severity.value, item.message)
            for item in record.diagnostics
        ),
        tuple((name, fact, s.needed, s.found) for name, fact, s in record.shortfalls),
        tuple(tuple(getattr(draft, name) for name in _DRAFT) for draft in record.drafts),
        record.searches,
        record.places,
    )


def _record_from_plain(value: tuple[Any, ...]) -> StepRecord:
    cards, origins, diagnostics, shortfalls, drafts, searches, places = value
    # Most steps warn of nothing and draft nothing: their empty parts are taken as they
    # are, and the rest built by `map`, which runs no generator frame per item. Fields go
    # by position, in `_RECORD`'s order (a third faster than by keyword, per step).
    return StepRecord(
        tuple(map(_card_from_plain, cards)),
        tuple(starmap(Location, origins)),
        tuple(
            Diagnostic(Location(*where), Severity(severity), message)
            for where, severity, message in diagnostics
        )
        if diagnostics
        else (),
        tuple((name, fact, Shortfall(needed, found)) for name, fact, needed, found in shortfalls)
        if shortfalls
        else (),
        tuple(starmap(TrueFalseDraft, drafts)) if drafts else (),
        tuple(searches),
        tuple(places),
        value,
    )


def _card_to_plain(card: Card) -> tuple[Any, ...]:
    values = list(card_values(card))
    values[_KIND] = card.kind.value
    answer = list(answer_values(card.answer))
    answer[_TYPE] = card.answer.type.value
    values[_ANSWER_AT] = tuple(answer)
    return tuple(values)


def _card_from_plain(value: tuple[Any, ...]) -> Card:
    values = list(value)
    answer = list(values[_ANSWER_AT])
    # An unknown value falls through to the enum, which raises ValueError.
    answer[_TYPE] = _ANSWER_TYPES.get(answer[_TYPE]) or AnswerType(answer[_TYPE])
    values[_ANSWER_AT] = Answer(*answer)
    values[_KIND] = _KINDS.get(values[_KIND]) or CardKind(values[_KIND])
    return Card(*values)


def _place(location: Location) -> tuple[str, int, int]:
    return (location.path, location.line, location.column)

"""Hypothesis strategies for cards with a value in every field of Card and Answer, chosen
by each field's type hint, so that a field added later is exercised without anyone having
to remember to add it."""

from __future__ import annotations

import dataclasses
import typing
from enum import Enum

from hypothesis import strategies as st

from trainer.core.model import Answer, Card


@dataclasses.dataclass(frozen=True)
class CardValues:
    """What the plain fields of a card are drawn from."""

    texts: st.SearchStrategy[str]
    integers: st.SearchStrategy[int]
    floats: st.SearchStrategy[float]


def every_field(cls: type, values: CardValues) -> dict[str, st.SearchStrategy[typing.Any]]:
    """A strategy for each field of `cls` (Card or Answer), by its type hint."""
    hints = typing.get_type_hints(cls)
    return {f.name: _values_for(hints[f.name], values) for f in dataclasses.fields(cls)}


def cards_of(values: CardValues) -> st.SearchStrategy[Card]:
    """Cards, their answers included, with every field drawn from `values`."""
    return st.builds(Card, **every_field(Card, values))


def _values_for(hint: object, values: CardValues) -> st.SearchStrategy[typing.Any]:
    if typing.get_origin(hint) is tuple:
        (item, _) = typing.get_args(hint)
        return st.lists(_values_for(item, values), max_size=4).map(tuple)
    if hint is str:
        return values.texts
    if hint is int:
        return values.integers
    if hint is float:
        return values.floats
    if isinstance(hint, type) and issubclass(hint, Enum):
        return st.sampled_from(hint)
    if hint is Answer:
        return st.builds(Answer, **every_field(Answer, values))
    raise TypeError(f"no strategy for card field type {hint!r}")

"""A field that names each fact's kind ("Which {kind} is {desc}?"): options keep to that kind.

A deck of landmarks may give each fact its kind in a field of its own (`kind:
waterfall`, `kind: ocean`, `kind: person`) and ask "Which {kind} is {desc}?". The kind
is then the deck's own word on what each value is: "Which waterfall is the highest in
the world?" offers no pilot and no ocean, whatever the names say, and "The Mariana
Trench is the largest ocean" is false on its face, no test of the fact. A field names
the kind of a template's answer where a question asks "Which {field} …?" or "What
{field} …?" of it; every card asking for, or swapping, that answer's field keeps to
values of facts of the same kind. A value whose facts give no kind may be of any.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.authored import Fact, Template
from trainer.core.generate.context import DeckIndex

# A placeholder right after "Which" or "What": the field names what is asked for.
_KIND_SLOT = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+\{(\w+)\}")


class FieldKind:
    """The kind a fact's value is of, by a field of the deck's facts."""

    __slots__ = ("_facts", "_kind", "field", "shown")

    def __init__(self, field: str, kind: str, facts: Mapping[str, list[Fact]]) -> None:
        self.field = field
        self.shown = kind
        self._kind = fold(kind)
        # The facts holding each folded value of the field asked for.
        self._facts = facts

    def other(self, value: str) -> bool:
        """Whether every fact giving `value` that says its kind says another."""
        kinds = {
            fold(fact.values[self.field])
            for fact in self._facts.get(fold(value), ())
            if self.field in fact.values
        }
        return bool(kinds) and self._kind not in kinds

    def label(self) -> str:
        """The kind in words, for a warning: "'waterfall' by its field 'kind'"."""
        return f"'{self.shown}' by its field '{self.field}'"


def field_kind_of(index: DeckIndex, target: str, fact: Fact) -> FieldKind | None:
    """The kind `fact` is of, by a field the deck's templates ask "Which {field} …?"
    with for `target` (the field a card asks for or swaps); None where there is none."""
    for field in kind_fields(index.deck.templates).get(target, ()):
        kind = fact.values.get(field)
        if kind:
            return FieldKind(field, kind, index.facts_by_value(target))
    return None


@lru_cache(maxsize=64)
def kind_fields(templates: Sequence[Template]) -> dict[str, tuple[str, ...]]:
    """For each field a template asks for, the fields its questions name its kind by."""
    found: dict[str, dict[str, None]] = {}
    for template in templates:
        if not template.prompt or not template.answer:
            continue
        for match in _KIND_SLOT.finditer(template.prompt):
            if match[1] != template.answer:
                found.setdefault(template.answer, {})[match[1]] = None
    return {target: tuple(fields) for target, fields in found.items()}

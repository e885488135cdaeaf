"""The checked values of one YAML mapping, and the sink that collects a deck's errors."""

from __future__ import annotations

from typing import Final, NamedTuple

from trainer.core.deck.yaml_tree import YamlMapping, YamlNode, YamlScalar, YamlSequence
from trainer.core.model import Diagnostic, Location, Severity


class _Invalid:
    """The value of a key already reported as wrong."""


INVALID: Final = _Invalid()


class MapItem(NamedTuple):
    """One entry of a checked MAP value: its key, where the key was written, its value."""

    key: str
    line: int
    column: int
    value: object


class ErrorSink:
    """Collects the errors of a whole deck."""

    __slots__ = ("diagnostics",)

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def add(self, path: str, line: int, column: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(Location(path, line, column), Severity.ERROR, message))


def number_text(value: int | float) -> str:
    """A number as an answer or field value is shown: 50000, 2.5, never 2.0."""
    if isinstance(value, int):
        return str(value)
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def describe(node: YamlNode) -> str:
    """What a value is, for 'expected …, got …' messages."""
    if isinstance(node, YamlMapping):
        return "a mapping"
    if isinstance(node, YamlSequence):
        return "a list"
    if isinstance(node, YamlScalar):
        value = node.value
        if value is None:
            return "nothing (null)"
        if isinstance(value, bool):
            return "a boolean"
        if isinstance(value, int):
            return "an integer"
        if isinstance(value, float):
            return "a number"
        return "a string"
    return "an invalid value"


class Checked:
    """The valid values of one mapping, with the mapping itself for locations."""

    __slots__ = ("extra_objects", "extras", "node", "noun", "path", "values")

    def __init__(self, node: YamlMapping, path: str, noun: str) -> None:
        self.node = node
        self.path = path
        self.noun = noun
        self.values: dict[str, object] = {}
        # Keys beyond the spec's own, as facts have: name -> (text, line, column).
        self.extras: dict[str, tuple[str, int, int]] = {}
        # Extra keys written in their mapping form, still to be checked by their owner.
        self.extra_objects: dict[str, YamlMapping] = {}

    @property
    def label(self) -> str:
        """'excerpt 'lipetsk'' when the object has a valid id, else just the noun."""
        ident = self.values.get("id")
        return f"{self.noun} '{ident}'" if isinstance(ident, str) else self.noun

    def place(self, key: str) -> tuple[int, int]:
        """Where a key's value was written (or the mapping, if the key is absent)."""
        entry = self.node.entries.get(key)
        if entry is None:
            return self.node.line, self.node.column
        return entry.value.line, entry.value.column

    def key_place(self, key: str) -> tuple[int, int]:
        entry = self.node.entries[key]
        return entry.line, entry.column

    def text(self, key: str, default: str = "") -> str:
        value = self.values.get(key)
        return value if isinstance(value, str) else default

    def optional_text(self, key: str) -> str | None:
        value = self.values.get(key)
        return value if isinstance(value, str) else None

    def integer(self, key: str) -> int | None:
        value = self.values.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def number(self, key: str) -> float | None:
        value = self.values.get(key)
        return value if isinstance(value, float) else None

    def flag(self, key: str) -> bool | None:
        value = self.values.get(key)
        return value if isinstance(value, bool) else None

    def choice(self, key: str) -> str | int | bool | None:
        value = self.values.get(key)
        return value if isinstance(value, str | int | bool) else None

    def strings(self, key: str) -> tuple[str, ...]:
        return _strings(self.values.get(key))

    def strings_with_places(self, key: str) -> list[tuple[str, int, int]]:
        """The valid strings of a list, each with where it was written."""
        value = self.values.get(key)
        sequence = self.node.entries[key].value if key in self.node.entries else None
        if not isinstance(value, list) or not isinstance(sequence, YamlSequence):
            return []
        return [
            (item, node.line, node.column)
            for item, node in zip(value, sequence.items, strict=True)
            if isinstance(item, str)
        ]

    def string_lists(self, key: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
        """The entries of a MAP of lists of strings: key, where it was written, the strings."""
        value = self.values.get(key)
        if not isinstance(value, list):
            return []
        return [
            (item.key, item.line, item.column, _strings(item.value))
            for item in value
            if isinstance(item, MapItem)
        ]

    def mapping_or_text(self, key: str) -> YamlMapping | str | None:
        """A UNION value: its mapping form (still to be checked) or its text form."""
        value = self.values.get(key)
        return value if isinstance(value, YamlMapping | str) else None

    def indexed_mappings(self, key: str) -> list[tuple[int, YamlMapping]]:
        """The mappings of a list, each with its 1-based position among all the items."""
        value = self.values.get(key)
        if not isinstance(value, list):
            return []
        return [(n, item) for n, item in enumerate(value, 1) if isinstance(item, YamlMapping)]

    def mappings(self, key: str) -> list[YamlMapping]:
        value = self.values.get(key)
        if not isinstance(value, list):
            return []
        return [item for item in value if isinstance(item, YamlMapping)]

    def mapping(self, key: str) -> YamlMapping | None:
        value = self.values.get(key)
        return value if isinstance(value, YamlMapping) else None


def _strings(value: object) -> tuple[str, ...]:
    """The valid strings of a converted list; anything else is no strings."""
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value if isinstance(item, str))

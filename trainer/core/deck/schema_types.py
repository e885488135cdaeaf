"""The vocabulary the deck format is described in: kinds of value, keys, objects and rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum
from types import MappingProxyType

from trainer.core.records import record

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
# A field name is named in templates and messages: a word, not a paragraph.
MAX_FIELD_NAME_LENGTH = 64
FIELD_NAME_PATTERN = rf"^[A-Za-z_][A-Za-z0-9_]{{0,{MAX_FIELD_NAME_LENGTH - 1}}}$"
NONBLANK_PATTERN = r"\S"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class Kind(StrEnum):
    """The shapes a value in a deck can take."""

    STRING = "string"
    SLUG = "slug"
    FIELD_NAME = "field name"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    STRING_OR_NUMBER = "string or number"
    STRING_OR_INTEGER = "string or integer"
    ENUM = "enum"
    LIST = "list"
    OBJECT = "object"
    # A mapping from field names to objects, as in the deck's `fields`.
    OBJECT_MAP = "object map"
    # A mapping from keys matching `key_pattern` to values like `item`, as `aliases`.
    MAP = "map"
    # One of `variants`: a scalar form or a mapping form of the same setting, as `draw`.
    UNION = "union"


@record
class ValueSpec:
    """What one value may be. `item` describes a list's items; `object` names an ObjectSpec."""

    kind: Kind
    nonblank: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str | int | bool, ...] = ()
    item: ValueSpec | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique: bool = False
    object: str = ""
    variants: tuple[ValueSpec, ...] = ()
    key_pattern: str = ""
    # How messages name the keys of a MAP: "cloze numbers such as c1".
    key_noun: str = ""
    # A string shown on one line (a title, a page, a tag): a line break in it could print
    # a line of its own that reads as another ("Source: …").
    one_line: bool = False
    # The most characters a string may have (an answer, a question); None: no bound.
    max_length: int | None = None


@record
class KeySpec:
    name: str
    value: ValueSpec
    description: str
    required: bool = False


@record
class KindRule:
    """Keys that depend on a variant key, as a template's keys depend on its `kind`."""

    key: str
    default: str
    # For each variant, the keys it needs.
    needs: Mapping[str, tuple[str, ...]]
    # For each key that not every variant takes, the variants that take it.
    only_for: Mapping[str, tuple[str, ...]]


@record
class ObjectSpec:
    """One mapping of the format: its keys and the rules that tie keys together."""

    name: str
    noun: str
    description: str
    keys: Mapping[str, KeySpec]
    # Facts take any other key as a field, with values like this.
    extra: ValueSpec | None = None
    extra_description: str = ""
    # Pairs of keys that must not be written together.
    exclusive: tuple[tuple[str, str], ...] = ()
    # Keys of which at least one must be written.
    one_of: tuple[str, ...] = ()
    kind_rule: KindRule | None = None
    # The names of the required keys, in order; derived from `keys`.
    required: tuple[str, ...] = ()
    # Keys that belong elsewhere, with the reason given when one is written here.
    misplaced: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


_NOUNS: Mapping[Kind, tuple[str, str]] = MappingProxyType(
    {
        Kind.STRING: ("a string", "strings"),
        Kind.SLUG: ("a slug", "slugs"),
        Kind.FIELD_NAME: ("a field name", "field names"),
        Kind.INTEGER: ("an integer", "integers"),
        Kind.NUMBER: ("a number", "numbers"),
        Kind.BOOLEAN: ("true or false", "booleans"),
        Kind.STRING_OR_NUMBER: ("a string or a number", "strings or numbers"),
        Kind.STRING_OR_INTEGER: ("a string or an integer", "strings or integers"),
        Kind.OBJECT: ("a mapping", "mappings"),
        Kind.OBJECT_MAP: ("a mapping of field names to mappings", "mappings"),
    }
)


def expected(value: ValueSpec, *, plural: bool = False) -> str:
    """How an error message names what a value should be: 'a list of strings'."""
    if value.kind is Kind.LIST:
        item = value.item if value.item is not None else ValueSpec(Kind.STRING)
        return "lists" if plural else f"a list of {expected(item, plural=True)}"
    if value.kind is Kind.UNION:
        forms = [expected(variant, plural=plural) for variant in value.variants]
        # "a string or a number, or a mapping" reads right; "a field name or a mapping" too.
        return (", or " if any(" or " in form for form in forms) else " or ").join(forms)
    if value.kind is Kind.MAP:
        item = value.item if value.item is not None else ValueSpec(Kind.STRING)
        return "mappings" if plural else f"a mapping of {value.key_noun} to {expected(item)}"
    if value.kind is Kind.ENUM:
        choices = [_yaml_literal(choice) for choice in value.choices]
        return choices[0] if len(choices) == 1 else "one of " + ", ".join(choices)
    singular, many = _NOUNS[value.kind]
    return many if plural else singular


def _yaml_literal(choice: str | int | bool) -> str:
    if isinstance(choice, bool):
        return "true" if choice else "false"
    return str(choice)

"""Checks a positioned YAML tree against the format's object specs, converting values as it goes."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from trainer.core.deck.checked import INVALID, Checked, ErrorSink, MapItem, describe, number_text
from trainer.core.deck.key_synonyms import key_meant
from trainer.core.deck.schema_types import (
    FIELD_NAME_PATTERN,
    MAX_FIELD_NAME_LENGTH,
    NONBLANK_PATTERN,
    SLUG_PATTERN,
    Kind,
    ObjectSpec,
    ValueSpec,
    expected,
)
from trainer.core.deck.yaml_tree import YamlInvalid, YamlMapping, YamlNode, YamlScalar, YamlSequence
from trainer.core.did_you_mean import did_you_mean, slugify
from trainer.core.untrusted import quoted_name

SLUG = re.compile(SLUG_PATTERN)
FIELD_NAME = re.compile(FIELD_NAME_PATTERN)
# A number written as digits, maybe signed, with base-60 colons or a decimal point:
# what YAML may read otherwise than it is written.
_AS_WRITTEN = re.compile(r"[+-]?\d+(?::\d+)*(?:\.\d+)?")
_TEXT_KINDS = frozenset({Kind.STRING, Kind.STRING_OR_NUMBER, Kind.STRING_OR_INTEGER})


class SpecChecker:
    """Checks the mappings of one file against their specs, reporting into a shared sink."""

    def __init__(self, path: str, sink: ErrorSink) -> None:
        self.path = path
        self.sink = sink
        self._converters: dict[Kind, Callable[[ValueSpec, YamlNode, str], object]] = {
            Kind.STRING: self._string,
            Kind.SLUG: self._slug,
            Kind.FIELD_NAME: self._field_name,
            Kind.INTEGER: self._integer,
            Kind.NUMBER: self._number,
            Kind.BOOLEAN: self._boolean,
            Kind.STRING_OR_NUMBER: self._string_or_number,
            Kind.STRING_OR_INTEGER: self._string_or_number,
            Kind.ENUM: self._enum,
            Kind.LIST: self._list,
            Kind.OBJECT: self._mapping,
            Kind.OBJECT_MAP: self._mapping,
            Kind.MAP: self._map,
            Kind.UNION: self._union,
        }

    def error(self, line: int, column: int, message: str) -> None:
        self.sink.add(self.path, line, column, message)

    def check(self, node: YamlMapping, spec: ObjectSpec) -> Checked:
        """Every key of the mapping checked and converted; problems go to the sink."""
        checked = Checked(node, self.path, spec.noun)
        values = checked.values
        keys = spec.keys
        for name, entry in node.entries.items():
            key = keys.get(name)
            if key is not None:
                wanted = key.value
                value_node = entry.value
                # Fast paths for the common cases, a valid string or slug; anything else
                # is converted, or reported, below.
                if isinstance(value_node, YamlScalar) and isinstance(value_node.value, str):
                    if wanted.kind in _TEXT_KINDS:
                        text = value_node.value.strip()
                        if (
                            (text or not wanted.nonblank)
                            and not (wanted.one_line and ("\n" in text or "\r" in text))
                            and (wanted.max_length is None or len(text) <= wanted.max_length)
                        ):
                            values[name] = text
                            continue
                    elif wanted.kind is Kind.SLUG and SLUG.match(value_node.value):
                        values[name] = value_node.value
                        continue
                what = f"'{name}' in {spec.noun}"
                value = self._converters[wanted.kind](wanted, value_node, what)
                if value is not INVALID:
                    values[name] = value
            elif spec.extra is not None:
                self._extra(checked, spec.extra, name, entry.line, entry.column, entry.value)
            else:
                self._unknown(spec, name, entry.line, entry.column)
        self._check_rules(checked, spec)
        return checked

    def check_map(
        self, node: YamlMapping, spec: ObjectSpec, what: str
    ) -> list[tuple[str, int, int, Checked]]:
        """A mapping from field names to objects of one spec, each name and object checked."""
        wanted = ValueSpec(Kind.OBJECT, object=spec.name)
        checked: list[tuple[str, int, int, Checked]] = []
        for name, entry in node.entries.items():
            if FIELD_NAME.match(name) is None:
                self._bad_field_name(entry.line, entry.column, name, what)
            elif not isinstance(entry.value, YamlMapping):
                self._mismatch(entry.value, f"field '{name}' in {what}", wanted)
            else:
                checked.append((name, entry.line, entry.column, self.check(entry.value, spec)))
        return checked

    def wrong_type(self, node: YamlNode, what: str, wanted: ValueSpec) -> None:
        hint = ""
        if (
            isinstance(node, YamlScalar)
            and not isinstance(node.value, str)
            and node.raw
            and wanted.kind in (Kind.STRING, Kind.SLUG, Kind.STRING_OR_NUMBER)
        ):
            hint = f' (to mean the text "{node.raw}", put it in quotes)'
        message = f"wrong type for {what}: expected {expected(wanted)}, got {describe(node)}{hint}"
        self.error(node.line, node.column, message)

    def _unknown(self, spec: ObjectSpec, name: str, line: int, column: int) -> None:
        reason = spec.misplaced.get(name)
        if reason is not None:
            self.error(line, column, f"'{name}' is not allowed in {spec.noun}s: {reason}")
            return
        meant = key_meant(spec.name, name)
        suggestion = f" (did you mean '{meant}'?)" if meant else did_you_mean(name, spec.keys)
        self.error(line, column, f"unknown field {quoted_name(name)} in {spec.noun}{suggestion}")

    def _extra(
        self, checked: Checked, wanted: ValueSpec, name: str, line: int, column: int, node: YamlNode
    ) -> None:
        if FIELD_NAME.match(name) is None:
            self._bad_field_name(line, column, name, checked.noun)
            return
        if isinstance(node, YamlScalar) and isinstance(node.value, str):
            text = node.value.strip()
            if (text or not wanted.nonblank) and len(text) <= _longest_text(wanted):
                checked.extras[name] = (text, node.line, node.column)
                return
        value = self._converters[wanted.kind](wanted, node, f"field '{name}' in {checked.noun}")
        if isinstance(value, str):
            checked.extras[name] = (value, node.line, node.column)
        elif isinstance(value, YamlMapping):
            # The mapping form of a field (`{value: …, accept: […]}`): the builder checks it.
            checked.extra_objects[name] = value

    def _bad_field_name(self, line: int, column: int, name: str, where: str) -> None:
        # Words with spaces are most often the rest of a value cut at its comma by the
        # braces of a one-line mapping: `{work: The General Theory of Employment, Interest
        # and Money}`.
        if len(name) > MAX_FIELD_NAME_LENGTH and " " not in name:
            too_long = f"has more than {MAX_FIELD_NAME_LENGTH} characters"
            return self.error(line, column, f"field name {quoted_name(name)} in {where} {too_long}")
        cut = (
            ": if it is the end of a value cut at a comma inside { }, put that value in quotes"
            if " " in name.strip()
            else ""
        )
        self.error(
            line,
            column,
            f"field name {quoted_name(name)} in {where} is not an identifier"
            f" (letters, digits and '_', not starting with a digit){cut}",
        )

    def _check_rules(self, checked: Checked, spec: ObjectSpec) -> None:
        entries = checked.node.entries
        node = checked.node
        for name in spec.required:
            if name not in entries:
                message = f"missing required field '{name}' in {checked.label}"
                self.error(node.line, node.column, message)
        for first, second in spec.exclusive:
            if first in entries and second in entries:
                later = max(entries[first], entries[second], key=lambda e: (e.line, e.column))
                message = f"write '{first}' or '{second}' in {checked.noun}, not both"
                self.error(later.line, later.column, message)
        if spec.one_of and not any(name in entries for name in spec.one_of):
            names = ", ".join(f"'{name}'" for name in spec.one_of[:-1])
            message = f"{checked.label} needs at least one of {names} or '{spec.one_of[-1]}'"
            self.error(node.line, node.column, message)
        rule = spec.kind_rule
        if rule is None:
            return
        if rule.key in entries and rule.key not in checked.values:
            return  # an invalid kind was reported already; its needs are unknown
        variant = checked.text(rule.key, rule.default)
        for name in rule.needs.get(variant, ()):
            if name not in entries:
                message = f"{checked.label} of kind '{variant}' needs '{name}'"
                self.error(node.line, node.column, message)
        for name, variants in rule.only_for.items():
            if name in entries and variant not in variants:
                kinds = " or ".join(variants)
                entry = entries[name]
                message = f"'{name}' does not apply to a {variant} {spec.noun} (only to {kinds})"
                self.error(entry.line, entry.column, message)

    # Converters: each returns the converted value, or INVALID after reporting why.

    def _string(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if isinstance(node, YamlScalar) and isinstance(node.value, str):
            text = node.value.strip()
            if wanted.nonblank and not text:
                self.error(node.line, node.column, f"{what} must not be empty")
                return INVALID
            if wanted.one_line and ("\n" in text or "\r" in text):
                message = f"{what} is shown on one line, but holds a line break; join its lines"
                self.error(node.line, node.column, message)
                return INVALID
            if wanted.max_length is not None and len(text) > wanted.max_length:
                self.error(node.line, node.column, too_long(what, len(text), wanted.max_length))
                return INVALID
            return text
        return self._mismatch(node, what, wanted)

    def _slug(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if not isinstance(node, YamlScalar) or isinstance(node.value, bool):
            return self._mismatch(node, what, wanted)
        if isinstance(node.value, int):
            text = node.raw  # digits alone are a slug, though YAML reads them as a number
        elif isinstance(node.value, str):
            text = node.value
        else:
            return self._mismatch(node, what, wanted)
        if SLUG.match(text) is None:
            better = slugify(text)
            hint = f" (did you mean '{better}'?)" if better and SLUG.match(better) else ""
            self.error(
                node.line,
                node.column,
                f"{what} must be a slug (lowercase letters, digits, '-' and '_',"
                f" starting with a letter or digit), got '{text}'{hint}",
            )
            return INVALID
        return text

    def _field_name(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if isinstance(node, YamlScalar) and isinstance(node.value, str):
            if FIELD_NAME.match(node.value) is None:
                self.error(
                    node.line,
                    node.column,
                    f"{what} must be a field name (letters, digits and '_',"
                    f" not starting with a digit), got '{node.value}'",
                )
                return INVALID
            return node.value
        return self._mismatch(node, what, wanted)

    def _integer(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if isinstance(node, YamlScalar) and type(node.value) is int:
            return self._in_range(wanted, node, node.value, what)
        return self._mismatch(node, what, wanted)

    def _number(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        value = node.value if isinstance(node, YamlScalar) else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not math.isfinite(value):
                self.error(node.line, node.column, f"{what} must be a finite number")
                return INVALID
            return self._in_range(wanted, node, float(value), what)
        return self._mismatch(node, what, wanted)

    def _boolean(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if isinstance(node, YamlScalar) and isinstance(node.value, bool):
            return node.value
        return self._mismatch(node, what, wanted)

    def _string_or_number(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        value = node.value if isinstance(node, YamlScalar) else None
        if isinstance(value, str):
            return self._string(wanted, node, what)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if wanted.kind is Kind.STRING_OR_INTEGER and not isinstance(value, int):
                return self._mismatch(node, what, wanted)
            if not math.isfinite(value):
                self.error(node.line, node.column, f"{what} must be a finite number")
                return INVALID
            if self._in_range(wanted, node, value, what) is INVALID:
                return INVALID
            if isinstance(node, YamlScalar) and _AS_WRITTEN.fullmatch(node.raw):
                # Digits as written: YAML reads "0410" as an octal 264, "000" as 0,
                # "9:45" as the base-60 number 585 and "1.10" as 1.1, where an author
                # means the year 410, a time, a version or a measure's last digit (or
                # the "000" of a number cut at its comma, which `trainer check` can then
                # point out).
                return node.raw
            return number_text(value)
        return self._mismatch(node, what, wanted)

    def _enum(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if isinstance(node, YamlScalar):
            value = node.value
            for choice in wanted.choices:
                # 1 == True in Python; YAML's `1` must not pass for `true`.
                if type(choice) is type(value) and choice == value:
                    return value
            choices = [str(choice) for choice in wanted.choices if isinstance(choice, str)]
            suggestion = did_you_mean(node.raw, choices) if isinstance(value, str) else ""
            message = f"{what} must be {expected(wanted)}; got '{node.raw}'{suggestion}"
            self.error(node.line, node.column, message)
            return INVALID
        return self._mismatch(node, what, wanted)

    def _list(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if not isinstance(node, YamlSequence):
            return self._mismatch(node, what, wanted)
        item_spec = wanted.item
        if item_spec is None:  # pragma: no cover - every list spec names its items
            raise ValueError(f"list spec for {what} has no item spec")
        count = len(node.items)
        low, high = wanted.min_items, wanted.max_items
        if (low is not None and count < low) or (high is not None and count > high):
            if low is not None and high is not None:
                bounds = f"{low} to {high}"
            else:
                bounds = f"at least {low}" if low is not None else f"at most {high}"
            self.error(node.line, node.column, f"{what} must list {bounds} items, got {count}")
        convert = self._converters[item_spec.kind]
        item_what = f"an item of {what}"
        items: list[object] = []
        seen: dict[object, int] = {}
        for item_node in node.items:
            item = convert(item_spec, item_node, item_what)
            if wanted.unique and item is not INVALID:
                if item in seen:
                    message = f"'{item}' is listed twice in {what} (first on line {seen[item]})"
                    self.error(item_node.line, item_node.column, message)
                    item = INVALID
                else:
                    seen[item] = item_node.line
            items.append(item)
        return items

    def _map(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        """A mapping of checked keys to converted values: a list of MapItem, in order."""
        if not isinstance(node, YamlMapping):
            return self._mismatch(node, what, wanted)
        item_spec = wanted.item
        if item_spec is None:  # pragma: no cover - every map spec names its values
            raise ValueError(f"map spec for {what} has no item spec")
        key_rule = re.compile(wanted.key_pattern or NONBLANK_PATTERN)
        items: list[MapItem] = []
        for key, entry in node.entries.items():
            if key_rule.search(key) is None:
                message = f"key {quoted_name(key)} of {what} must be {wanted.key_noun}"
                self.error(entry.line, entry.column, message)
                continue
            value = self._converters[item_spec.kind](item_spec, entry.value, f"'{key}' in {what}")
            if value is not INVALID:
                items.append(MapItem(key.strip(), entry.line, entry.column, value))
        return items

    def _union(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        """A mapping for the union's object form; any other value for its first other form."""
        for variant in wanted.variants:
            if (variant.kind is Kind.OBJECT) == isinstance(node, YamlMapping):
                if isinstance(node, YamlSequence) and variant.kind is not Kind.LIST:
                    break
                return self._converters[variant.kind](variant, node, what)
        return self._mismatch(node, what, wanted)

    def _mapping(self, wanted: ValueSpec, node: YamlNode, what: str) -> object:
        if isinstance(node, YamlMapping):
            return node
        return self._mismatch(node, what, wanted)

    def _in_range(self, wanted: ValueSpec, node: YamlNode, value: float, what: str) -> object:
        low, high = wanted.minimum, wanted.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            if low is not None and high is not None:
                bounds = f"between {number_text(low)} and {number_text(high)}"
            elif low is not None:
                bounds = f"at least {number_text(low)}"
            else:
                bounds = f"at most {number_text(high or 0)}"
            self.error(node.line, node.column, f"{what} must be {bounds}, got {number_text(value)}")
            return INVALID
        return value

    def _mismatch(self, node: YamlNode, what: str, wanted: ValueSpec) -> object:
        if not isinstance(node, YamlInvalid):
            self.wrong_type(node, what, wanted)
        return INVALID


def too_long(what: str, length: int, most: int) -> str:
    """The message for a text longer than its bound."""
    return f"{what} is {length:,} characters long; at most {most:,} are allowed"


def _longest_text(wanted: ValueSpec) -> float:
    """The most characters a string given for `wanted` may have (one of a union's)."""
    bounds = [spec.max_length for spec in (wanted, *wanted.variants) if spec.max_length]
    return min(bounds) if bounds else math.inf

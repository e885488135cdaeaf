"""Renders the deck format's object descriptions as a JSON Schema (draft 2020-12)."""

from __future__ import annotations

from collections.abc import Mapping

from trainer.core.deck.schema_types import (
    FIELD_NAME_PATTERN,
    JSON_SCHEMA_DIALECT,
    NONBLANK_PATTERN,
    SLUG_PATTERN,
    Kind,
    KindRule,
    ObjectSpec,
    ValueSpec,
)


def schema_document(
    root: ObjectSpec, objects: Mapping[str, ObjectSpec], title: str
) -> dict[str, object]:
    """A JSON Schema whose root is one object and whose `$defs` hold every object."""
    schema: dict[str, object] = {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": title,
        "description": root.description,
    }
    schema.update(_object_json(root))
    schema["$defs"] = {spec.name: _object_json(spec) for spec in objects.values()}
    return schema


def _object_json(spec: ObjectSpec) -> dict[str, object]:
    properties: dict[str, object] = {}
    for key in spec.keys.values():
        properties[key.name] = {"description": key.description, **_value_json(key.value)}
    schema: dict[str, object] = {
        "type": "object",
        "description": spec.description,
        "properties": properties,
    }
    if spec.required:
        schema["required"] = list(spec.required)
    if spec.extra is None:
        schema["additionalProperties"] = False
    else:
        schema["propertyNames"] = {"pattern": FIELD_NAME_PATTERN}
        schema["additionalProperties"] = {
            "description": spec.extra_description,
            **_value_json(spec.extra),
        }
    rules: list[object] = [{"not": {"required": list(pair)}} for pair in spec.exclusive]
    if spec.one_of:
        rules.append({"anyOf": [{"required": [key]} for key in spec.one_of]})
    if spec.kind_rule is not None:
        rules.extend(_kind_rule_json(spec.kind_rule))
    if rules:
        schema["allOf"] = rules
    return schema


def _kind_rule_json(rule: KindRule) -> list[object]:
    clauses: list[object] = []
    for variant, needs in rule.needs.items():
        condition: dict[str, object] = {"properties": {rule.key: {"const": variant}}}
        if variant != rule.default:
            condition["required"] = [rule.key]
        refused = [key for key, variants in rule.only_for.items() if variant not in variants]
        clauses.append(
            {
                "if": condition,
                "then": {
                    "required": list(needs),
                    "properties": dict.fromkeys(refused, False),
                },
            }
        )
    return clauses


def _value_json(value: ValueSpec) -> dict[str, object]:
    kind = value.kind
    schema: dict[str, object]
    if kind is Kind.STRING:
        schema = {"type": "string"}
    elif kind is Kind.SLUG:
        # Digits alone are a slug, and YAML reads them as an integer.
        schema = {"type": ["string", "integer"], "pattern": SLUG_PATTERN, "minimum": 0}
    elif kind is Kind.FIELD_NAME:
        schema = {"type": "string", "pattern": FIELD_NAME_PATTERN}
    elif kind is Kind.INTEGER:
        schema = {"type": "integer"}
    elif kind is Kind.NUMBER:
        schema = {"type": "number"}
    elif kind is Kind.BOOLEAN:
        schema = {"type": "boolean"}
    elif kind is Kind.STRING_OR_NUMBER:
        schema = {"type": ["string", "number"]}
    elif kind is Kind.STRING_OR_INTEGER:
        schema = {"type": ["string", "integer"]}
    elif kind is Kind.ENUM:
        schema = {"enum": list(value.choices)}
    elif kind is Kind.LIST:
        item = value.item if value.item is not None else ValueSpec(Kind.STRING)
        schema = {"type": "array", "items": _value_json(item)}
        if value.min_items is not None:
            schema["minItems"] = value.min_items
        if value.max_items is not None:
            schema["maxItems"] = value.max_items
        if value.unique:
            schema["uniqueItems"] = True
    elif kind is Kind.OBJECT:
        schema = {"$ref": f"#/$defs/{value.object}"}
    elif kind is Kind.UNION:
        schema = {"anyOf": [_value_json(variant) for variant in value.variants]}
    elif kind is Kind.MAP:
        item = value.item if value.item is not None else ValueSpec(Kind.STRING)
        schema = {
            "type": "object",
            "propertyNames": {"pattern": value.key_pattern or NONBLANK_PATTERN},
            "additionalProperties": _value_json(item),
        }
    else:
        schema = {
            "type": "object",
            "propertyNames": {"pattern": FIELD_NAME_PATTERN},
            "additionalProperties": {"$ref": f"#/$defs/{value.object}"},
        }
    if value.nonblank and kind in (Kind.STRING, Kind.STRING_OR_NUMBER, Kind.STRING_OR_INTEGER):
        schema["pattern"] = NONBLANK_PATTERN
    if value.max_length is not None:
        schema["maxLength"] = value.max_length
    if value.minimum is not None:
        schema["minimum"] = value.minimum
    if value.maximum is not None:
        schema["maximum"] = value.maximum
    return schema

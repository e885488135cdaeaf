"""JSON and CSV text that stays valid and harmless whatever the values it carries hold.

JSON: `json.dumps` escapes C0 controls but writes DEL, C1 controls, bidirectional
overrides and lone surrogates as they are; `json_text` writes those as `\\uXXXX` too, so
the output is still valid JSON with no character that could reach a terminal raw.

CSV: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or a
carriage return) as a formula, which can run commands or leak data (OWASP "CSV
injection"). `csv_cell` puts a `'` before such a cell, and escapes control characters.
"""

from __future__ import annotations

import json
import re

from trainer.core.untrusted import printable, replace_forbidden

# The characters that make a spreadsheet read a cell as a formula, with their full-width
# forms (some spreadsheets fold them to the ASCII ones) and the controls OWASP lists.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    # Beyond the Basic Multilingual Plane JSON writes a surrogate pair ("\udb40\udc41").
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def json_text(value: object, *, indent: int | None = None) -> str:
    """`value` as JSON text, readable UTF-8, with every forbidden character `\\u`-escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # Outside strings JSON is ASCII, so every match lies in a string, where `\\uXXXX` is
    # the same character to any JSON reader.
    return replace_forbidden(text, _json_escape)


def starts_formula(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula."""
    # Spaces before the sign, of any kind, do not stop every spreadsheet from reading it.
    return text.lstrip()[:1] in FORMULA_STARTS


def csv_cell(value: object) -> object:
    """A value as a CSV cell: text with controls escaped and formulas defused; numbers,
    booleans and empty cells as they are (a negative number is not a formula)."""
    if not isinstance(value, str):
        return value
    if starts_formula(value):
        value = "'" + value
    return printable(value)

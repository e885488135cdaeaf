"""Untrusted text (decks, typed answers, file names) made safe to show on a terminal or in a file.

A deck can hold any character YAML's escapes can spell (`"\\e]0;pwned\\a"`), and a
terminal obeys control sequences it is sent: it can retitle a window, write the
clipboard (OSC 52), clear the screen or disguise a link (OSC 8). Bidirectional overrides
reorder what is displayed, so "exe.txt" can read as "txt.exe". The loader refuses such
characters in a deck's values; everywhere else they are shown escaped, as `\\x1b`.
"""

from __future__ import annotations

import re

# Allowed: tab and newline. Refused: every other C0 control, DEL, every C1 control, the
# bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
# line and paragraph separators (which some terminals treat as newlines), BOM/ZWNBSP
# in the middle of text, and lone surrogates (undecodable bytes of a file name, or a
# `"\udc9b"` escape: written out they fail to encode, or become raw bytes such as CSI).
_FORBIDDEN_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c\ufeff"
    "\ud800-\udfff"
)
FORBIDDEN = re.compile(f"[{_FORBIDDEN_CLASS}]")
# The same, plus newline and tab: for text that must stay on one line.
_FORBIDDEN_ON_ONE_LINE = re.compile(f"[\t\n{_FORBIDDEN_CLASS}]")


def first_forbidden(text: str) -> int | None:
    """The offset of the first character that must not reach a terminal, or None."""
    match = FORBIDDEN.search(text)
    return None if match is None else match.start()


def describe_char(char: str) -> str:
    """A character as a message names it: `U+001B (ESC)`."""
    names = {
        "\x00": "NUL",
        "\x07": "BEL",
        "\x08": "BS",
        "\x0d": "CR",
        "\x1b": "ESC",
        "\x7f": "DEL",
        "\x9b": "CSI",
        "\x9d": "OSC",
        "\u202e": "RIGHT-TO-LEFT OVERRIDE",
        "\u202d": "LEFT-TO-RIGHT OVERRIDE",
        "\u2066": "LEFT-TO-RIGHT ISOLATE",
        "\u2067": "RIGHT-TO-LEFT ISOLATE",
        "\u2068": "FIRST STRONG ISOLATE",
        "\u2069": "POP DIRECTIONAL ISOLATE",
    }
    code = f"U+{ord(char):04X}"
    name = names.get(char)
    return f"{code} ({name})" if name else code


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x09:
        return "\\t"
    if code == 0x0A:
        return "\\n"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with every control, bidirectional override and isolate written as an escape.

    Newlines and tabs are kept unless `one_line` is set. Text without such characters
    comes back unchanged (the common case costs one regular-expression scan).
    """
    pattern = _FORBIDDEN_ON_ONE_LINE if one_line else FORBIDDEN
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def on_one_line(value: object) -> str:
    """A file name or other untrusted value as a message quotes it: escaped, newlines
    too, so that it cannot start a line of its own that reads as another message."""
    return printable(str(value), one_line=True)

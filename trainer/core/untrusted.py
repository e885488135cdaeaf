"""Untrusted text (decks, typed answers, file names) made safe to show on a terminal or in a file.

A deck can hold any character YAML's escapes can spell (`"\\e]0;pwned\\a"`), and a
terminal obeys control sequences it is sent: it can retitle a window, write the
clipboard (OSC 52), clear the screen or disguise a link (OSC 8). Bidirectional overrides
reorder what is displayed, so "exe.txt" can read as "txt.exe". The loader refuses such
characters in a deck's values; everywhere else they are shown escaped, as `\\x1b`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from functools import lru_cache

# Allowed: tab and newline. Refused: every other C0 control, DEL, every C1 control, the
# bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
# line and paragraph separators (which some terminals treat as newlines), BOM/ZWNBSP
# in the middle of text, and lone surrogates (undecodable bytes of a file name, or a
# `"\udc9b"` escape: written out they fail to encode, or become raw bytes such as CSI).
# And the characters that show nothing and serve no script, which hide text or make two
# strings look alike: the soft hyphen, the zero-width space, the word joiner and the
# invisible operators, the Hangul and Khmer fillers, the Mongolian selectors, the
# deprecated format controls, the interlinear annotations, and beyond the Basic
# Multilingual Plane the shorthand, musical and Egyptian hieroglyph format controls and
# the TAG characters (U+E0000–U+E007F: invisible "ASCII" that some tools read as text);
# and the code points Unicode reserves to be ignored when shown, unassigned today
# (U+2065, U+FFF0–U+FFF8, the rest of U+E0000–U+E0FFF), which a font shows as nothing.
FORBIDDEN_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c\ufeff"
    "\ud800-\udfff"
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u2060-\u206f"
    "\u3164\uffa0\ufff0-\ufff8\ufff9-\ufffb"
)
_ASTRAL_CLASS = (
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U00013430-\U0001343f"
    "\U000e0000-\U000e00ff\U000e01f0-\U000e0fff"
)
# The joiners and variation selectors serve scripts and emoji (Persian and Indic words,
# "👩‍💻", "❤️"): allowed after a character that is not ASCII, joiners before one too.
# Beside ASCII, or at an end, they only hide something ("pass\u200dword").
_JOINERS = "\u200c\u200d"
_SELECTORS = "\ufe00-\ufe0f"
_ASTRAL_SELECTORS = "\U000e0100-\U000e01ef"
# Each scan is one class (fast): the characters of the Basic Multilingual Plane, and,
# only in text that has any character beyond it, those beyond. The context decides
# the joiners and selectors found.
_FOUND = re.compile(f"[{FORBIDDEN_CLASS}{_JOINERS}{_SELECTORS}]")
_FOUND_ON_ONE_LINE = re.compile(f"[\t\n{FORBIDDEN_CLASS}{_JOINERS}{_SELECTORS}]")
_ANY_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_FOUND_ASTRAL = re.compile(f"[{_ASTRAL_CLASS}{_ASTRAL_SELECTORS}]")
_IN_CONTEXT = re.compile(f"[{_JOINERS}{_SELECTORS}{_ASTRAL_SELECTORS}]")
_JOINER = re.compile(f"[{_JOINERS}]")
_C1 = re.compile("[\x90\x98\x9b\x9d\x9e\x9f]")


def _in_place(found: re.Match[str]) -> bool:
    """Whether a character found is a joiner or selector where a script or an emoji needs
    it: after a visible character that is not ASCII (a joiner before one too). Next to
    another such mark it is not: whether that one stays depends on its own neighbours."""
    char = found.group()
    if _IN_CONTEXT.match(char) is None:
        return False
    text, start, end = found.string, found.start(), found.end()
    if start == 0 or not _visible_beyond_ascii(text[start - 1]):
        return False
    return _JOINER.match(char) is None or (end < len(text) and _visible_beyond_ascii(text[end]))


def _visible_beyond_ascii(char: str) -> bool:
    return char >= "\x80" and _FOUND.match(char) is None and _FOUND_ASTRAL.match(char) is None


def _scans(text: str, *, one_line: bool = False) -> tuple[re.Pattern[str], ...]:
    first = _FOUND_ON_ONE_LINE if one_line else _FOUND
    return (first, _FOUND_ASTRAL) if _ANY_ASTRAL.search(text) else (first,)


def forbidden_search(text: str, *, one_line: bool = False) -> re.Match[str] | None:
    """The first character of `text` that must not reach a terminal, or None; with
    `one_line`, a tab or a newline too (text shown in a one-line field)."""
    first: re.Match[str] | None = None
    for scan in _scans(text, one_line=one_line):
        for found in scan.finditer(text):
            if not _in_place(found):
                if first is None or found.start() < first.start():
                    first = found
                break
    return first


def replace_forbidden(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """`text` with every character that must not reach a terminal given by `replace`."""

    def each(found: re.Match[str]) -> str:
        return found.group() if _in_place(found) else replace(found)

    for scan in _scans(text):
        if any(not _in_place(found) for found in scan.finditer(text)):
            text = scan.sub(each, text)
    return text


# A terminal's control sequences, whole (ECMA-48): CSI with its parameters ("\x1b[2J"),
# the strings of OSC, DCS, SOS, PM and APC up to their terminator ("\x1b]0;title\x07"),
# and the other escapes of one or two characters ("\x1bc"). Removing only their control
# characters left their arguments in the text ("Holds the cell[2J DNA"). A string with
# no terminator near is not taken whole: its introducer goes, and the rest is text.
_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]{0,64}[ -/]{0,8}[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[ -/]{0,8}[0-~]"
)


def without_forbidden(text: str) -> tuple[str, int]:
    """`text` with every character that must not reach a terminal removed, a control
    sequence with its arguments, and how many (a sequence counts once)."""
    text, removed = _SEQUENCE.subn("", text) if "\x1b" in text or _C1.search(text) else (text, 0)

    def drop(found: re.Match[str]) -> str:
        nonlocal removed
        if _in_place(found):
            return found.group()
        removed += 1
        return ""

    for scan in _scans(text):
        text = scan.sub(drop, text)
    return text, removed


def first_forbidden(text: str, *, one_line: bool = False) -> int | None:
    """The offset of the first character that must not reach a terminal, or None; with
    `one_line`, a tab or a newline too (a name offered inside a one-line input)."""
    match = forbidden_search(text, one_line=one_line)
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
        "\u00ad": "SOFT HYPHEN",
        "\u200b": "ZERO WIDTH SPACE",
        "\u200c": "ZERO WIDTH NON-JOINER",
        "\u200d": "ZERO WIDTH JOINER",
        "\u2060": "WORD JOINER",
    }
    code = f"U+{ord(char):04X}"
    name = names.get(char) or ("TAG" if 0xE0000 <= ord(char) <= 0xE007F else None)
    return f"{code} ({name})" if name else code


def _escape(match: re.Match[str]) -> str:
    if _in_place(match):
        return match.group()
    code = ord(match.group())
    if code == 0x09:
        return "\\t"
    if code == 0x0A:
        return "\\n"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with every control, bidirectional override and isolate written as an escape.

    Newlines and tabs are kept unless `one_line` is set. Text without such characters
    comes back unchanged (the common case costs one regular-expression scan).
    """
    for scan in _scans(text, one_line=one_line):
        if any(not _in_place(found) for found in scan.finditer(text)):
            text = scan.sub(_escape, text)
    return text


@lru_cache(maxsize=16)
def c1_lookalikes(encoding: str | None) -> dict[int, str]:
    """The characters that `encoding` writes as one byte from 0x80 to 0x9F, each with its
    escape (a `str.translate` table); empty for Unicode's own encodings.

    A terminal working in an 8-bit character set reads those bytes as C1 controls: in
    KOI8-R, "²" is written as 0x9D, which opens an operating system command (a window
    title, the clipboard), "⌡" as 0x9B, CSI. Escaping characters before they are encoded
    does not see them; this table, for the encoding a stream writes, does.
    """
    try:
        name = codecs.lookup(encoding or "utf-8").name
    except LookupError:
        return {}
    if name.startswith("utf"):
        return {}
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            char = bytes((byte,)).decode(name)
        except UnicodeDecodeError:
            continue  # no character on its own: a lead byte of a multi-byte encoding
        if len(char) == 1 and ord(char) > 0x9F:
            table[ord(char)] = f"\\u{ord(char):04x}"
    return table


def quoted_name(name: str, limit: int = 80) -> str:
    """A name taken from untrusted input (a key, a field) as a message quotes it: escaped,
    on one line, and cut to `limit` characters, so that a name of thousands of characters
    makes a message of one line, not of pages: `'ffff…' (3,000 characters)`."""
    if len(name) <= limit:
        return f"'{printable(name, one_line=True)}'"
    return f"'{printable(name[: limit - 1], one_line=True)}…' ({len(name):,} characters)"


def on_one_line(value: object) -> str:
    """A file name or other untrusted value as a message quotes it: escaped, newlines
    too, so that it cannot start a line of its own that reads as another message."""
    return printable(str(value), one_line=True)

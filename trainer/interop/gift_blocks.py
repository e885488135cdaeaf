"""GIFT text split into question blocks, with escapes and positions for error messages.

Questions are separated by blank lines (a blank line inside an open `{…}` does not end
one, a common slip Moodle refuses). Lines starting with `//` are comments: they are
blanked in the block, so that offsets still map to the file's lines and columns, and
read for the `[id:…]` and `[tag:…]` Moodle writes there, and for the `// page: …` and
`// accept: […]` lines trainer's own GIFT export writes. A `$CATEGORY:` line sets the
category of the questions after it.
"""

from __future__ import annotations

import bisect
import json
import re
from contextlib import suppress
from dataclasses import dataclass, field

from trainer.interop.bank import source_error, where

# Characters a backslash escapes; `\n` is a newline.
ESCAPABLE = frozenset(":#={}~\\")
_ID = re.compile(r"\[id:((?:[^\]\\]|\\.)*)\]")
_TAG = re.compile(r"\[tag:((?:[^\]\\]|\\.)*)\]")
_CITATION = re.compile(r"^//\s*(page|pages|chapter|url)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_ACCEPT = re.compile(r"^//\s*accept\s*:\s*(\[.*\])\s*$", re.IGNORECASE)
_CATEGORY = "$CATEGORY:"
# How trainer's GIFT export ends a general feedback: the card's citation, also written in
# `// page:` comments (and so left out of the feedback when reading the file back).
CITATION_PREFIX = "Source: "


@dataclass(slots=True)
class Block:
    """One question's text (comments blanked), where it starts, and its comments' metadata."""

    path: str
    text: str
    line_numbers: list[int]
    line_starts: list[int]
    category: str
    question_id: str = ""
    tags: list[str] = field(default_factory=list)
    citation: dict[str, str] = field(default_factory=dict)
    # Typed answers a multiple choice also accepts (`// accept: ["…"]`, a JSON list).
    accept: list[str] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        """The file's line and column (1-based) of an offset into `text`."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return self.line_numbers[index], offset - self.line_starts[index] + 1

    def where(self, offset: int = 0) -> str:
        line, column = self.position(offset)
        return where(self.path, line, column)

    def error(self, offset: int, message: str) -> Exception:
        line, column = self.position(offset)
        return source_error(self.path, line, column, message)


def split_blocks(text: str, path: str) -> list[Block]:
    """The question blocks of a GIFT file, in order (comment-only blocks left out)."""
    blocks: list[Block] = []
    pending: list[tuple[int, str, bool]] = []
    depth = 0
    category = ""

    def flush() -> None:
        if any(not is_comment and line.strip() for _, line, is_comment in pending):
            blocks.append(_block(path, pending, category))
        pending.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped and depth == 0:
            flush()
            continue
        if depth == 0 and stripped.startswith(_CATEGORY):
            flush()
            category = stripped[len(_CATEGORY) :].strip()
            continue
        # A whole line starting with `//` is a comment, inside an answer block too.
        is_comment = stripped.startswith("//")
        pending.append((number, line, is_comment))
        if not is_comment:
            depth = max(0, depth + _brace_balance(line))
    flush()
    return blocks


def _block(path: str, lines: list[tuple[int, str, bool]], category: str) -> Block:
    texts: list[str] = []
    numbers: list[int] = []
    starts: list[int] = []
    offset = 0
    block = Block(path, "", numbers, starts, category)
    for number, line, is_comment in lines:
        numbers.append(number)
        starts.append(offset)
        if is_comment:
            _read_comment(line.strip(), block)
            line = ""
        texts.append(line)
        offset += len(line) + 1
    block.text = "\n".join(texts)
    return block


def _read_comment(comment: str, block: Block) -> None:
    if not block.question_id and (found := _ID.search(comment)):
        block.question_id = unescape(found.group(1)).strip()
    block.tags += [unescape(tag).strip() for tag in _TAG.findall(comment) if tag.strip()]
    if accepted := _ACCEPT.match(comment):
        with suppress(ValueError):
            values = json.loads(accepted.group(1))
            block.accept += [str(value) for value in values if isinstance(value, str)]
    if citation := _CITATION.match(comment):
        key = citation.group(1).lower()
        block.citation["page" if key == "pages" else key] = citation.group(2)


def _brace_balance(line: str) -> int:
    balance = 0
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            index += 2
            continue
        balance += {"{": 1, "}": -1}.get(char, 0)
        index += 1
    return balance


def find_unescaped(text: str, targets: str, start: int = 0, end: int | None = None) -> int:
    """The offset of the first of `targets` (one string) not escaped by a backslash, or -1."""
    stop = len(text) if end is None else end
    index = start
    while index < stop:
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(targets, index):
            return index
        index += 1
    return -1


def find_any_unescaped(text: str, chars: str, start: int = 0) -> int:
    """The offset of the first character of `chars` not escaped by a backslash, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] in chars:
            return index
        index += 1
    return -1


def unescape(text: str) -> str:
    """GIFT text with `\\~ \\= \\# \\{ \\} \\: \\\\` made literal and `\\n` a newline."""
    if "\\" not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        following = text[index + 1] if index + 1 < len(text) else ""
        if char == "\\" and following in ESCAPABLE:
            out.append(following)
            index += 2
        elif char == "\\" and following == "n":
            out.append("\n")
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def escape(text: str) -> str:
    """Text made safe inside GIFT: special characters escaped, newlines as `\\n`."""
    out = "".join(f"\\{char}" if char in ESCAPABLE else char for char in text)
    return out.replace("\n", "\\n")

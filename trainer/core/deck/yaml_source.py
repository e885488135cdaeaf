"""YAML bytes to a small positioned tree, by PyYAML's safe composer; no Python object is built."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import yaml

from trainer.core.deck.includes import MAX_FILE_BYTES
from trainer.core.deck.long_runs import has_long_run, mark_stack
from trainer.core.deck.yaml_loader import DECK_LOADER
from trainer.core.deck.yaml_tree import (
    MAX_DEPTH,
    MAX_NODES,
    YamlNode,
    mark_of,
    to_tree,
)
from trainer.core.gc_control import gc_paused
from trainer.core.model import Diagnostic, Location, Severity
from trainer.core.untrusted import describe_char, forbidden_search, printable

# The characters YAML refuses, as PyYAML's reader defines them, and the three it reads
# as line breaks that editors do not (NEL, U+2028, U+2029), which would put every
# line number after them off. Written as the characters refused rather than as the
# complement of those allowed, which takes a tenth of the time to compile (0.3 ms
# against 3 ms, at every start of the compiler); a test pins the two to each other
# over every code point.
_NON_PRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]"
)
_ODD_LINE_BREAKS = "\x85\u2028\u2029"


@dataclass(slots=True)
class YamlDocument:
    """The tree of one file (None when the file is empty or unreadable) and its errors."""

    root: YamlNode | None
    errors: list[Diagnostic] = field(default_factory=list)


def parse_yaml(data: bytes, path: str, *, max_nodes: int = MAX_NODES) -> YamlDocument:
    """Read one YAML file into a positioned tree, reporting every problem with its place.

    `max_nodes` bounds the size of the tree with every alias expanded.
    """
    if len(data) > MAX_FILE_BYTES:
        return _failed(path, 1, 1, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
    text_or_error = decode_utf8(data, path)
    if isinstance(text_or_error, Diagnostic):
        return YamlDocument(None, [text_or_error])
    text = text_or_error
    bad_char = _NON_PRINTABLE.search(text)
    if bad_char:
        line, column = position_of(text, bad_char.start())
        char = bad_char.group()
        if char in _ODD_LINE_BREAKS:
            message = (
                f"character {describe_char(char)} is not allowed: YAML reads it as a line"
                " break; use an ordinary new line"
            )
        else:
            message = f"character U+{ord(char):04X} is not allowed in YAML"
        return _failed(path, line, column, message)
    with gc_paused():
        try:
            documents = yaml.compose_all(text, Loader=DECK_LOADER)
            root = next(documents, None)
            extra = next(documents, None)
        except yaml.MarkedYAMLError as error:
            return YamlDocument(None, [_syntax_error(error, text, path)])
        except yaml.YAMLError as error:
            return _failed(path, 1, 1, f"invalid YAML: {printable(str(error), one_line=True)}")
        except RecursionError:
            return _failed(path, 1, 1, f"YAML nested more than {MAX_DEPTH} levels deep")
        if extra is not None:
            line, column = mark_of(extra)
            message = "a deck file holds one YAML document; this is a second one"
            return _failed(path, line, column, message)
        if root is None:
            return YamlDocument(None)
        # Only a document with an anchor can have aliases that share nodes; only one with
        # a forbidden character or a backslash (an escape) can have values that hold one.
        clean = "\\" not in text and forbidden_search(text) is None
        # Likewise only a document with such a run or an escape (which may join two lines
        # without a space) can have a value holding a run longer than a word.
        runs = "\\" in text or has_long_run(text) or mark_stack(text) is not None
        tree, errors = to_tree(
            root,
            path,
            max_nodes,
            has_anchors="&" in text,
            check_chars=not clean,
            check_runs=runs,
        )
        return YamlDocument(tree, errors)


def decode_utf8(data: bytes, path: str) -> str | Diagnostic:
    """The text of a file, without its byte-order mark, or where its first bad byte is."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, line_start) + 1
        column = len(data[line_start : error.start].decode("utf-8")) + 1
        message = f"file is not UTF-8 text (byte 0x{data[error.start]:02X} cannot be decoded)"
        return Diagnostic(Location(path, line, column), Severity.ERROR, message)


def position_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset in a text."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, line_start) + 1, offset - line_start + 1


def _failed(path: str, line: int, column: int, message: str) -> YamlDocument:
    return YamlDocument(None, [Diagnostic(Location(path, line, column), Severity.ERROR, message)])


def _syntax_error(error: yaml.MarkedYAMLError, text: str, path: str) -> Diagnostic:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    tab_message = _tab_problem(text, line, column)
    if tab_message is not None:
        message, column = tab_message
    else:
        problem = printable(error.problem or error.context or "cannot be parsed", one_line=True)
        notes: list[str] = []
        context_mark = error.context_mark
        if error.problem and error.context and context_mark is not None:
            where = f"line {context_mark.line + 1}, column {context_mark.column + 1}"
            notes.append(f"{printable(error.context, one_line=True)} at {where}")
        hint = _quoting_hint(error, text)
        if hint is not None:
            notes.append(hint)
        message = f"invalid YAML: {problem}" + (f" ({'; '.join(notes)})" if notes else "")
    return Diagnostic(Location(path, line, column), Severity.ERROR, message)


def _quoting_hint(error: yaml.MarkedYAMLError, text: str) -> str | None:
    """Advice to quote a value, when text meant as a plain value is the likely cause.

    Two mistakes account for most YAML errors in hand-written decks: a ': ' inside an
    unquoted value, which YAML reads as a second key, and a value that starts with a
    character YAML gives a meaning (`[draft] notes`, `*bold*`, `@user`, `| pipe`).
    """
    problem = error.problem_mark
    if problem is None:
        return None
    line_text = _line_at(text, problem.line)
    column = problem.column
    at_problem = line_text[column : column + 1]
    if at_problem == ":" and _COLON_THEN_SPACE.search(line_text, 0, column):
        # Another key's ':' came first on this line, so this one is inside its value.
        return "if this ':' is part of the text, put the whole value in quotes"
    for mark in (error.context_mark, problem):
        if mark is None:
            continue
        marked_text = line_text if mark.line == problem.line else _line_at(text, mark.line)
        indicator = marked_text[mark.column : mark.column + 1]
        if indicator and indicator in _TEXT_STARTS and _starts_a_value(marked_text, mark.column):
            return (
                f"if this value is text starting with '{indicator}', put the whole value in quotes"
            )
    # `title: [draft] notes`: the list closed, and the text after it cannot follow.
    start = _value_start(line_text)
    if start is not None and start < column and line_text[start] in "[{":
        indicator = line_text[start]
        return f"if this value is text starting with '{indicator}', put the whole value in quotes"
    return None


# Characters that give a value a YAML meaning when they start it.
_TEXT_STARTS = frozenset("{[*&!|>@`%-?")
_COLON_THEN_SPACE = re.compile(r":[ \t]")


def _starts_a_value(line_text: str, column: int) -> bool:
    """Whether `column` is where the value of a `key:` or a `-` item on this line begins."""
    before = line_text[:column].rstrip(" \t")
    return before.endswith((":", "-")) and len(before) < column


def _value_start(line_text: str) -> int | None:
    """Where the value after `key: ` (or after `- `) begins on a line, if it has one."""
    index = len(line_text) - len(line_text.lstrip(" \t"))
    while line_text.startswith(("- ", "-\t"), index):
        index = len(line_text) - len(line_text[index + 1 :].lstrip(" \t"))
    colon = _COLON_THEN_SPACE.search(line_text, index)
    if colon is not None:
        index = len(line_text) - len(line_text[colon.end() :].lstrip(" \t"))
    return index if index < len(line_text) else None


def _line_at(text: str, index: int) -> str:
    """The text of the line with 0-based number `index`, without its line break."""
    start = 0
    for _ in range(index):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _tab_problem(text: str, line: int, column: int) -> tuple[str, int] | None:
    """A clearer message than YAML's when a tab on the failing line is the cause."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    end = text.find("\n", start)
    line_text = text[start:] if end < 0 else text[start:end]
    indent = len(line_text) - len(line_text.lstrip(" \t"))
    tab = line_text.find("\t", 0, indent)
    if tab >= 0:
        return "tab character used for indentation; indent with spaces", tab + 1
    if 0 < column <= len(line_text) and line_text[column - 1] == "\t":
        return "tab character not allowed here; use spaces", column
    return None

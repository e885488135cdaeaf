"""YAML bytes to a small positioned tree, by PyYAML's safe composer; no Python object is built."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import yaml

from trainer.core.gc_control import gc_paused
from trainer.core.model import Diagnostic, Location, Severity
from trainer.core.yaml_tree import MAX_DEPTH, MAX_NODES, YamlNode, mark_of, to_tree

MAX_FILE_BYTES = 8 * 1024 * 1024

_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader

# The characters YAML refuses, as PyYAML's reader defines them.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


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
        code = f"U+{ord(bad_char.group()):04X}"
        return _failed(path, line, column, f"character {code} is not allowed in YAML")
    with gc_paused():
        try:
            documents = yaml.compose_all(text, Loader=_LOADER)
            root = next(documents, None)
            extra = next(documents, None)
        except yaml.MarkedYAMLError as error:
            return YamlDocument(None, [_syntax_error(error, text, path)])
        except yaml.YAMLError as error:
            return _failed(path, 1, 1, f"invalid YAML: {error}")
        except RecursionError:
            return _failed(path, 1, 1, f"YAML nested more than {MAX_DEPTH} levels deep")
        if extra is not None:
            line, column = mark_of(extra)
            message = "a deck file holds one YAML document; this is a second one"
            return _failed(path, line, column, message)
        if root is None:
            return YamlDocument(None)
        # Only a document with an anchor can have aliases that share nodes.
        tree, errors = to_tree(root, path, max_nodes, has_anchors="&" in text)
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
        message = f"invalid YAML: {error.problem or error.context or 'cannot be parsed'}"
        context_mark = error.context_mark
        if error.problem and error.context and context_mark is not None:
            where = f"line {context_mark.line + 1}, column {context_mark.column + 1}"
            message += f" ({error.context} at {where})"
    return Diagnostic(Location(path, line, column), Severity.ERROR, message)


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

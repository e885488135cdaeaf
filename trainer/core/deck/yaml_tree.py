"""The positioned tree a deck file becomes, and its conversion from PyYAML's composed nodes."""

from __future__ import annotations

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode

from trainer.core.deck.long_runs import run_problem
from trainer.core.model import Diagnostic, Location, Severity
from trainer.core.untrusted import describe_char, forbidden_search, printable, quoted_name

MAX_NODES = 1_000_000
# Text counts towards the node budget too, a node for every this many characters, so that
# a long string repeated by aliases ("&t" then "*t" four thousand times) is refused as
# an alias bomb is: it passes the node count, then copies its text each time it is used.
CHARS_PER_NODE = 32
MAX_DEPTH = 64
# A plain number longer than this is refused: PyYAML reads `1:2:3:…` as base 60, which
# takes quadratic time on very long input.
MAX_NUMBER_CHARS = 64
_CONSTRUCTOR = SafeConstructor()

_CORE = "tag:yaml.org,2002:"
_STR = _CORE + "str"
_INT = _CORE + "int"
_FLOAT = _CORE + "float"
_BOOL = _CORE + "bool"
_NULL = _CORE + "null"
_TIMESTAMP = _CORE + "timestamp"
_MERGE = _CORE + "merge"
_SEQ = _CORE + "seq"
_MAP = _CORE + "map"

ScalarValue = str | int | float | bool | None


class YamlScalar:
    """A scalar: its value as YAML's core schema reads it, and its text as written.

    `inline` marks an unquoted scalar on one line, whose value is exactly the characters
    from its column on, so that a position in the value is a position in the file.
    """

    __slots__ = ("column", "inline", "line", "raw", "value")

    def __init__(
        self, value: ScalarValue, raw: str, line: int, column: int, *, inline: bool = False
    ) -> None:
        self.value = value
        self.raw = raw
        self.line = line
        self.column = column
        self.inline = inline


class YamlSequence:
    """A list of nodes."""

    __slots__ = ("column", "items", "line")

    def __init__(self, items: list[YamlNode], line: int, column: int) -> None:
        self.items = items
        self.line = line
        self.column = column


class YamlEntry:
    """One key of a mapping, where the key was written, and its value."""

    __slots__ = ("column", "key", "line", "value")

    def __init__(self, key: str, line: int, column: int, value: YamlNode) -> None:
        self.key = key
        self.line = line
        self.column = column
        self.value = value


class YamlMapping:
    """A mapping whose keys are the text of scalar keys, in document order."""

    __slots__ = ("column", "entries", "line")

    def __init__(self, entries: dict[str, YamlEntry], line: int, column: int) -> None:
        self.entries = entries
        self.line = line
        self.column = column


class YamlInvalid:
    """Stands where a value was already reported as an error, so later checks skip it."""

    __slots__ = ("column", "line")

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


YamlNode = YamlScalar | YamlSequence | YamlMapping | YamlInvalid


class _Aborted(Exception):
    """The document cannot be converted any further; its errors say why."""


def _weight(node: ScalarNode) -> int:
    """What a scalar counts towards the node budget: one, and one more for each
    `CHARS_PER_NODE` characters of its text."""
    return 1 + len(node.value) // CHARS_PER_NODE


def mark_of(node: Node) -> tuple[int, int]:
    """1-based line and column where a composed node starts."""
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def to_tree(
    root: Node,
    path: str,
    max_nodes: int,
    *,
    has_anchors: bool,
    check_chars: bool = True,
    check_runs: bool = True,
) -> tuple[YamlNode | None, list[Diagnostic]]:
    """The positioned tree of a composed document, or None if it had to stop, and its errors.

    `check_chars=False` skips looking for forbidden characters in each key and value: for
    a document whose text has none and no escapes that could make one. `check_runs=False`
    likewise skips looking for runs longer than a word (`has_long_run`).
    """
    converter = _Converter(
        path, max_nodes, has_anchors=has_anchors, check_chars=check_chars, check_runs=check_runs
    )
    try:
        return converter.convert(root), converter.errors
    except _Aborted:
        return None, converter.errors


class _Converter:
    """Turns composed nodes into the positioned tree, expanding aliases by sharing subtrees.

    Counting each shared subtree at its full expanded size keeps the node budget exact
    while the work stays proportional to the file, so an alias bomb is refused at once.
    Documents without anchors cannot share nodes and skip the bookkeeping.
    """

    def __init__(
        self,
        path: str,
        max_nodes: int,
        *,
        has_anchors: bool,
        check_chars: bool = True,
        check_runs: bool = True,
    ) -> None:
        self.path = path
        self.check_chars = check_chars
        self.check_runs = check_runs
        self.max_nodes = max_nodes
        self.errors: list[Diagnostic] = []
        self.count = 0
        self.has_anchors = has_anchors
        self.done: dict[int, tuple[YamlNode, int]] = {}
        self.active: set[int] = set()
        self.reported: set[int] = set()

    def error(self, node: Node, message: str) -> None:
        line, column = mark_of(node)
        self.errors.append(Diagnostic(Location(self.path, line, column), Severity.ERROR, message))

    def convert(self, node: Node) -> YamlNode:
        if isinstance(node, ScalarNode):
            return self._scalar(node, None)
        return self._collection(node, 0, None)[0]

    def _collection(self, node: Node, depth: int, owner: str | None) -> tuple[YamlNode, int]:
        """A mapping or sequence and its expanded size in nodes."""
        key = id(node)
        if self.has_anchors:
            known = self.done.get(key)
            if known is not None:
                self._add_to_count(known[1], node)
                return known
            if key in self.active:
                self.error(node, "this node holds an alias to itself (a recursive alias)")
                return _invalid(node), 1
            self.active.add(key)
        if depth >= MAX_DEPTH:
            self.error(node, f"YAML nested more than {MAX_DEPTH} levels deep")
            raise _Aborted
        if isinstance(node, MappingNode):
            result = self._mapping(node, depth)
        else:
            result = self._sequence(node, depth, owner)
        if self.has_anchors:
            self.active.discard(key)
            self.done[key] = result
        return result

    def _add_to_count(self, size: int, node: Node) -> None:
        self.count += size
        if self.count > self.max_nodes:
            self.error(
                node,
                f"document expands to more than {self.max_nodes:,} YAML nodes"
                f"{' once its aliases are expanded' if self.has_anchors else ''}"
                f" (each {CHARS_PER_NODE} characters of text count as a node)",
            )
            raise _Aborted

    def _sequence(self, node: Node, depth: int, owner: str | None) -> tuple[YamlNode, int]:
        if node.tag != _SEQ:
            self._unsupported_tag(node)
            return _invalid(node), 1
        own = 1  # this node and its scalar items; nested collections count themselves
        size = 1
        items: list[YamlNode] = []
        for child in node.value:
            if isinstance(child, ScalarNode):
                items.append(self._scalar(child, owner, in_list=True))
                weight = _weight(child)
                own += weight
                size += weight
            else:
                item, item_size = self._collection(child, depth + 1, owner)
                items.append(item)
                size += item_size
        self._add_to_count(own, node)
        mark = node.start_mark
        return YamlSequence(items, mark.line + 1, mark.column + 1), size

    def _mapping(self, node: Node, depth: int) -> tuple[YamlNode, int]:
        if node.tag != _MAP:
            self._unsupported_tag(node)
            return _invalid(node), 1
        own = 1
        size = 1
        entries: dict[str, YamlEntry] = {}
        value: YamlNode
        for key_node, value_node in node.value:
            key: str | None
            if isinstance(key_node, ScalarNode) and key_node.tag == _STR:
                key = key_node.value
            else:
                key = self._odd_key(key_node)
            bad_char = forbidden_search(key) if key is not None and self.check_chars else None
            if key is not None and bad_char is not None:
                shown = printable(key, one_line=True)
                self._forbidden(key_node, bad_char.group(), f"key '{shown}'")
                key = None
            if isinstance(value_node, ScalarNode):
                value = self._scalar(value_node, key)
                weight = _weight(value_node)
                own += weight
                size += weight
            else:
                value, value_size = self._collection(value_node, depth + 1, key)
                size += value_size
            if key is None:
                continue
            first = entries.get(key)
            if first is not None:
                self.error(
                    key_node, f"duplicate key {quoted_name(key)} (first on line {first.line})"
                )
                continue
            mark = key_node.start_mark
            entries[key] = YamlEntry(key, mark.line + 1, mark.column + 1, value)
        self._add_to_count(own, node)
        mark = node.start_mark
        return YamlMapping(entries, mark.line + 1, mark.column + 1), size

    def _odd_key(self, node: Node) -> str | None:
        """The text of a key that is not a plain string, or None after reporting it."""
        if not isinstance(node, ScalarNode):
            kind = "a mapping" if isinstance(node, MappingNode) else "a list"
            self.error(node, f"a mapping key must be a plain scalar, not {kind}")
            return None
        if node.tag == _MERGE:
            self.error(node, "YAML merge keys ('<<') are not supported")
            return None
        if node.tag not in _SCALAR_TAGS:
            self._unsupported_tag(node)
            return None
        return str(node.value)

    def _scalar(self, node: ScalarNode, owner: str | None, *, in_list: bool = False) -> YamlNode:
        """The scalar's value; `owner` is the key it sits under, to name it in messages."""
        tag = node.tag
        raw: str = node.value
        mark = node.start_mark
        line = mark.line + 1
        column = mark.column + 1
        # The file's bytes were checked before parsing, but escapes such as "\e" and
        # characters allowed raw (U+202E) can still put forbidden ones in the value.
        bad_char = forbidden_search(raw) if self.check_chars else None
        if bad_char is not None:
            if id(node) not in self.reported:  # an aliased value is reported once
                self.reported.add(id(node))
                what = "this value" if owner is None else f"'{owner}'"
                self._forbidden(node, bad_char.group(), f"an item of {what}" if in_list else what)
            return YamlInvalid(line, column)
        if self.check_runs and tag == _STR and (problem := run_problem(raw)) is not None:
            if id(node) not in self.reported:
                self.reported.add(id(node))
                what = "this value" if owner is None else f"'{owner}'"
                self.error(node, f"{f'an item of {what}' if in_list else what} {problem}")
            return YamlInvalid(line, column)
        if tag in (_STR, _TIMESTAMP):
            inline = not node.style and node.end_mark.line == mark.line
            return YamlScalar(raw, raw, line, column, inline=inline)
        if tag == _NULL:
            return YamlScalar(None, raw, line, column)
        if tag not in _SCALAR_TAGS:
            self._unsupported_tag(node)
            return YamlInvalid(line, column)
        if tag != _BOOL and len(raw) > MAX_NUMBER_CHARS:
            self.error(node, f"number longer than {MAX_NUMBER_CHARS} characters; quote it")
            return YamlInvalid(line, column)
        value: ScalarValue
        try:
            if tag == _INT:
                value = _CONSTRUCTOR.construct_yaml_int(node)
            elif tag == _FLOAT:
                value = _CONSTRUCTOR.construct_yaml_float(node)
            else:
                value = _CONSTRUCTOR.construct_yaml_bool(node)
        except (ValueError, KeyError):
            self.error(node, f"'{raw}' is not a valid {tag.removeprefix(_CORE)}")
            return YamlInvalid(line, column)
        return YamlScalar(value, raw, line, column)

    def _forbidden(self, node: Node, char: str, what: str) -> None:
        """Report a character that must never reach a terminal, named, never shown."""
        self.error(node, f"{what} holds {describe_char(char)}, {_danger_of(char)}; remove it")

    def _unsupported_tag(self, node: Node) -> None:
        tag = node.tag.replace(_CORE, "!!", 1) if node.tag.startswith(_CORE) else node.tag
        message = (
            f"unsupported YAML tag '{printable(tag, one_line=True)}': a deck holds only"
            " strings, numbers, booleans, lists and mappings"
        )
        local = tag.startswith("!") and not tag.startswith("!!")
        if local and isinstance(node, ScalarNode) and not node.style:
            # `title: !important notice` reads as the tag `!important` on "notice".
            message += "; if this value is text starting with '!', put it in quotes"
        self.error(node, message)


_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP})


def _danger_of(char: str) -> str:
    """Why a forbidden character is refused, in a few words."""
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return "a control character that could take over the learner's terminal"
    if char in "\u2028\u2029":
        return "a line or paragraph separator that some terminals treat as a new line"
    if char == "\ufeff":
        return "an invisible byte-order mark"
    if 0xD800 <= code <= 0xDFFF:
        return "half of a surrogate pair, which is not a character and cannot be written out"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or char in "\u200e\u200f\u061c":
        return "a bidirectional formatting character that can disguise how text reads"
    return "an invisible character that can hide text or make two strings look alike"


def _invalid(node: Node) -> YamlInvalid:
    line, column = mark_of(node)
    return YamlInvalid(line, column)

"""Reading exported review logs, CSV or JSON, as rows for the pool; bad input as `file:line` errors.

A log is what `trainer export log` writes: CSV with a header row, or a JSON array of
objects (JSON Lines, one object after another, is read too). Only the columns in
LOG_COLUMNS are read; others are ignored, and a missing optional column reads as empty.
Values are passed on as they are (text, or JSON's numbers): the pool checks them in SQL,
so that every row is looked at once, by the database, not by a Python loop.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TextIO

from trainer.core.deck.includes import RefusedFile
from trainer.core.records import record
from trainer.core.untrusted import printable
from trainer.errors import TrainerError
from trainer.regular_files import LineTooLong, bounded_lines, open_regular_text

# The columns read from a log, in the order of the values of each row after (file, line).
LOG_COLUMNS = (
    "learner",
    "deck",
    "card",
    "id",
    "kind",
    "undoes",
    "undone",
    "drill",
    "quality",
    "suggested",
    "choice",
    "overridden",
    "response_ms",
    "typed",
    "ef_after",
    "memory_after",
    "scheduler",
    "reviewed_at",
)
# Without these a log says nothing about any card.
REQUIRED_COLUMNS = ("card", "quality")
# Values that may be a JSON object or array (they are kept as JSON text).
JSON_VALUED = frozenset({"memory_after"})
# Past this many problems the rest are only counted.
MAX_PROBLEMS = 20
# A log entry bigger than this is not one trainer wrote.
MAX_ENTRY_CHARS = 4 << 20
_CHUNK_CHARS = 1 << 20
# A JSON error this close to the end of what has been read may only mean "read more"
# (a literal, number or escape cut in the middle).
_CUT_MARGIN = 32
_SPACE = re.compile(r"[ \t\n\r]*")

# (file number, line, then one value per LOG_COLUMNS)
Row = tuple[object, ...]


@record
class Problem:
    """One bad place in a log, printed as a compiler would: `path:line:col: error:
    message`. A problem of a whole row or file is at its first column."""

    path: str
    line: int
    message: str
    column: int = 1

    def __str__(self) -> str:
        where = f"{printable(self.path, one_line=True)}:{self.line}:{self.column}"
        return f"{where}: error: {printable(self.message, one_line=True)}"


class LogError(TrainerError):
    """The logs could not be read; carries the first problems found, in file order."""

    def __init__(self, problems: Sequence[Problem], more: int = 0) -> None:
        self.problems = tuple(problems)
        self.more = more
        lines = [str(problem) for problem in self.problems]
        if more:
            lines.append(f"… and {more} more {'error' if more == 1 else 'errors'}")
        super().__init__("\n".join(lines))


@dataclass(slots=True)
class Problems:
    """Problems collected while reading; only the first MAX_PROBLEMS are kept."""

    items: list[Problem] = field(default_factory=list)
    more: int = 0

    def add(self, path: str, line: int, message: str, column: int = 1) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(path, line, message, column))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.items)


def read_rows(path: str, file_no: int, problems: Problems, learner: str = "") -> Iterator[Row]:
    """Every entry of the log at `path`, as a Row; problems are added, never raised.

    `learner` stands for the learner of a log that has no learner column.
    """
    try:
        # Regular files only, opened without blocking: a FIFO or a device named as a log
        # would wait or stream forever.
        with open_regular_text(path, encoding="utf-8-sig") as handle:
            start = handle.read(4096).lstrip(" \t\r\n")
            handle.seek(0)
            if not start:
                problems.add(path, 1, "empty file: not a CSV or JSON review log")
            elif start[0] in "[{":
                yield from _json_rows(handle, path, file_no, problems, learner)
            else:
                yield from _csv_rows(handle, path, file_no, problems, learner)
    except UnicodeDecodeError:
        problems.add(path, 1, "not UTF-8 text: not a review log")
    except OSError as error:
        reason = error.reason if isinstance(error, RefusedFile) else error.strerror or error
        problems.add(path, 1, f"cannot read: {reason}")


def _csv_rows(
    handle: TextIO, path: str, file_no: int, problems: Problems, learner: str
) -> Iterator[Row]:
    # Read a line at a time, each capped: a file of one endless line is refused, not
    # read whole into memory before the csv module sees it.
    lines = bounded_lines(handle, MAX_ENTRY_CHARS)
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
    except csv.Error as error:
        problems.add(path, 1, f"bad CSV header: {error}")
        return
    except LineTooLong as error:
        problems.add(path, error.line, f"bad CSV header: {error}")
        return
    if header is None:
        return
    names = [name.strip() for name in header]
    doubled = sorted({name for name in names if names.count(name) > 1 and name in LOG_COLUMNS})
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if doubled or missing:
        what = [f"no column '{name}'" for name in missing]
        what += [f"column '{name}' given twice" for name in doubled]
        problems.add(path, 1, f"{'; '.join(what)} (is this an exported review log?)")
        return
    width = len(names)
    # A missing column reads a cell appended after the row's own: empty, or the learner.
    tail = ["", learner]
    spare = {"learner": width + 1}
    pick = itemgetter(
        *(names.index(name) if name in names else spare.get(name, width) for name in LOG_COLUMNS)
    )
    previous = reader.line_num
    try:
        for row in reader:
            line = previous + 1
            previous = reader.line_num
            if len(row) != width:
                if row:
                    problems.add(path, line, f"{len(row)} cells where the header has {width}")
                continue
            row += tail
            yield (file_no, line, *pick(row))
    except csv.Error as error:
        problems.add(path, reader.line_num, f"bad CSV: {error}")
    except LineTooLong as error:
        problems.add(path, error.line, f"bad CSV: {error}")
    except UnicodeDecodeError:
        problems.add(path, reader.line_num + 1, "not UTF-8 text")


def _json_rows(
    handle: TextIO, path: str, file_no: int, problems: Problems, learner: str
) -> Iterator[Row]:
    stream = _JsonStream(handle)
    try:
        for line, entry in stream.entries():
            row = _json_row(entry, file_no, line, learner)
            if isinstance(row, str):
                problems.add(path, line, row)
            else:
                yield row
    except _JsonProblem as problem:
        problems.add(path, problem.line, problem.message, problem.column)


def _json_row(entry: object, file_no: int, line: int, learner: str) -> Row | str:
    """The Row for one JSON entry, or what is wrong with it."""
    if isinstance(entry, _Unreadable):
        return entry.message
    if not isinstance(entry, dict):
        return f"each entry must be a JSON object, not {_json_kind(entry)}"
    # Millions of entries: the common case (text, numbers, null, true/false) is done
    # with whole-list operations; nested values take the slow path.
    cells = list(map(entry.get, LOG_COLUMNS))
    kinds = set(map(type, cells))
    if not kinds <= _SCALAR_TYPES:
        problem = _flatten_nested(cells)
        if problem is not None:
            return problem
        kinds = set(map(type, cells))
    if int in kinds:
        # SQLite holds whole numbers of 64 bits; a log has no reason for larger ones.
        for name, cell in zip(LOG_COLUMNS, cells, strict=True):
            if type(cell) is int and not _SMALLEST_INT <= cell <= _LARGEST_INT:
                return f"'{name}' is a whole number too large ({len(str(abs(cell)))} digits)"
    if bool in kinds:
        cells = [_BOOL_TEXT[cell] if type(cell) is bool else cell for cell in cells]
    if type(None) in kinds:
        cells = ["" if cell is None else cell for cell in cells]
    if cells[_LEARNER] == "":
        cells[_LEARNER] = learner
    return (file_no, line, *cells)


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
_SMALLEST_INT, _LARGEST_INT = -(2**63), 2**63 - 1
_BOOL_TEXT = {True: "true", False: "false"}
_LEARNER = LOG_COLUMNS.index("learner")


def _flatten_nested(cells: list[object]) -> str | None:
    """Objects and arrays made JSON text where a column allows them; else what is wrong."""
    for index, (name, cell) in enumerate(zip(LOG_COLUMNS, cells, strict=True)):
        if isinstance(cell, dict | list):
            if name not in JSON_VALUED:
                return f"'{name}' must be text or a number, not {_json_kind(cell)}"
            cells[index] = json.dumps(cell, ensure_ascii=False)
    return None


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "a number"


class _Unreadable:
    """An entry that parsed but holds what no text can: a lone surrogate, which JSON's
    `\\ud800` escapes can spell and neither SQLite nor any output can encode."""

    def __init__(self, message: str) -> None:
        self.message = message


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(value: object) -> bool:
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_lone_surrogate(key) or _lone_surrogate(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_lone_surrogate(item) for item in value)
    return False


class _JsonProblem(Exception):
    def __init__(self, line: int, message: str, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.column = column


class _JsonStream:
    """A JSON array of entries (or entries one after another) read a chunk at a time.

    A log can be far larger than memory; `json.load` would hold all of it at once.
    """

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle
        self._decoder = json.JSONDecoder()
        self._text = ""
        self._at = 0
        self._line = 1
        self._line_start = 0
        self._eof = False

    def entries(self) -> Iterator[tuple[int, object]]:
        """Each entry with the line it starts on."""
        if self._next_char() == "[":
            yield from self._array()
            return
        while self._next_char() is not None:
            yield self._line, self._value()

    def _array(self) -> Iterator[tuple[int, object]]:
        self._at += 1
        if self._next_char() == "]":
            self._at += 1
        else:
            while True:
                if self._next_char() is None:
                    raise _JsonProblem(self._line, "the array is not closed with ']'")
                yield self._line, self._value()
                char = self._next_char()
                self._at += 1
                if char == "]":
                    break
                if char != ",":
                    what = "the end of the file" if char is None else repr(char)
                    raise _JsonProblem(
                        self._line, f"expected ',' or ']' between entries, not {what}"
                    )
        if self._next_char() is not None:
            raise _JsonProblem(self._line, "text after the closing ']'")

    def _next_char(self) -> str | None:
        """The next character that is not white space (not consumed); None at the end."""
        while True:
            end = _SPACE.match(self._text, self._at).end()  # type: ignore[union-attr]
            self._line += self._text.count("\n", self._at, end)
            self._at = end
            if end < len(self._text):
                return self._text[end]
            if not self._fill():
                return None

    def _value(self) -> object:
        while True:
            try:
                value, end = self._decoder.raw_decode(self._text, self._at)
            except json.JSONDecodeError as error:
                # An entry cut by the end of what has been read fails at that end (or
                # in a string left open): read on. Any other failure is in the entry.
                cut = error.pos >= len(self._text) - _CUT_MARGIN or error.msg.startswith(
                    "Unterminated string"
                )
                if cut and len(self._text) - self._at <= MAX_ENTRY_CHARS and self._fill():
                    continue
                line = self._line + self._text.count("\n", self._at, error.pos)
                raise _JsonProblem(
                    line, f"bad JSON: {error.msg}", self._column(error.pos)
                ) from None
            except RecursionError:
                # Arrays or objects nested thousands deep exhaust the decoder's stack.
                raise _JsonProblem(self._line, "bad JSON: nested too deeply") from None
            escaped = self._text.find("\\ud", self._at, end) >= 0
            if (escaped or self._text.find("\\uD", self._at, end) >= 0) and _lone_surrogate(value):
                value = _Unreadable(
                    "a lone surrogate escape (\\ud800–\\udfff without its pair) is not text"
                )
            self._line += self._text.count("\n", self._at, end)
            self._at = end
            return value

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._handle.read(_CHUNK_CHARS)
        if not chunk:
            self._eof = True
            return False
        # Where the buffer's first line began, before the text kept (0 or less): a
        # column is counted from there.
        newline = self._text.rfind("\n", 0, self._at)
        self._line_start = newline + 1 - self._at if newline >= 0 else self._line_start - self._at
        self._text = self._text[self._at :] + chunk
        self._at = 0
        return True

    def _column(self, at: int) -> int:
        """The column, from 1, of the buffer's position `at` in its line."""
        newline = self._text.rfind("\n", 0, at)
        return at - (newline + 1 if newline >= 0 else self._line_start) + 1

"""Reads a deck's files in include order: depth first, each file once, within size limits.

Deck files come from strangers, so every read is guarded: an include must stay inside
the folder of the deck's main file (symbolic links followed), only regular files are
read (a FIFO or a device is refused before it can block or stream forever), and no
read takes more than one byte past the per-file limit.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.records import record
from trainer.core.untrusted import printable

if TYPE_CHECKING:
    from trainer.core.deck.checked import ErrorSink
    from trainer.core.deck.yaml_source import YamlDocument
    from trainer.core.deck.yaml_tree import YamlNode

# The largest deck file read. Reading files needs no YAML: the start of the app checks
# the bundled decks' files without importing the parser.
MAX_FILE_BYTES = 8 * 1024 * 1024

MAX_DECK_BYTES = 64 * 1024 * 1024

Reader = Callable[[Path], bytes]

# Non-blocking, so that opening a FIFO cannot wait for a writer; never a controlling
# terminal (`trainer.regular_files` opens other named files so too).
NONBLOCKING_READ = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
# And no symbolic link in the last step of a path that was already resolved.
_OPEN_FLAGS = NONBLOCKING_READ | getattr(os, "O_NOFOLLOW", 0)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class RefusedFile(OSError):
    """A file that is not read as part of a deck; `reason` completes a sentence that
    names the file: "is a FIFO, not a regular file"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_deck_file(path: str | os.PathLike[str], *, inside: str | None = None) -> bytes:
    """A regular file's bytes, one byte past the per-file limit at most, read without blocking.

    With `inside` (a folder's real path), the file must resolve, links followed, to a
    file within that folder. Raises RefusedFile for a file that is not regular, lies
    outside, or changed while being opened, and OSError when it cannot be read.
    """
    real = os.path.realpath(os.fspath(path))
    if inside is not None and not _is_within(real, inside):
        raise RefusedFile(_outside(inside))
    expected = os.stat(real)
    require_regular(expected.st_mode)
    descriptor = os.open(real, _OPEN_FLAGS)
    try:
        opened = os.fstat(descriptor)
        require_regular(opened.st_mode)
        same_file = (opened.st_dev, opened.st_ino) == (expected.st_dev, expected.st_ino)
        if not same_file or (inside is not None and not _opened_within(descriptor, inside)):
            raise RefusedFile("changed while it was being opened; try again")
        return _read_at_most(descriptor, MAX_FILE_BYTES + 1)
    finally:
        os.close(descriptor)


def read_capped(path: Path) -> bytes:
    """A file's bytes as the loader reads a deck's main file: regular files only, capped."""
    return read_deck_file(path)


def read_recorded_files(paths: Sequence[str]) -> list[tuple[str, bytes]]:
    """The files a deck was read from (main file first), read again under the loader's rules.

    Raises OSError (RefusedFile among them) or ValueError when any file is missing, is
    not a regular file, lies outside the main file's folder, or passes a size limit.
    """
    if not paths:
        raise RefusedFile("names no files")
    folder = os.path.realpath(os.path.dirname(paths[0]) or os.curdir)
    files: list[tuple[str, bytes]] = []
    total = 0
    for index, path in enumerate(paths):
        data = read_deck_file(path, inside=None if index == 0 else folder)
        total += len(data)
        if len(data) > MAX_FILE_BYTES or total > MAX_DECK_BYTES:
            raise RefusedFile("is past the size limit of a deck")
        files.append((path, data))
    return files


def unreadable_reason(error: OSError | ValueError) -> str:
    """Why a file could not be read, in a few words."""
    if isinstance(error, ValueError):
        return "not a valid path"
    if isinstance(error, RefusedFile):
        return error.reason
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "it is a directory"
    return error.strerror or type(error).__name__


def require_regular(mode: int) -> None:
    """RefusedFile unless `mode` (a stat's st_mode) is a regular file's, naming its kind."""
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), None)
    raise RefusedFile(f"is {kind}, not a regular file" if kind else "is not a regular file")


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = os.read(descriptor, min(remaining, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _is_within(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # paths on different drives
        return False


def _opened_within(descriptor: int, folder: str) -> bool:
    """Whether the file behind an open descriptor is inside `folder`, where the system
    can tell (Linux); elsewhere the device-and-inode check has to do."""
    if not sys.platform.startswith("linux"):
        return True
    try:
        opened = os.readlink(f"/proc/self/fd/{descriptor}")
    except OSError:
        return True
    return _is_within(opened.removesuffix(" (deleted)"), folder)


def _outside(folder: str) -> str:
    shown = printable(folder, one_line=True)
    return f"leads outside the deck's folder {shown}: includes must stay inside it"


@record
class IncludeRef:
    """A path named in a file's `include`, as written, and where it was written."""

    target: str
    line: int
    column: int


@record
class DeckFile:
    """One parsed file of a deck; `path` is as the user would write it."""

    path: str
    root: YamlNode
    is_main: bool


FileVisitor = Callable[[DeckFile], list[IncludeRef]]
# Parses one file's bytes (the path names it in messages): `yaml_source.parse_yaml`, or
# one that rebuilds trees remembered from an earlier compile (`tree_memo.ParsedTrees`).
Parser = Callable[[bytes, str], "YamlDocument"]
# Gives a file's include entries without parsing it, when what it adds to the deck is
# remembered from an earlier compile and has been added (`file_memo`); else None.
Recall = Callable[[str, bytes, bool], "list[IncludeRef] | None"]


@record
class _Pending:
    parent: str
    ref: IncludeRef
    # The files that led here, as (identity, path), to name a cycle.
    chain: tuple[tuple[str, str], ...]


def _identity(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def read_deck_files(
    main_path: str,
    main_data: bytes,
    reader: Reader | None,
    visit: FileVisitor,
    sink: ErrorSink,
    parse: Parser | None = None,
    recall: Recall | None = None,
) -> list[tuple[str, bytes]]:
    """Parse the main file and every file it includes, handing each to `visit` in reading order.

    `visit` returns the file's include entries; their files are read next, in the order
    listed, before the including file's later siblings. Every include must stay inside
    the main file's folder. `reader` (by default the file system, links followed and
    checked) returns a file's bytes; `parse` (by default `parse_yaml`) reads them, unless
    `recall` gives the file's include entries without. Returns every file read, with its
    bytes, main first.
    """
    if parse is None:
        from trainer.core.deck.yaml_source import parse_yaml

        parse = parse_yaml

    files: list[tuple[str, bytes]] = [(main_path, main_data)]
    total = len(main_data)
    first_included: dict[str, tuple[str, int]] = {}
    pending: list[_Pending] = []
    main_folder = os.path.dirname(main_path) or os.curdir
    deck_folder = _identity(main_folder)

    @functools.cache
    def shown_folder() -> str:
        return os.path.realpath(main_folder)

    read = reader or (lambda path: read_deck_file(path, inside=shown_folder()))

    def parse_and_visit(path: str, data: bytes, chain: tuple[tuple[str, str], ...]) -> None:
        is_main = len(chain) == 1
        refs = None if recall is None else recall(path, data, is_main)
        if refs is None:
            document = parse(data, path)
            sink.diagnostics.extend(document.errors)
            if document.root is None:
                if not document.errors:
                    sink.add(path, 1, 1, "deck is empty" if is_main else "included file is empty")
                return
            refs = visit(DeckFile(path, document.root, is_main))
        pending.extend(_Pending(path, ref, chain) for ref in reversed(refs))

    parse_and_visit(main_path, main_data, ((_identity(main_path), main_path),))
    while pending:
        item = pending.pop()
        ref = item.ref
        target = printable(ref.target, one_line=True)
        if os.path.isabs(ref.target):
            message = (
                f"include '{target}' is an absolute path: includes are relative to the"
                " file that names them and must stay inside the deck's folder"
            )
            sink.add(item.parent, ref.line, ref.column, message)
            continue
        path = os.path.normpath(os.path.join(os.path.dirname(item.parent), ref.target))
        key = _identity(path)
        if not _is_within(key, deck_folder):
            message = f"include '{target}' {_outside(shown_folder())}"
            sink.add(item.parent, ref.line, ref.column, message)
            continue
        if any(key == ancestor for ancestor, _ in item.chain):
            cycle = " → ".join([*(name for _, name in item.chain), path])
            sink.add(item.parent, ref.line, ref.column, f"include cycle: {cycle}")
            continue
        if key in first_included:
            where, line = first_included[key]
            message = f"'{path}' is included twice (first included at {where}:{line})"
            sink.add(item.parent, ref.line, ref.column, message)
            continue
        first_included[key] = (item.parent, ref.line)
        try:
            data = read(Path(path))
        except RefusedFile as refused:
            sink.add(item.parent, ref.line, ref.column, f"include '{target}' {refused.reason}")
            continue
        except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
            reason = unreadable_reason(error)
            shown = printable(path, one_line=True)
            sink.add(item.parent, ref.line, ref.column, f"cannot read '{shown}': {reason}")
            continue
        total += len(data)
        if total > MAX_DECK_BYTES:
            message = f"deck is larger than {MAX_DECK_BYTES // (1024 * 1024)} MiB in all its files"
            sink.add(item.parent, ref.line, ref.column, message)
            break
        files.append((path, data))
        parse_and_visit(path, data, (*item.chain, (key, path)))
    return files

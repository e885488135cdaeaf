"""Opening a file someone named (a log, settings) as a regular file only, and reading it capped.

`open(path)` on a FIFO waits for a writer forever, and `read()` of a link to `/dev/zero`
or of a 2 GB file with no line end fills memory. The deck loader already refuses both
(trainer.core.deck.includes); every other file trainer reads whose name or content it
does not control goes through here: opened without blocking, checked to be a regular
file by its descriptor (the file that was checked is the file that is read), and read
only up to a limit.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from trainer.core.deck.includes import NONBLOCKING_READ, RefusedFile, require_regular

# Non-blocking only while opening: a FIFO opens without waiting for a writer, and is
# refused by its descriptor before anything is read.
_OPEN_FLAGS = NONBLOCKING_READ


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """The file at `path` opened for reading in binary, or RefusedFile when it is not a
    regular file (a FIFO, a device, a socket, a directory); OSError when it cannot be opened."""
    descriptor = os.open(os.fspath(path), _OPEN_FLAGS)
    try:
        require_regular(os.fstat(descriptor).st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """A regular file's bytes; RefusedFile when it is not one or holds more than `limit`."""
    with open_regular(path) as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise RefusedFile(f"is larger than {_size(limit)}, more than such a file ever holds")
    return data


def open_regular_text(path: str | Path, *, encoding: str = "utf-8") -> TextIO:
    """`open_regular` as text, with line ends kept as they are (as the csv module wants)."""
    return io.TextIOWrapper(open_regular(path), encoding=encoding, newline="")


class LineTooLong(ValueError):
    """A line longer than any a file of its kind holds: refused before it fills memory."""

    def __init__(self, line: int, limit: int) -> None:
        super().__init__(f"a line longer than {limit:,} characters")
        self.line = line


def bounded_lines(handle: TextIO, limit: int) -> Iterator[str]:
    """The lines of `handle`, each read at most `limit` characters at a time: a line past
    that raises LineTooLong (with its number) instead of being read whole into memory."""
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) > limit:
            raise LineTooLong(number, limit)
        yield line


def _size(limit: int) -> str:
    mib = limit / (1024 * 1024)
    return f"{mib:g} MiB" if mib >= 1 else f"{limit:,} bytes"

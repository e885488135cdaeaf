"""Standard streams that never pass a control character, or a crash on encoding, to the terminal.

Everything the command line prints goes through `sys.stdout` and `sys.stderr`: deck
values, diagnostics, typed answers, settings and file names. Escaping each print would
leave the next new print unguarded, so `printable_streams` wraps both streams once, for
the whole command: every write is escaped (`\\x1b`, newline and tab kept), and on a
terminal in an 8-bit character set so is a character it writes as a C1 control's byte. A
character the stream's encoding cannot show (`PYTHONIOENCODING=ascii`) is written as a
backslash escape instead of ending the command with a traceback.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO, cast

from trainer.core.untrusted import c1_lookalikes, printable


class PrintableStream:
    """A text stream that writes through `printable`; everything else goes to the stream
    it wraps (flush, isatty, fileno, encoding…), so prompts and terminal checks still work."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner
        # On a terminal working in an 8-bit character set, characters whose byte it
        # reads as a C1 control ("²" in KOI8-R is OSC): escaped too. Written to a file
        # or a pipe, they are the text's own characters ("’" in Windows-1252).
        self._lookalikes = (
            c1_lookalikes(getattr(inner, "encoding", None)) if _is_terminal(inner) else {}
        )

    def write(self, text: str) -> int:
        shown = printable(text)
        if self._lookalikes and not text.isascii():
            shown = shown.translate(self._lookalikes)
        self.inner.write(shown)
        # The count of characters taken, as TextIOBase.write reports it.
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False  # no such method, or a closed stream


def escaping(stream: TextIO) -> TextIO:
    """`stream`, wrapped to escape controls (once: a wrapped stream is returned as it is)."""
    if isinstance(stream, PrintableStream):
        return cast(TextIO, stream)
    return cast(TextIO, PrintableStream(stream))


def tolerate_encoding(stream: object, errors: str) -> None:
    """Make a strict text stream replace what its encoding cannot handle, not raise."""
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors=errors)


@contextmanager
def printable_streams() -> Iterator[None]:
    """Within: sys.stdout and sys.stderr escape control characters and never fail to
    encode, and sys.stdin decodes what it cannot read as U+FFFD. Restored on leaving."""
    saved = sys.stdout, sys.stderr
    tolerate_encoding(sys.stdin, "replace")
    for stream in saved:
        tolerate_encoding(stream, "backslashreplace")
    # Both are None under pythonw or with closed descriptors: nothing to wrap then.
    if sys.stdout is not None:
        sys.stdout = escaping(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = escaping(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved

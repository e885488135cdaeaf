"""The command line's last safety net: a bug is reported in one line, its traceback kept in a file.

A traceback on the learner's terminal helps nobody there and can carry untrusted text
(a deck value in an exception's message). `report_crash` prints one line naming the
error and a crash file in the cache folder, which holds the whole traceback for a
bug report.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from trainer.core.untrusted import printable

EXIT_INTERNAL_ERROR = 70  # EX_SOFTWARE in sysexits.h
# An exception's message is cut to this many characters on the terminal.
MESSAGE_LIMIT = 300


def crash_folder() -> Path:
    """The cache folder (TRAINER_HOME/cache, or the platform's), else the system's temporary
    folder when that cannot be made."""
    from trainer import paths

    try:
        return paths.cache_dir()
    except Exception:
        return Path(tempfile.gettempdir())


def write_crash_file(error: BaseException, argv: list[str]) -> Path:
    """Save the traceback, the command and the version to a new file; return its path."""
    from trainer import __version__

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = crash_folder() / f"crash-{stamp}-{os.getpid()}.txt"
    details = "".join(traceback.format_exception(error))
    command = " ".join(["trainer", *argv])
    text = f"trainer {__version__}\ncommand: {command}\n\n{details}"
    # Escaped here too: whoever reads the file may `cat` it to a terminal.
    path.write_text(printable(text), encoding="utf-8", errors="backslashreplace")
    return path


def crash_line(error: BaseException, where: str) -> str:
    """`trainer: internal error: ValueError: … (details in FILE)`, on one line."""
    message = printable(str(error), one_line=True)
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 1] + "…"
    kind = type(error).__name__
    described = f"{kind}: {message}" if message else kind
    return f"trainer: internal error: {described} ({where})"


def report_crash(error: BaseException, argv: list[str] | None = None) -> int:
    """Print the one-line report of an unexpected error and return the exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    try:
        where = f"details in {write_crash_file(error, arguments)}"
    except Exception as failure:
        where = f"no details saved: {type(failure).__name__}: {failure}"
    print(printable(crash_line(error, where), one_line=True), file=sys.stderr)
    return EXIT_INTERNAL_ERROR

"""Writing a file all at once: a failed write never leaves a partial file.

`atomic_output(path)` hands out a temporary file in the target's folder; only when the
writing finishes does the temporary file replace the target (a rename, atomic on POSIX).
If anything goes wrong (a collection error half-way, a full disk, ctrl+c) the temporary
file is removed and an existing file at `path` is left exactly as it was. Every command
that writes a file for the learner (`export … -o FILE`) goes through here, and so do the
app's remembered theme and the deck cache (which skips the sync to disk: `durable`).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

# Read and write for everyone, less the umask: the mode `open(path, "w")` would give.
_NEW_FILE_MODE = 0o666


@contextmanager
def atomic_output(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text file to write; it replaces `path` only if the block ends without an error.

    A symbolic link is followed (its target is replaced). A path that is a device or a
    pipe (`/dev/stdout`) cannot be replaced: it is written directly.
    """
    with _atomic(path, "w", encoding) as out:
        yield cast(TextIO, out)


@contextmanager
def atomic_binary_output(
    path: str | os.PathLike[str], *, durable: bool = True
) -> Iterator[BinaryIO]:
    """`atomic_output` for bytes (a package, an archive). Without `durable` the data is
    not synced to disk before the rename: for a cache, which a crash may lose."""
    with _atomic(path, "wb", None, durable=durable) as out:
        yield cast(BinaryIO, out)


@contextmanager
def _atomic(
    path: str | os.PathLike[str], mode: str, encoding: str | None, *, durable: bool = True
) -> Iterator[IO[Any]]:
    target = Path(os.path.realpath(path))
    newline = "" if encoding is not None else None
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", os.fspath(path))
    if status is not None and not stat.S_ISREG(status.st_mode):
        with open(target, mode, encoding=encoding, newline=newline) as direct:
            yield direct
        return
    temporary, descriptor = _create_temporary(target, shown=os.fspath(path))
    try:
        with os.fdopen(descriptor, mode, encoding=encoding, newline=newline) as out:
            if status is not None:
                # An existing file keeps its permissions; a new one gets the usual ones.
                os.fchmod(out.fileno(), stat.S_IMODE(status.st_mode))
            yield out
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _create_temporary(target: Path, *, shown: str) -> tuple[Path, int]:
    """A new, empty, hidden file beside `target`, opened for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temporary, os.open(temporary, flags, _NEW_FILE_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            # Name the file the learner asked for, not the temporary one.
            raise OSError(error.errno, error.strerror, shown) from None

"""Reading members of a zip archive that may be hostile: capped in count and size, never extracted.

A package from the internet can be a zip bomb (a small file that inflates to gigabytes),
can lie about its sizes, can name members `../../.bashrc`, or can simply be damaged.
Members are only ever read into memory or into a private temporary file, by name, while
the bytes are counted: the declared size is checked first, then the real one as it
streams, and zstd-compressed content is capped the same way.
"""

from __future__ import annotations

import errno
import lzma
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO

from trainer.core.untrusted import on_one_line
from trainer.interop.bank import InteropError

MiB = 1024 * 1024
MAX_MEMBERS = 200_000
_CHUNK = MiB
# Past this many bytes unpacked, a member may be no more than MAX_RATIO times its packed
# size: real files (an Anki collection, media) pack a few times smaller, a bomb of one
# repeated byte a thousand times.
RATIO_FROM = 64 * MiB
MAX_RATIO = 200


class UnsafeArchive:
    """A zip archive opened for reading chosen members, each under a byte cap."""

    def __init__(self, path: str, archive: zipfile.ZipFile) -> None:
        # Escaped once: every message of this archive starts with its name.
        self.path = on_one_line(path)
        self._zip = archive
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InteropError(
                f"{on_one_line(path)}: holds {len(infos)} files, more than {MAX_MEMBERS}"
            )
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not _safe_name(name):
                raise InteropError(
                    f"{on_one_line(path)}: refused: holds a file with an unsafe name {name!r}"
                )
            if name in self.members:
                raise InteropError(
                    f"{on_one_line(path)}: damaged package: two files are named {name!r}"
                )
            self.members[name] = info

    def has(self, name: str) -> bool:
        return name in self.members

    def read(self, name: str, limit: int, *, zstd: bool = False) -> bytes:
        """The member's bytes (decompressed from zstd if asked), refused past `limit`."""
        chunks: list[bytes] = []
        for chunk in self._stream(name, limit, zstd=zstd):
            chunks.append(chunk)
        return b"".join(chunks)

    def copy_to(
        self,
        name: str,
        target: BinaryIO,
        limit: int,
        *,
        zstd: bool = False,
        signature: tuple[bytes, str] | None = None,
    ) -> None:
        """Write the member (decompressed from zstd if asked) to `target`, capped. With a
        `signature` (how a kind of file opens, and its name), refused at its first bytes
        unless they open so: a bomb of zeros is not unpacked before it is found to be no
        such file."""
        for chunk in self._stream(name, limit, zstd=zstd):
            if signature is not None:
                opening, kind = signature
                if not chunk.startswith(opening):
                    raise InteropError(f"{self.path}: damaged package: {name!r} is no {kind}")
                signature = None
            target.write(chunk)

    def _stream(self, name: str, limit: int, *, zstd: bool) -> Iterator[bytes]:
        info = self.members.get(name)
        if info is None:
            raise InteropError(f"{self.path}: damaged package: no {name!r} in it")
        if info.file_size > limit:
            raise self._too_big(name, limit)
        total = 0
        with self._errors(name), self._zip.open(info) as raw:
            source: IO[bytes] = raw
            if zstd:
                import zstandard

                source = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
            while chunk := source.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise self._too_big(name, limit)
                if total > RATIO_FROM and total > MAX_RATIO * max(info.compress_size, 1):
                    raise InteropError(
                        f"{self.path}: refused: {name!r} unpacks to more than {MAX_RATIO} "
                        "times its packed size (a zip bomb)"
                    )
                yield chunk

    def _too_big(self, name: str, limit: int) -> InteropError:
        return InteropError(
            f"{self.path}: refused: {name!r} unpacks to more than {limit // MiB} MiB "
            "(a damaged package or a zip bomb)"
        )

    @contextmanager
    def _errors(self, name: str) -> Iterator[None]:
        import zstandard

        try:
            yield
        except (
            zipfile.BadZipFile,
            zlib.error,
            lzma.LZMAError,
            zstandard.ZstdError,
            EOFError,
            # bz2's "Invalid data stream", a seek to before the file's start.
            OSError,
        ) as error:
            raise InteropError(
                f"{self.path}: damaged package: cannot unpack {name!r} ({_reason(error)})"
            ) from None
        except UnicodeDecodeError:
            # zipfile decodes the name in the member's own header, flagged UTF-8, to check
            # it against the directory's.
            raise InteropError(
                f"{self.path}: damaged package: cannot unpack {name!r} (the name in its "
                "header is flagged UTF-8 but is not)"
            ) from None
        except (NotImplementedError, RuntimeError) as error:  # unknown method, encrypted
            raise InteropError(f"{self.path}: cannot unpack {name!r}: {error}") from None


def _reason(error: Exception) -> str:
    """Why a member would not unpack, on one line: never empty (EOFError has no words)."""
    if isinstance(error, EOFError):
        return "its data ends early"
    if isinstance(error, OSError) and error.errno == errno.EINVAL:  # a seek before byte 0
        return "its directory points outside the file"
    text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return on_one_line(text) or type(error).__name__


@contextmanager
def open_archive(path: str | Path) -> Iterator[UnsafeArchive]:
    """The archive at `path`, or InteropError (one line) if it is no readable zip file."""
    shown = on_one_line(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, NotImplementedError, UnicodeDecodeError, EOFError) as error:
        # A damaged directory, a zip feature Python lacks, a name flagged UTF-8 that is not.
        raise InteropError(
            f"{shown}: not a package: not a zip archive, or damaged ({error})"
        ) from None
    except zipfile.LargeZipFile as error:
        raise InteropError(f"{shown}: refused: {error}") from None
    with archive:
        yield UnsafeArchive(shown, archive)


def _safe_name(name: str) -> bool:
    """True for a plain relative name: no absolute path, `..`, backslash or control."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return False
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in name):
        return False
    return all(part not in ("..", ".") for part in name.split("/"))

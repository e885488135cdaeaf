"""Prepared decks kept on disk by content hash, so that no deck is compiled twice.

Compiling a large deck (YAML to cards) and encoding its cards takes seconds; loading the
result back takes a small fraction of that. After each compile the engine stores the
``PreparedDeck`` (every row an import writes) in the cache folder, one entry per main
deck file. An entry is used only when all of these hold:

- every file the deck was read from (main file and includes) still has the same bytes:
  their content hash is computed again and compared, so an edited chapter file, or a
  main file that now includes other files, is a miss;
- it was written by this very code: the entry records a fingerprint of the modules that
  compile and encode decks, so upgrading trainer (or editing it) invalidates it;
- it reads back whole and well-formed. A truncated, corrupt or foreign file is a miss,
  never an error: the deck is compiled again and the entry replaced.

Entries are written to a temporary file and renamed into place, so a reader never sees
half an entry. They hold only strings, tuples and a few diagnostic records, and are read
with an unpickler that refuses every other type, so an entry cannot make Python run code.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

import trainer
from trainer import paths
from trainer.core.deck.content_hash import content_hash
from trainer.core.deck.includes import read_recorded_files
from trainer.core.gc_control import gc_paused
from trainer.core.model import Diagnostic, Location, Severity
from trainer.store import PreparedDeck, prepare_deck

CACHE_FOLDER = "decks"
ENTRY_SUFFIX = ".deck"
_MAGIC = b"trainer prepared deck\n"
_FORMAT = 1
# Modules whose code decides what a deck compiles to and how its rows are encoded.
_PRODUCERS = ("core", "store")
_ALLOWED_TYPES = {
    ("trainer.store.prepared", "PreparedDeck"): PreparedDeck,
    ("trainer.core.model", "Diagnostic"): Diagnostic,
    ("trainer.core.model", "Location"): Location,
    ("trainer.core.model", "Severity"): Severity,
}
# What reading a damaged or foreign entry can raise; each just means "not cached".
_UNREADABLE = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    KeyError,
    MemoryError,
)


class DeckCache:
    """The cache folder of prepared decks; `folder` is called (and created) only when used."""

    def __init__(self, folder: Path | Callable[[], Path]) -> None:
        self._folder = folder

    @classmethod
    def of_environment(cls, environ: Mapping[str, str] = os.environ) -> DeckCache:
        """The cache in trainer's cache folder (under ``TRAINER_HOME`` when it is set)."""
        return cls(lambda: paths.cache_dir(environ) / CACHE_FOLDER)

    def prepared_deck(self, main: Path, *, refresh: bool = False) -> PreparedDeck:
        """The deck at `main` (an absolute path), from the cache if it is there and still
        true, else compiled, prepared and stored. DeckError if the deck is malformed.

        `refresh` compiles in any case (and replaces the entry).
        """
        if not refresh:
            cached = self.load(main)
            if cached is not None:
                return cached
        # Only now: the compiler is slow to import.
        from trainer.interop.sources import YAML, compile_source

        prepared = prepare_deck(compile_source(main, YAML))
        self.save(main, prepared)
        return prepared

    def load(self, main: Path) -> PreparedDeck | None:
        """The stored deck for `main` if every file it came from is unchanged, else None."""
        try:
            with self.entry_path(main).open("rb") as stream:
                if stream.read(len(_MAGIC)) != _MAGIC:
                    return None
                header = _SafeUnpickler(stream).load()
                if not _header_matches(header, main):
                    return None
                _, _, _, files, expected_hash = header
                if _hash_of(files) != expected_hash:
                    return None
                with gc_paused():
                    prepared = _SafeUnpickler(stream).load()
        except _UNREADABLE:
            return None
        if (
            not isinstance(prepared, PreparedDeck)
            or prepared.content_hash != expected_hash
            or prepared.files != files
        ):
            return None
        return prepared

    def save(self, main: Path, prepared: PreparedDeck) -> None:
        """Store `prepared` as the entry for `main`; a cache that cannot be written is
        simply not used."""
        header = (_FORMAT, code_fingerprint(), str(main), prepared.files, prepared.content_hash)
        try:
            target = self.entry_path(main)
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".partial")
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(_MAGIC)
                    pickle.dump(header, stream, protocol=pickle.HIGHEST_PROTOCOL)
                    pickle.dump(prepared, stream, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def entry_path(self, main: Path) -> Path:
        """Where the entry for the deck whose main file is `main` lives."""
        folder = self._folder() if callable(self._folder) else self._folder
        name = hashlib.blake2b(str(main).encode("utf-8"), digest_size=16).hexdigest()
        return folder / f"{name}{ENTRY_SUFFIX}"


@cache
def code_fingerprint() -> str:
    """A digest of trainer's version, Python's, and the size and modification time of
    every module that compiles decks or encodes their rows."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_FORMAT}\0{trainer.__version__}\0{sys.version}\0".encode())
    package = Path(trainer.__file__).resolve().parent
    for part in _PRODUCERS:
        for path in sorted((package / part).rglob("*.py")):
            status = path.stat()
            relative = path.relative_to(package).as_posix()
            digest.update(f"{relative}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _header_matches(header: object, main: Path) -> bool:
    if not (isinstance(header, tuple) and len(header) == 5):
        return False
    format_, fingerprint, path, files, _ = header
    return (
        format_ == _FORMAT
        and fingerprint == code_fingerprint()
        and path == str(main)
        and isinstance(files, tuple)
        and bool(files)
        and files[0] == str(main)
    )


def _hash_of(files: tuple[str, ...]) -> str:
    """The content hash the deck would have now, computed as the loader computes it.

    The files are read under the loader's rules (regular files only, capped, includes
    inside the main file's folder); OSError or ValueError when one breaks them.
    """
    return content_hash(read_recorded_files(files))


class _SafeUnpickler(pickle.Unpickler):
    """Builds only the few types an entry holds; anything else is refused."""

    def find_class(self, module: str, name: str) -> type:
        allowed = _ALLOWED_TYPES.get((module, name))
        if allowed is None:
            raise pickle.UnpicklingError(f"a deck cache entry may not hold {module}.{name}")
        return allowed

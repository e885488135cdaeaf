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

Next to each entry the cache keeps what the compile remembered (``.steps``): the deck's
generation steps (see ``trainer.core.generate.steps``), its main file's parsed tree and
what each included file added to the deck (see ``trainer.core.deck.tree_memo`` and
``file_memo``) and the confusables it found (see ``trainer.core.answering.confusables``).
When an edited deck misses, only the files whose bytes changed are parsed and built
again, only the steps whose inputs changed are run again, and
confusables are looked for again only near the values that changed. The cards that come
out exactly as the entry's compile gave them (replayed, and left in their steps' shape by
the deck-wide passes both times) take their encoded rows from the old entry instead of
being encoded again; the steps name the deck they were remembered from, so that rows are
taken only from the entry of that very deck.
Entries (and what they remembered) of decks whose main file is gone are pruned whenever
an entry is written.

The folder also keeps the word list that generation and grading look words up in,
parsed (see ``trainer.engine.word_list_cache``).

Entries are written to a temporary file and renamed into place, so a reader never sees
half an entry. They hold only strings, tuples and a few diagnostic records, and are read
with an unpickler that refuses every other type, so an entry cannot make Python run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import trainer
from trainer import paths
from trainer.atomic_files import atomic_binary_output
from trainer.core.deck.content_hash import content_hash
from trainer.core.deck.includes import read_recorded_files
from trainer.core.gc_control import gc_paused
from trainer.core.model import Card, CompiledDeck, Diagnostic, Location, Severity
from trainer.store import CardRow, PreparedDeck, prepare_cards

if TYPE_CHECKING:
    # The compiler is slow to import: only a deck that must be compiled loads it.
    from trainer.core.compile import CompileMemo

CACHE_FOLDER = "decks"
ENTRY_SUFFIX = ".deck"
STEPS_SUFFIX = ".steps"
_MAGIC = b"trainer prepared deck\n"
_STEPS_MAGIC = b"trainer generation steps\n"
_FORMAT = 5
# Modules whose code decides what a deck compiles to and how its rows are encoded.
_PRODUCERS = ("core", "store")
_LIBRARIES = ("yaml", "rapidfuzz", "spellchecker")
# Remembered steps are written this many to a pickle (see `write_cache_file`).
_STEPS_PER_PART = 1000
_ALLOWED_TYPES = {
    ("trainer.store.prepared", "PreparedDeck"): PreparedDeck,
    ("trainer.core.model", "Diagnostic"): Diagnostic,
    ("trainer.core.model", "Location"): Location,
    ("trainer.core.model", "Severity"): Severity,
}
# What reading a damaged or foreign entry can raise; each just means "not cached".
UNREADABLE = (
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

        On a miss, only what changed since the deck was last compiled is done again (see
        `load_memo`). `refresh` compiles in any case, every file and step afresh (and
        replaces the entry).
        """
        if not refresh:
            cached = self.load(main)
            if cached is not None:
                return cached
        # Only now: the compiler is slow to import.
        from trainer.core.compile import CompileMemo, compile_deck_reusing, unchanged_since
        from trainer.core.memo_caches import clear_memo_caches
        from trainer.engine.word_list_cache import ready_word_list

        with contextlib.suppress(OSError):  # no cache folder: parsed when first needed
            ready_word_list(self._cache_folder())
        # `refresh` parses and runs everything again: a way out should the memo mislead.
        previous = CompileMemo() if refresh else self.load_memo(main)
        compiled, memo = compile_deck_reusing(main, previous)
        clear_memo_caches()  # what the compile looked up, no row is made from
        # Encoding every card costs more than reading back the rows of those unchanged.
        unchanged = unchanged_since(previous, memo)
        deck_hash_before = previous.deck_hash
        # Each of these holds the whole deck: each goes as soon as it has been used, so
        # that the rows are encoded and written in the room it leaves (at 100,000 cards,
        # the peak fell from 405 to 384 MB resident). The memo is saved before the rows:
        # should the entry then not be written, the memo's deck hash is not the entry's,
        # and the next compile takes none of the entry's rows.
        del previous
        self.save_memo(main, memo)
        del memo
        known = self._rows_compiled_before(main, deck_hash_before, unchanged)
        # The cards are handed over alone, and each freed as its row is made; where
        # each card was written (`origins`) is not needed to import it.
        cards: list[Card | None] = list(compiled.cards)
        shell = CompiledDeck(compiled.deck, (), compiled.warnings)
        del compiled
        prepared = prepare_cards(shell, cards, known)
        del shell, cards, known
        self.save(main, prepared)
        return prepared

    def load(self, main: Path) -> PreparedDeck | None:
        """The stored deck for `main` if every file it came from is unchanged, else None."""
        try:
            with self.entry_path(main).open("rb") as stream:
                header = cache_header(stream, _MAGIC)
                if not _header_matches(header, main):
                    return None
                _, _, _, files, expected_hash = header
                if _hash_of(files) != expected_hash:
                    return None
                with gc_paused():
                    prepared = SafeUnpickler(stream).load()
        except UNREADABLE:
            return None
        if (
            not isinstance(prepared, PreparedDeck)
            or prepared.content_hash != expected_hash
            or prepared.files != files
        ):
            return None
        return prepared

    def _rows_compiled_before(
        self, main: Path, deck_hash: str, card_ids: frozenset[str]
    ) -> dict[str, CardRow]:
        """The rows of `card_ids` in the entry for `main`, if that entry holds the deck
        whose content hash is `deck_hash` as this code compiled it; else none."""
        if not card_ids:
            return {}
        try:
            with self.entry_path(main).open("rb") as stream:
                header = cache_header(stream, _MAGIC)
                if not _header_matches(header, main) or header[4] != deck_hash:
                    return {}
                with gc_paused():
                    prepared = SafeUnpickler(stream).load()
        except UNREADABLE:
            return {}
        if not isinstance(prepared, PreparedDeck) or prepared.content_hash != deck_hash:
            return {}
        return {row[0]: row for row in prepared.cards if row[0] in card_ids}

    def is_current(self, main: Path) -> bool:
        """True when the entry for `main` would be used (`load` would give it), checked
        without reading the deck it holds."""
        try:
            with self.entry_path(main).open("rb") as stream:
                header = cache_header(stream, _MAGIC)
            _, _, _, files, expected_hash = header
            return _header_matches(header, main) and bool(_hash_of(files) == expected_hash)
        except UNREADABLE:
            return False

    def save(self, main: Path, prepared: PreparedDeck) -> None:
        """Store `prepared` as the entry for `main`; a cache that cannot be written is
        simply not used."""
        header = (_FORMAT, code_fingerprint(), str(main), prepared.files, prepared.content_hash)
        # Its rows are strings of their own, each written once anyway.
        write_cache_file(self.entry_path(main), _MAGIC, header, prepared, shares=False)
        self.prune()

    def load_memo(self, main: Path) -> CompileMemo:
        """What the last compile of the deck at `main` remembered (nothing if there is
        none, or if it was written by other code or is damaged)."""
        from trainer.core.answering.confusables import confusables_from_plain
        from trainer.core.compile import CompileMemo
        from trainer.core.generate.step_codec import memo_from_plain

        try:
            with self.entry_path(main).with_suffix(STEPS_SUFFIX).open("rb") as stream:
                header = cache_header(stream, _STEPS_MAGIC)
                if header != (_FORMAT, code_fingerprint(), str(main)):
                    return CompileMemo()
                with gc_paused():
                    # Plain tuples, strings and bytes only: this unpickler builds no other
                    # type (and the core unpacks each tree and file with one as strict).
                    body = SafeUnpickler(stream).load()
                    trees, files, confusables, reshaped, deck_hash, chunks = body
                    if (
                        type(trees) is not dict
                        or type(files) is not dict
                        or type(chunks) is not int
                        or type(deck_hash) is not str
                        or type(reshaped) is not tuple
                        or not all(type(card_id) is str for card_id in reshaped)
                    ):
                        raise TypeError("not a compile's memo")
                    steps = {}
                    for _ in range(chunks):
                        steps.update(memo_from_plain(SafeUnpickler(stream).load()))
                    found = confusables_from_plain(confusables)
                    return CompileMemo(steps, trees, found, frozenset(reshaped), deck_hash, files)
        except UNREADABLE:
            return CompileMemo()

    def save_memo(self, main: Path, memo: CompileMemo) -> None:
        """Remember `memo` for the deck at `main` (replacing what was remembered)."""
        from trainer.core.answering.confusables import confusables_to_plain
        from trainer.core.generate.step_codec import memo_to_plain

        header = (_FORMAT, code_fingerprint(), str(main))
        target = self.entry_path(main).with_suffix(STEPS_SUFFIX)
        steps = list(memo.steps.items())
        chunks = range(0, len(steps), _STEPS_PER_PART)
        body = (
            dict(memo.trees),
            dict(memo.files),
            confusables_to_plain(memo.confusables),
            tuple(sorted(memo.reshaped)),
            memo.deck_hash,
            len(chunks),
        )
        parts = (memo_to_plain(dict(steps[start : start + _STEPS_PER_PART])) for start in chunks)
        write_cache_file(target, _STEPS_MAGIC, header, body, parts)

    def prune(self) -> None:
        """Remove the entries and steps of decks whose main file no longer exists, and
        steps left without an entry."""
        try:
            folder = self._cache_folder()
            names = list(folder.iterdir())
        except OSError:
            return
        entries = {path.stem for path in names if path.suffix == ENTRY_SUFFIX}
        for path in names:
            if path.suffix == STEPS_SUFFIX and path.stem not in entries:
                path.unlink(missing_ok=True)
            elif path.suffix == ENTRY_SUFFIX and _main_file_gone(path):
                path.unlink(missing_ok=True)
                path.with_suffix(STEPS_SUFFIX).unlink(missing_ok=True)

    def _cache_folder(self) -> Path:
        return self._folder() if callable(self._folder) else self._folder

    def entry_path(self, main: Path) -> Path:
        """Where the entry for the deck whose main file is `main` lives."""
        folder = self._cache_folder()
        name = hashlib.blake2b(str(main).encode("utf-8"), digest_size=16).hexdigest()
        return folder / f"{name}{ENTRY_SUFFIX}"


@cache
def code_fingerprint() -> str:
    """A digest of trainer's version, Python's, and the size and modification time of
    every module that compiles decks or encodes their rows, and of the libraries whose
    output they keep: the YAML parser (parsed trees are remembered), the distance
    library and the word list's package (generation and confusables read them)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_FORMAT}\0{trainer.__version__}\0{sys.version}\0".encode())
    package = Path(trainer.__file__).resolve().parent
    for part in _PRODUCERS:
        for path in sorted((package / part).rglob("*.py")):
            status = path.stat()
            relative = path.relative_to(package).as_posix()
            digest.update(f"{relative}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    for library in _LIBRARIES:
        # Found, not imported: installing another version rewrites its files.
        spec = importlib.util.find_spec(library)
        origin = spec.origin if spec is not None else None
        if origin:
            found = os.stat(origin)
            origin = f"{origin}\0{found.st_size}\0{found.st_mtime_ns}"
        digest.update(f"{library}\0{origin}\0".encode())
    return digest.hexdigest()


def write_cache_file(
    target: Path,
    magic: bytes,
    header: object,
    body: object,
    parts: Iterable[object] = (),
    *,
    shares: bool = True,
) -> None:
    """Write an entry whole or not at all; a cache that cannot be written is not used.

    Pickle remembers every object it wrote until the end of a dump, so as to write an
    object met twice once; for a large deck that holds as much memory again as what is
    written. So each of `parts` (made as it is written) is pickled on its own after the
    body, and a body that `shares` no objects is written without remembering any.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_binary_output(target, durable=False) as stream:
            stream.write(magic)
            pickle.dump(header, stream, protocol=pickle.HIGHEST_PROTOCOL)
            pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.fast = not shares
            pickler.dump(body)
            for part in parts:
                pickle.dump(part, stream, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        return


def _main_file_gone(entry: Path) -> bool:
    """True when the entry names a main file that no longer exists; an entry that cannot
    be read is left to be replaced (or pruned once its deck is gone and it is rewritten)."""
    try:
        with entry.open("rb") as stream:
            header = cache_header(stream, _MAGIC)
    except UNREADABLE:
        return False
    if not (isinstance(header, tuple) and len(header) == 5 and isinstance(header[2], str)):
        return False
    return not os.path.lexists(header[2])


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


def cache_header(stream: BinaryIO, magic: bytes) -> Any:
    """The header of a cache file open at its start; ValueError (one of UNREADABLE) when
    the file is not of `magic`'s kind."""
    if stream.read(len(magic)) != magic:
        raise ValueError("not a cache file of this kind")
    return SafeUnpickler(stream).load()


class SafeUnpickler(pickle.Unpickler):
    """Builds only the few types an entry holds; anything else is refused."""

    def find_class(self, module: str, name: str) -> type:
        allowed = _ALLOWED_TYPES.get((module, name))
        if allowed is None:
            raise pickle.UnpicklingError(f"a deck cache entry may not hold {module}.{name}")
        return allowed

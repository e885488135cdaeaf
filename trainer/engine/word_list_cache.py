"""The word list kept in the deck cache's folder as four flat values (`SortedWordCounts`):
read back in a few milliseconds, where parsing it takes a tenth of a second or more and
even a table of its 160,000 entries read back whole takes 50-70 ms to build."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from trainer.core import lexicon
from trainer.core.lexicon import SortedWordCounts
from trainer.engine.deck_cache import UNREADABLE, SafeUnpickler, cache_header, write_cache_file

_FILE = "word-list.pickle"
# Another magic than the pickled table's of earlier versions: theirs is parsed again.
_MAGIC = b"trainer sorted word list\n"


def ready_word_list(folder: Path) -> None:
    """Give the core the word list kept in the cache `folder`, or parse it and keep it there.

    Grading and generation look words up in a list of 160,000 counts; parsing it takes a
    tenth of a second or more in each process that needs it, while a compile looks up a
    few hundred words. A kept copy that is damaged, foreign or of another word list is
    parsed again and replaced, never an error.
    """
    target = folder / _FILE
    if lexicon.word_list_in_use():
        # Parsed already by this process: kept for the next, should no copy be there yet.
        if not target.exists():
            _keep(target, lexicon.word_list_identity(), lexicon.word_list_table())
        return
    if use_kept_word_list(folder):
        return
    # The compact form is the one used from now on, as it is in every later process: the
    # parsed table of 160,000 entries (16 MB) is let go before the compile that needs
    # the list fills the memory it leaves.
    counts = _compact(lexicon.parsed_word_list())
    _keep(target, lexicon.word_list_identity(), counts)
    lexicon.use_word_list(counts)


def use_kept_word_list(folder: Path) -> bool:
    """Give the core the word list kept in `folder` if a current copy is there (True when
    it did); writes nothing. Without one, the core parses the list at its first lookup."""
    if lexicon.word_list_in_use():
        return False
    kept = _kept_counts(folder / _FILE, lexicon.word_list_identity())
    if kept is None:
        return False
    lexicon.use_word_list(kept)
    return True


def _compact(table: Mapping[str, int]) -> SortedWordCounts:
    return table if isinstance(table, SortedWordCounts) else SortedWordCounts.of(table)


def _keep(target: Path, identity: str, table: Mapping[str, int]) -> None:
    counts = _compact(table)
    write_cache_file(target, _MAGIC, (identity, len(counts)), counts.parts())


def _kept_counts(target: Path, identity: str) -> SortedWordCounts | None:
    try:
        with target.open("rb") as stream:
            header = cache_header(stream, _MAGIC)
            if not (isinstance(header, tuple) and len(header) == 2 and header[0] == identity):
                return None
            # A string and bytes only: this unpickler builds no other type.
            parts = SafeUnpickler(stream).load()
    except UNREADABLE:
        return None
    if not (
        type(parts) is tuple
        and [type(part) for part in parts] == [str, bytes, bytes, bytes]
        and len(parts[2]) == 8 * header[1]
    ):
        return None
    try:
        return SortedWordCounts(*parts)
    except ValueError:
        return None

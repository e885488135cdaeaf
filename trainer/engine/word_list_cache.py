"""The word list kept parsed in the deck cache's folder: read back in a third of its parse time."""

from __future__ import annotations

from pathlib import Path

from trainer.core import lexicon
from trainer.engine.deck_cache import UNREADABLE, SafeUnpickler, cache_header, write_cache_file

_FILE = "word-list.pickle"
_MAGIC = b"trainer word list\n"


def ready_word_list(folder: Path) -> None:
    """Give the core the word list kept in the cache `folder`, or parse it and keep it there.

    Grading and generation look words up in a list of 160,000 counts; parsing it takes a
    tenth of a second or more in each process that needs it. A kept copy that is damaged,
    foreign or of another word list is parsed again and replaced, never an error.
    """
    target = folder / _FILE
    if lexicon.word_list_in_use():
        # Parsed already by this process: kept for the next, should no copy be there yet.
        if not target.exists():
            _keep(target, lexicon.word_list_identity(), lexicon.word_list_table())
        return
    identity = lexicon.word_list_identity()
    table = _kept_table(target, identity)
    if table is None:
        table = lexicon.parsed_word_list()
        _keep(target, identity, table)
    lexicon.use_word_list(table)


def _keep(target: Path, identity: str, table: dict[str, int]) -> None:
    write_cache_file(target, _MAGIC, (identity, len(table)), table)


def _kept_table(target: Path, identity: str) -> dict[str, int] | None:
    try:
        with target.open("rb") as stream:
            header = cache_header(stream, _MAGIC)
            if not (isinstance(header, tuple) and len(header) == 2 and header[0] == identity):
                return None
            # Strings and numbers only: this unpickler builds no other type.
            table = SafeUnpickler(stream).load()
    except UNREADABLE:
        return None
    if type(table) is not dict or len(table) != header[1]:
        return None
    return table

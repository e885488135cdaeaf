"""Deck sources by kind: the registry of formats a deck can come from, YAML first.

`compile_source(path)` gives a CompiledDeck for any source: a `.yaml` deck is compiled
as it is; a bank (Anki package, GIFT, Aiken, Quizlet, CSV) is converted to YAML text
first and that text is compiled, so both paths end in the same deck model. The format
is told by the file's suffix; a file of another suffix (a `.txt`) by what it holds.

The engine asks this registry how to read every deck file it imports (`deck_format`),
so a format registered here (`register_format`) imports like a deck file. Importing this
module is cheap: each reader, and the deck compiler, is loaded only when a file is read,
since the app looks up the format of every bundled deck as it starts.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.records import record
from trainer.core.untrusted import on_one_line

if TYPE_CHECKING:
    from trainer.core.model import CompiledDeck
    from trainer.interop.bank import Bank
    from trainer.interop.deck_yaml import Converted


@record
class ReadOptions:
    """What a reader may need besides the file: Quizlet's separators, a CSV delimiter."""

    term_separator: str = "\t"
    card_separator: str = "\n"
    delimiter: str | None = None


# A reader: the file, its name as messages show it, and the options; it returns the bank.
Reader = Callable[[Path, str, ReadOptions], "Bank"]


@record
class SourceFormat:
    name: str
    suffixes: tuple[str, ...]
    description: str
    # None for YAML, which is compiled as it is.
    read: Reader | None = field(default=None, repr=False)

    @property
    def is_deck(self) -> bool:
        """True for a trainer deck (YAML), which is compiled without converting."""
        return self.read is None


def _read_anki(path: Path, shown: str, options: ReadOptions) -> Bank:
    from trainer.interop.anki_read import read_package

    return read_package(path, shown)


def _read_gift(path: Path, shown: str, options: ReadOptions) -> Bank:
    from trainer.interop.gift_parse import read_gift

    return read_gift(read_text(path, shown), shown)


def _read_aiken(path: Path, shown: str, options: ReadOptions) -> Bank:
    from trainer.interop.aiken import read_aiken

    return read_aiken(read_text(path, shown), shown)


def _read_quizlet(path: Path, shown: str, options: ReadOptions) -> Bank:
    from trainer.interop.quizlet import read_quizlet

    return read_quizlet(
        read_text(path, shown),
        shown,
        term_separator=options.term_separator,
        card_separator=options.card_separator,
    )


def _read_csv(path: Path, shown: str, options: ReadOptions) -> Bank:
    from trainer.interop.csv_table import read_csv

    return read_csv(read_text(path, shown), shown, delimiter=options.delimiter)


YAML = SourceFormat("yaml", (".yaml", ".yml"), "a trainer deck")
_REGISTRY: dict[str, SourceFormat] = {
    source.name: source
    for source in (
        YAML,
        SourceFormat("anki", (".apkg", ".colpkg"), "an Anki package", _read_anki),
        SourceFormat("gift", (".gift",), "Moodle GIFT", _read_gift),
        SourceFormat("aiken", (".aiken",), "Moodle Aiken", _read_aiken),
        SourceFormat("quizlet", (), "a Quizlet export", _read_quizlet),
        SourceFormat("csv", (".csv", ".tsv"), "a table with a header row", _read_csv),
    )
}

_ANKI_HEADER = re.compile(
    r"^#(separator|html|columns|notetype|deck|tags|guid column)\s*:", re.I | re.M
)
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*[A-Z]\s*$", re.I | re.M)
_GIFT_ANSWERS = re.compile(r"\{\s*(?:[=~#]|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\}|\})", re.I)


def register_format(source: SourceFormat) -> None:
    """Add a format (or replace the one of that name): its suffixes then import and
    convert like the built-in ones. YAML stays first, and stays the deck format."""
    if source.name == YAML.name or source.read is None:
        raise ValueError("only formats read into a question bank can be registered")
    _REGISTRY[source.name] = source


def formats() -> tuple[SourceFormat, ...]:
    """Every registered format, YAML first."""
    return tuple(_REGISTRY.values())


def format_named(name: str) -> SourceFormat:
    return _REGISTRY[name]


def convertible() -> tuple[str, ...]:
    """The names of the formats `convert` reads (all but YAML)."""
    return tuple(source.name for source in formats() if not source.is_deck)


def format_by_suffix(path: Path) -> SourceFormat | None:
    """The format registered for the file's suffix, or None."""
    suffix = path.suffix.lower()
    for source in _REGISTRY.values():
        if suffix in source.suffixes:
            return source
    return None


def deck_format(path: Path) -> SourceFormat:
    """How a deck import reads `path`: in the format registered for its suffix, else as
    a YAML deck (deck files have always been read so, whatever their name)."""
    return format_by_suffix(path) or YAML


def format_of(path: Path, *, named: str | None = None) -> SourceFormat:
    """The source's format: the one `named`, else by suffix, else by content."""
    if named is not None:
        return format_named(named)
    return format_by_suffix(path) or format_named(_guess_by_content(path))


def require_file(path: Path) -> None:
    """InteropError unless `path` is a regular file (never a FIFO or a device, which
    could block or never end)."""
    from trainer.core.deck.includes import unreadable_reason
    from trainer.interop.bank import InteropError

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InteropError(f"{on_one_line(path)}: not a regular file")
    except (OSError, ValueError) as error:
        raise InteropError(
            f"{on_one_line(path)}: cannot read: {unreadable_reason(error)}"
        ) from None


def _guess_by_content(path: Path) -> str:
    from trainer.interop.bank import InteropError
    from trainer.regular_files import open_regular

    try:
        # Not a bare open(): the file may have become a FIFO since require_file.
        with open_regular(path) as file:
            head = file.read(256 * 1024)
    except OSError as error:
        raise InteropError(f"{on_one_line(path)}: cannot read: {error.strerror or error}") from None
    if head.startswith(b"PK\x03\x04"):
        return "anki"
    text = head.decode("utf-8", errors="replace")
    if _ANKI_HEADER.search(text):
        return "csv"
    if _AIKEN_ANSWER.search(text):
        return "aiken"
    if _GIFT_ANSWERS.search(text):
        return "gift"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and sum("\t" in line for line in lines) >= max(1, len(lines) * 3 // 4):
        return "quizlet"
    raise InteropError(
        f"{on_one_line(path)}: cannot tell which format this is; name it with --from "
        f"({', '.join(convertible())})"
    )


def read_text(path: Path, shown: str) -> str:
    """A text source as text: UTF-8 (a byte-order mark allowed), line ends made `\\n`."""
    from trainer.core.deck.includes import MAX_FILE_BYTES, read_deck_file, unreadable_reason
    from trainer.interop.bank import InteropError, source_error

    try:
        data = read_deck_file(path)
    except (OSError, ValueError) as error:
        raise InteropError(f"{shown}: cannot read: {unreadable_reason(error)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InteropError(
            f"{shown}: refused: larger than {MAX_FILE_BYTES // 2**20} MiB, "
            "the most a deck file may hold"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise source_error(shown, line, column, "not UTF-8 text; save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bank(path: Path, *, named: str | None = None, options: ReadOptions | None = None) -> Bank:
    """The question bank a convertible source holds."""
    from trainer.interop.bank import InteropError

    require_file(path)
    source = format_of(path, named=named)
    if source.read is None:
        raise InteropError(
            f"{on_one_line(path)}: is already a deck ({source.description}); nothing to convert"
        )
    # Escaped once, here: every message and comment of every reader names the file so.
    return source.read(path, on_one_line(path), options or ReadOptions())


def convert(
    path: Path,
    *,
    named: str | None = None,
    name: str | None = None,
    deck_id: str | None = None,
    title: str | None = None,
    options: ReadOptions | None = None,
) -> Converted:
    """The source as a YAML deck that compiles, with every warning about what was lost."""
    from trainer.interop.deck_yaml import write_deck
    from trainer.interop.ids import slugify

    bank = read_bank(path, named=named, options=options)
    return write_deck(
        bank,
        name=name or str(path.with_suffix(".yaml")),
        deck_id=deck_id or slugify(path.stem) or "converted",
        title=title or bank.title or path.stem,
    )


def compile_source(path: str | Path, source: SourceFormat | None = None) -> CompiledDeck:
    """A CompiledDeck from any deck source (in `source`'s format if given, else told as
    `format_of` tells it): YAML as it is, a bank through its YAML."""
    given = Path(path)
    if source is None:
        require_file(given)
        source = format_of(given)
    if source.is_deck:
        from trainer.core.compile import compile_deck

        # The deck loader reads only regular files, and says why it cannot read one.
        return compile_deck(given)
    require_file(given)
    # Named as what it is: the lines a message gives are the converted deck's, which no
    # file holds ("deck.apkg.yaml:7:5" sent learners looking for one); `trainer convert`
    # writes it.
    return convert(given, named=source.name, name=f"{given} (as converted)").compiled

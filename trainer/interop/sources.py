"""Deck sources by kind: a YAML deck, or a bank in another format that converts to one.

`compile_source(path)` gives a CompiledDeck for any source: a `.yaml` deck is compiled
as it is; a bank (Anki package, GIFT, Aiken, Quizlet, CSV) is converted to YAML text
first and that text is compiled, so both paths end in the same deck model. The format
is told by the file's suffix; a `.txt` file is told by what it holds.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from trainer.core.compile import compile_deck
from trainer.core.deck.includes import read_deck_file, unreadable_reason
from trainer.core.deck.yaml_source import MAX_FILE_BYTES
from trainer.core.model import CompiledDeck
from trainer.interop.aiken import read_aiken
from trainer.interop.bank import Bank, InteropError, source_error
from trainer.interop.csv_table import read_csv
from trainer.interop.deck_yaml import Converted, write_deck
from trainer.interop.gift_parse import read_gift
from trainer.interop.ids import slugify
from trainer.interop.quizlet import read_quizlet


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What a reader may need besides the file: Quizlet's separators, a CSV delimiter."""

    term_separator: str = "\t"
    card_separator: str = "\n"
    delimiter: str | None = None


@dataclass(frozen=True, slots=True)
class SourceFormat:
    name: str
    suffixes: tuple[str, ...]
    description: str
    # None for YAML, which is compiled as it is.
    read: Callable[[Path, str, ReadOptions], Bank] | None = field(default=None, repr=False)


def _text_reader(
    parse: Callable[[str, str, ReadOptions], Bank],
) -> Callable[[Path, str, ReadOptions], Bank]:
    def read(path: Path, shown: str, options: ReadOptions) -> Bank:
        return parse(read_text(path, shown), shown, options)

    return read


def _read_anki(path: Path, shown: str, options: ReadOptions) -> Bank:
    from trainer.interop.anki_read import read_package

    return read_package(path, shown)


FORMATS: tuple[SourceFormat, ...] = (
    SourceFormat("yaml", (".yaml", ".yml"), "a trainer deck"),
    SourceFormat("anki", (".apkg", ".colpkg"), "an Anki package", _read_anki),
    SourceFormat("gift", (".gift",), "Moodle GIFT", _text_reader(lambda t, p, o: read_gift(t, p))),
    SourceFormat(
        "aiken", (".aiken",), "Moodle Aiken", _text_reader(lambda t, p, o: read_aiken(t, p))
    ),
    SourceFormat(
        "quizlet",
        (),
        "a Quizlet export",
        _text_reader(
            lambda t, p, o: read_quizlet(
                t, p, term_separator=o.term_separator, card_separator=o.card_separator
            )
        ),
    ),
    SourceFormat(
        "csv",
        (".csv", ".tsv"),
        "a table with a header row",
        _text_reader(lambda t, p, o: read_csv(t, p, delimiter=o.delimiter)),
    ),
)
BY_NAME = {source.name: source for source in FORMATS}
CONVERTIBLE = tuple(source.name for source in FORMATS if source.read is not None)

_ANKI_HEADER = re.compile(
    r"^#(separator|html|columns|notetype|deck|tags|guid column)\s*:", re.I | re.M
)
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*[A-Z]\s*$", re.I | re.M)
_GIFT_ANSWERS = re.compile(r"\{\s*(?:[=~#]|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\}|\})", re.I)


def format_of(path: Path, *, named: str | None = None) -> SourceFormat:
    """The source's format: the one `named`, else by suffix, else by content."""
    if named is not None:
        return BY_NAME[named]
    suffix = path.suffix.lower()
    for source in FORMATS:
        if suffix in source.suffixes:
            return source
    return BY_NAME[_guess_by_content(path)]


def require_file(path: Path) -> None:
    """InteropError unless `path` is a regular file (never a FIFO or a device, which
    could block or never end)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InteropError(f"{path}: not a regular file")
    except (OSError, ValueError) as error:
        raise InteropError(f"{path}: cannot read: {unreadable_reason(error)}") from None


def _guess_by_content(path: Path) -> str:
    try:
        with open(path, "rb") as file:
            head = file.read(256 * 1024)
    except OSError as error:
        raise InteropError(f"{path}: cannot read: {error.strerror or error}") from None
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
        f"{path}: cannot tell which format this is; name it with --from ({', '.join(CONVERTIBLE)})"
    )


def read_text(path: Path, shown: str) -> str:
    """A text source as text: UTF-8 (a byte-order mark allowed), line ends made `\\n`."""
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
    require_file(path)
    source = format_of(path, named=named)
    if source.read is None:
        raise InteropError(f"{path}: is already a deck ({source.description}); nothing to convert")
    return source.read(path, str(path), options or ReadOptions())


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
    bank = read_bank(path, named=named, options=options)
    return write_deck(
        bank,
        name=name or str(path.with_suffix(".yaml")),
        deck_id=deck_id or slugify(path.stem) or "converted",
        title=title or bank.title or path.stem,
    )


def compile_source(path: str | Path) -> CompiledDeck:
    """A CompiledDeck from any deck source: YAML as it is, a bank through its YAML."""
    given = Path(path)
    require_file(given)
    if format_of(given).read is None:
        return compile_deck(given)
    return convert(given, name=f"{given}.yaml").compiled

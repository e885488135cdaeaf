"""A source's file name, however hostile, cannot forge a line of output or reach the terminal raw.

A name may hold a newline (`x<newline>deck.gift:1:1: error: forged`), escapes or
bidirectional overrides. Every reader names the file in warnings, errors and the
converted deck's comments; each of those must stay one line, escaped.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from trainer.core.model import DeckError
from trainer.core.untrusted import first_forbidden
from trainer.interop.bank import InteropError
from trainer.interop.sources import convert

FORGED = "FORGED: error: injected"
HOSTILE = f"bank\n{FORGED}\x1b]0;title\x07\u202e"

SOURCES = {
    "gift": "A description only.\n\nWhat? {=yes ~no}\n",
    "aiken": "What?\nA. yes\nB. no\nANSWER: A\n",
    "csv": "question,answer,bogus\nWhat?,yes,1\n,empty,2\n",
}


def _lines(*texts: str) -> list[str]:
    return [line for text in texts for line in text.splitlines()]


def _assert_safe(lines: list[str]) -> None:
    for line in lines:
        assert not line.startswith("FORGED"), line
        assert first_forbidden(line) is None, line


@pytest.mark.parametrize("suffix", sorted(SOURCES))
def test_warnings_and_comments_of_a_text_bank_name_the_file_on_one_line(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"{HOSTILE}.{suffix}"
    path.write_text(SOURCES[suffix], encoding="utf-8")
    converted = convert(path)
    _assert_safe(_lines(*(str(note) for note in converted.notes), converted.yaml_text))


@pytest.mark.parametrize("suffix", sorted(SOURCES))
def test_a_bank_with_nothing_to_convert_names_the_file_on_one_line(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"{HOSTILE}.{suffix}"
    path.write_text("nothing\n" if suffix != "csv" else "question,answer\n,\n", encoding="utf-8")
    # A malformed bank is a `file:line:col: error:` (DeckError), an empty one InteropError.
    with pytest.raises((InteropError, DeckError)) as raised:
        convert(path, named=suffix)
    notes = getattr(raised.value, "notes", ())
    _assert_safe(_lines(str(raised.value), *(str(note) for note in notes)))


@pytest.mark.parametrize(
    "members",
    [
        {"collection.anki2": b"not a database"},
        {"meta": b"\x08\x09"},
        {"collection.anki21": b"SQLite format 3\x00" + b"\x00" * 100},
        {},
    ],
)
def test_every_refusal_of_a_package_names_it_on_one_line(
    tmp_path: Path, members: dict[str, bytes]
) -> None:
    path = tmp_path / f"{HOSTILE}.apkg"
    with zipfile.ZipFile(path, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    with pytest.raises(InteropError) as raised:
        convert(path)
    _assert_safe(_lines(str(raised.value)))
    assert "\\n" in str(raised.value)

"""Damaged Anki packages: a settings column of the wrong type, a member that will not unpack.

Each is one line naming the package and saying it is damaged, never a traceback: the
zip, lzma and bzip2 readers each fail in their own way, and a modern collection's
settings, meant to be blobs, may hold any SQLite value.
"""

from __future__ import annotations

import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest

from tests.support.refusals import refusal
from trainer.interop import anki_collection
from trainer.interop.sources import read_bank

_MODERN = (
    "CREATE TABLE col (id); CREATE TABLE notes (id, guid, mid, tags, flds);"
    "CREATE TABLE cards (id, nid, ord, did, queue); CREATE TABLE decks (id, name);"
    "CREATE TABLE notetypes (id, name, config); CREATE TABLE fields (ntid, ord, name);"
    "CREATE TABLE templates (ntid, ord, config);"
    "INSERT INTO fields VALUES (1, 0, 'Front'), (1, 1, 'Back');"
    "INSERT INTO notes VALUES (10, 'g', 1, '', 'Q?' || char(31) || 'A');"
    "INSERT INTO cards VALUES (100, 10, 0, 1, 0); INSERT INTO decks VALUES (1, 'Default');"
)


def modern_collection(tmp_path: Path, script: str) -> Path:
    """A package whose collection (in schema 18, as `collection.anki2`) runs `script`."""
    database = tmp_path / "made.sqlite"
    with sqlite3.connect(database) as conn:
        conn.executescript(_MODERN + script)
    conn.close()
    path = tmp_path / "deck.apkg"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", database.read_bytes())
    return path


@pytest.mark.parametrize(
    ("script", "whose"),
    [
        # bytes(2**62) would ask for 4 EiB; bytes(1000) would read as 1000 empty fields.
        (
            "INSERT INTO notetypes VALUES (1, 'Basic', 4611686018427387904);"
            "INSERT INTO templates VALUES (1, 0, x'');",
            "a note type's settings are int",
        ),
        (
            "INSERT INTO notetypes VALUES (1, 'Basic', x'');"
            "INSERT INTO templates VALUES (1, 0, 1000);",
            "a card template's settings are int",
        ),
        (
            "INSERT INTO notetypes VALUES (1, 'Basic', 2.5);"
            "INSERT INTO templates VALUES (1, 0, x'');",
            "a note type's settings are float",
        ),
    ],
)
def test_settings_that_are_no_blob_are_a_malformed_collection(
    tmp_path: Path, script: str, whose: str
) -> None:
    path = modern_collection(tmp_path, script)
    message = refusal(path)
    assert message.startswith(f"{path}: damaged package: its collection is malformed (")
    assert whose in message


def test_settings_that_are_blobs_are_read(tmp_path: Path) -> None:
    # The template: front "{{Front}}", back "{{Back}}" (protocol buffer fields 1 and 2).
    template = b"\x0a\x09{{Front}}\x12\x08{{Back}}".hex()
    path = modern_collection(
        tmp_path,
        f"INSERT INTO notetypes VALUES (1, 'Basic', x''); "
        f"INSERT INTO templates VALUES (1, 0, x'{template}');",
    )
    bank = read_bank(path)
    assert [(q.prompt, q.answer) for item in bank.items for q in item.questions] == [("Q?", "A")]


def damaged_member(tmp_path: Path, method: int) -> Path:
    """A package whose collection, packed by `method`, has bytes garbled inside its data."""
    path = tmp_path / "deck.apkg"
    with zipfile.ZipFile(path, "w", method) as out:
        out.writestr("collection.anki2", b"SQLite format 3\x00" + bytes(range(256)) * 64)
    data = bytearray(path.read_bytes())
    start = 30 + len("collection.anki2") + 10  # past the local header, into the data
    data[start : start + 40] = bytes(byte ^ 0x5A for byte in data[start : start + 40])
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2])
def test_a_member_whose_packed_data_is_garbled(tmp_path: Path, method: int) -> None:
    path = damaged_member(tmp_path, method)
    assert refusal(path).startswith(f"{path}: damaged package: cannot unpack 'collection.anki2' (")


def test_a_member_whose_own_header_names_it_in_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", b"SQLite format 3\x00")
    data = bytearray(path.read_bytes())
    # The local header (not the directory) flags its name UTF-8, and its first byte is not.
    data[7] |= 0x08
    data[30] = 0xFF
    path.write_bytes(bytes(data))
    assert refusal(path) == (
        f"{path}: damaged package: cannot unpack 'collection.anki2' (the name in its header "
        "is flagged UTF-8 but is not)"
    )


def stored_package(tmp_path: Path) -> tuple[Path, bytearray]:
    path = tmp_path / "deck.apkg"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", b"SQLite format 3\x00")
    return path, bytearray(path.read_bytes())


def test_a_directory_pointing_before_the_file_names_the_package(tmp_path: Path) -> None:
    path, data = stored_package(tmp_path)
    end = data.rfind(b"PK\x05\x06")
    # The directory said to start 100 bytes later: every member's offset moves back 100.
    (start,) = struct.unpack("<I", data[end + 16 : end + 20])
    data[end + 16 : end + 20] = struct.pack("<I", start + 100)
    path.write_bytes(bytes(data))
    assert refusal(path) == (
        f"{path}: damaged package: cannot unpack 'collection.anki2' (its directory points "
        "outside the file)"
    )


def test_a_member_whose_header_runs_past_the_end_says_why(tmp_path: Path) -> None:
    path, data = stored_package(tmp_path)
    data[28:30] = struct.pack("<H", 0xFFFF)  # its local header's extra field: 64 KiB
    path.write_bytes(bytes(data))
    assert refusal(path) == (
        f"{path}: damaged package: cannot unpack 'collection.anki2' (its data ends early)"
    )


def test_tags_count_toward_the_text_notes_may_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anki_collection, "MAX_NOTES_TEXT", 1024 * 1024)
    path = modern_collection(
        tmp_path,
        "INSERT INTO notetypes VALUES (1, 'Basic', x''); INSERT INTO templates VALUES (1, 0, x'');"
        "UPDATE notes SET tags = printf('%.*c', 2 * 1024 * 1024, 't');",
    )
    assert refusal(path) == f"{path}: refused: its notes hold 2 MiB of text, more than 1 MiB"

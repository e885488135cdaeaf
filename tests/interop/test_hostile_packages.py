"""Hostile and damaged Anki packages: one clear line each, nothing extracted, nothing written.

Zip bombs (declared or hidden sizes, zstd inside), path traversal names, too many
members, a collection that is no SQLite database, or one that lacks Anki's tables.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest
import zstandard

from tests.support.refusals import refusal
from trainer.interop import anki_collection, anki_read, archive
from trainer.interop.bank import InteropError
from trainer.interop.sources import read_bank


def package(tmp_path: Path, members: dict[str, bytes], name: str = "deck.apkg") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for member, data in members.items():
            out.writestr(member, data)
    return path


def sqlite_bytes(tmp_path: Path, script: str) -> bytes:
    database = tmp_path / "made.sqlite"
    database.unlink(missing_ok=True)
    with sqlite3.connect(database) as conn:
        conn.executescript(script)
    conn.close()
    return database.read_bytes()


def test_a_member_declared_too_big_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anki_read, "MAX_COLLECTION", 1024 * 1024)
    path = package(tmp_path, {"collection.anki2": bytes(2 * 1024 * 1024)})
    message = refusal(path)
    assert (
        "'collection.anki2' unpacks to more than 1 MiB (a damaged package or a zip bomb)" in message
    )


def test_a_member_that_lies_about_its_size_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anki_read, "MAX_COLLECTION", 1024 * 1024)
    path = package(tmp_path, {"collection.anki2": bytes(3 * 1024 * 1024)})
    data = bytearray(path.read_bytes())
    declared = struct.pack("<I", 3 * 1024 * 1024)
    # Make both the local header and the central directory claim 100 bytes.
    count = data.count(declared)
    assert count >= 2
    data = data.replace(declared, struct.pack("<I", 100))
    path.write_bytes(bytes(data))
    message = refusal(path)
    assert message.startswith(f"{path}: ")
    assert "damaged package" in message or "zip bomb" in message


def test_a_zstd_bomb_inside_a_modern_package_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anki_read, "MAX_COLLECTION", 1024 * 1024)
    # Opening as a database does, so that only its size gives it away.
    opening = b"SQLite format 3\x00"
    bomb = zstandard.ZstdCompressor().compress(opening + bytes(8 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    path = package(tmp_path, {"meta": b"\x08\x03", "collection.anki21b": bomb})
    assert "unpacks to more than 1 MiB" in refusal(path)


@pytest.mark.parametrize(
    "name", ["../../.bashrc", "/etc/passwd", "media/../../x", "C:\\evil.txt", "a\x1b]0;x"]
)
def test_a_member_with_an_unsafe_name_is_refused(tmp_path: Path, name: str) -> None:
    path = package(tmp_path, {"collection.anki2": b"", name: b"x"})
    message = refusal(path)
    assert "unsafe name" in message
    assert not (tmp_path.parent / ".bashrc").exists()


def test_too_many_members_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 10)
    path = package(tmp_path, {str(n): b"" for n in range(11)})
    assert "holds 11 files, more than 10" in refusal(path)


def test_a_collection_that_is_not_sqlite(tmp_path: Path) -> None:
    path = package(tmp_path, {"collection.anki2": b"this is not a database" * 100})
    message = refusal(path)
    assert message == f"{path}: damaged package: 'collection.anki2' is no SQLite database"


def test_a_bomb_of_zeros_is_refused_at_its_first_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[int] = []
    real_copy = archive.UnsafeArchive.copy_to

    def counting(self: archive.UnsafeArchive, *args: object, **kwargs: object) -> None:
        class Target(io.BytesIO):
            def write(self, data: object) -> int:
                written.append(len(data))  # type: ignore[arg-type]
                return super().write(data)  # type: ignore[arg-type]

        real_copy(self, args[0], Target(), *args[2:], **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(archive.UnsafeArchive, "copy_to", counting)
    path = package(tmp_path, {"collection.anki2": bytes(8 * 1024 * 1024)})
    assert "is no SQLite database" in refusal(path)
    assert written == []  # nothing unpacked to disk


def test_a_bomb_that_opens_as_a_database_is_refused_by_its_packing_ratio(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bomb.apkg"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
        out.open("collection.anki2", "w", force_zip64=True) as member,
    ):
        member.write(b"SQLite format 3\x00")
        for _ in range(80):
            member.write(bytes(1024 * 1024))
    assert "unpacks to more than 200 times its packed size (a zip bomb)" in refusal(path)


_ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"


@pytest.mark.parametrize("table", ["fields", "templates", "decks"])
def test_a_view_in_the_place_of_a_table_is_never_read(tmp_path: Path, table: str) -> None:
    tables = {"fields": "ntid, ord, name", "templates": "ntid, ord, config", "decks": "id, name"}
    script = "CREATE TABLE col (id, models, decks); CREATE TABLE notes (id, guid, mid, tags, flds);"
    script += "CREATE TABLE cards (id, nid, ord, did); CREATE TABLE notetypes (id, name, config);"
    for name, columns in tables.items():
        if name == table:
            select = ", ".join(f"n AS {column.strip()}" for column in columns.split(","))
            script += f"CREATE VIEW {name} AS {_ENDLESS} SELECT {select} FROM r;"
        else:
            script += f"CREATE TABLE {name} ({columns});"
    path = package(tmp_path, {"collection.anki2": sqlite_bytes(tmp_path, script)})
    assert refusal(path) == f"{path}: damaged package: its collection has no {table} table"


def test_a_table_that_computes_its_values_is_never_read(tmp_path: Path) -> None:
    script = "CREATE TABLE col (id, models, decks); CREATE TABLE cards (id, nid, ord, did);"
    script += (
        "CREATE TABLE notes (id, guid, mid, tags, n, flds AS (printf('%.*c', 900000000, 'x')));"
    )
    script += "INSERT INTO notes (id, guid, mid, tags, n) VALUES (1, 'g', 1, '', 'a');"
    path = package(tmp_path, {"collection.anki2": sqlite_bytes(tmp_path, script)})
    assert refusal(path) == f"{path}: refused: its collection's notes table computes its values"


def test_a_truncated_collection(tmp_path: Path) -> None:
    script = "CREATE TABLE col (x); CREATE TABLE notes (x); CREATE TABLE cards (x);"
    script += "INSERT INTO notes VALUES (zeroblob(100000));"
    data = sqlite_bytes(tmp_path, script)
    path = package(tmp_path, {"collection.anki2": data[: len(data) // 2]})
    assert "damaged package" in refusal(path)


def test_a_database_without_anki_tables(tmp_path: Path) -> None:
    data = sqlite_bytes(tmp_path, "CREATE TABLE other (x);")
    path = package(tmp_path, {"collection.anki2": data})
    assert refusal(path) == f"{path}: damaged package: its collection has no cards table"


def test_malformed_note_types(tmp_path: Path) -> None:
    script = (
        "CREATE TABLE col (models, decks); CREATE TABLE notes (id, guid, mid, tags, flds);"
        "CREATE TABLE cards (id, nid, ord, did);"
        "INSERT INTO col VALUES ('[1, 2]', '{}');"
    )
    path = package(tmp_path, {"collection.anki2": sqlite_bytes(tmp_path, script)})
    assert "damaged package: its collection is malformed" in refusal(path)


def test_a_file_that_is_not_a_zip_archive(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"PK\x03\x04 but nothing after")
    assert refusal(path).startswith(f"{path}: not a package")


def test_a_package_of_an_unknown_version(tmp_path: Path) -> None:
    path = package(tmp_path, {"meta": b"\x08\x63", "collection.anki21b": b""})
    assert "a package of version 99, made by a newer Anki" in refusal(path)


def test_unreadable_meta(tmp_path: Path) -> None:
    path = package(tmp_path, {"meta": b"\x08", "collection.anki21b": b""})
    assert "damaged package: its meta is unreadable" in refusal(path)


def test_a_modern_package_without_its_collection(tmp_path: Path) -> None:
    path = package(tmp_path, {"meta": b"\x08\x03", "collection.anki2": b""})
    assert refusal(path) == f"{path}: damaged package: it holds no collection.anki21b"


def test_damaged_zstd_content(tmp_path: Path) -> None:
    path = package(tmp_path, {"meta": b"\x08\x03", "collection.anki21b": b"\x28\xb5\x2f\xfd junk"})
    assert "damaged package: cannot unpack 'collection.anki21b'" in refusal(path)


def test_a_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "deck.apkg"
    os.mkfifo(fifo)
    assert refusal(fifo) == f"{fifo}: not a regular file"


def test_media_names_are_only_reported(tmp_path: Path, anki_packages: dict[str, Path]) -> None:
    # A media list naming files outside: reported as names, never written anywhere.
    with zipfile.ZipFile(anki_packages["anki21.apkg"]) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members["media"] = json.dumps({"0": "../../evil.sh", "1": "x\x1b[2J.jpg"}).encode()
    members["0"] = b"#!/bin/sh\n"
    members["1"] = b""
    path = package(tmp_path, members, name="media.apkg")
    before = sorted(os.listdir(tmp_path))
    bank = read_bank(path)
    assert any("../../evil.sh" in note.message for note in bank.notes)
    assert sorted(os.listdir(tmp_path)) == before


def test_archives_read_members_into_memory_only(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as out:
        out.writestr("a", b"abc")
    path = tmp_path / "a.zip"
    path.write_bytes(data.getvalue())
    with archive.open_archive(path) as opened:
        assert opened.read("a", 10) == b"abc"
        with pytest.raises(InteropError):
            opened.read("a", 2)


@pytest.mark.parametrize(
    ("models", "ordinal"),
    [
        # Note types nested past what the JSON parser follows.
        ("[" * 100_000 + "]" * 100_000, "0"),
        # A field's position that is no integer a float can hold.
        ('{"1": {"name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 1e999}]}}', "0"),
        # A card's ordinal stored as an infinite REAL.
        ("{}", "9e999"),
    ],
)
def test_numbers_and_nesting_past_any_limit_are_a_malformed_collection(
    tmp_path: Path, models: str, ordinal: str
) -> None:
    script = (
        "CREATE TABLE col (models, decks); CREATE TABLE notes (id, guid, mid, tags, flds);"
        "CREATE TABLE cards (id, nid, ord, did);"
        f"INSERT INTO col VALUES ('{models}', '{{}}');"
        "INSERT INTO notes VALUES (10, 'g', 1, '', 'Q?' || char(31) || 'A');"
        f"INSERT INTO cards VALUES (100, 10, {ordinal}, 1);"
    )
    path = package(tmp_path, {"collection.anki2": sqlite_bytes(tmp_path, script)})
    assert "damaged package: its collection is malformed" in refusal(path)


def test_a_zip_python_cannot_open_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", b"x")
    data = bytearray(path.read_bytes())
    directory = data.find(b"PK\x01\x02")
    # The version needed to extract: 14.8, which Python does not know.
    data[directory + 6 : directory + 8] = struct.pack("<H", 148)
    path.write_bytes(bytes(data))
    assert refusal(path).startswith(f"{path}: not a package")


def test_a_zip_whose_name_is_flagged_utf8_but_is_not_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    name = "collection.anki\xe9"  # not ASCII: written with the UTF-8 flag
    with zipfile.ZipFile(path, "w") as out:
        out.writestr(name, b"x")
    written = name.encode("utf-8")
    path.write_bytes(path.read_bytes().replace(written, written[:-2] + b"\xff\xfe"))
    assert refusal(path).startswith(f"{path}: not a package")


@pytest.mark.parametrize("made", ["anki21.apkg", "anki21b.apkg"])
def test_notes_of_too_much_text_are_refused_before_they_are_read(
    made: str, anki_packages: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small package may hold fields of hundreds of MiB, deflated: SQLite counts them.
    monkeypatch.setattr(anki_collection, "MAX_NOTES_TEXT", 16)
    message = refusal(anki_packages[made])
    assert message.endswith("MiB of text, more than 0 MiB")
    assert "refused: its notes hold" in message


@pytest.mark.parametrize("made", ["anki21.apkg", "anki21b.apkg"])
def test_a_note_of_too_many_fields_is_refused_before_they_are_split(
    made: str, anki_packages: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 30 million field separators in 32 MiB made as many empty strings (567 MB).
    monkeypatch.setattr(anki_collection, "MAX_FIELDS", 1)
    message = refusal(anki_packages[made])
    assert "damaged package: note" in message and "has more than 1 fields" in message


@pytest.mark.parametrize("made", ["anki21.apkg", "anki21b.apkg"])
def test_a_card_template_too_long_is_refused(
    made: str, anki_packages: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 40 MB template, read through for each of 2,000 notes, took a minute.
    monkeypatch.setattr(anki_collection, "MAX_TEMPLATE_CHARS", 4)
    message = refusal(anki_packages[made])
    assert "refused: note type" in message and "card template of more than 4 characters" in message

"""Tests of the change check: a deck's recorded files are read again safely, and capped."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from trainer.core.deck.content_hash import content_hash
from trainer.core.deck.includes import MAX_FILE_BYTES
from trainer.core.model import DeckDefaults
from trainer.engine import Engine
from trainer.engine.deck_sources import UndecodableDeckNameError, is_unchanged
from trainer.store import DeckRecord

MAIN = "id: d\ntitle: T\ninclude: [part.yaml]\n"
PART = "excerpts:\n  - {id: e, page: 1, text: t, questions: [{q: Q?, a: A}]}\n"


@pytest.fixture
def record(tmp_path: Path) -> DeckRecord:
    """A deck as imported from a main file and the file it includes."""
    folder = tmp_path / "deck"
    folder.mkdir()
    main, part = folder / "deck.yaml", folder / "part.yaml"
    main.write_text(MAIN)
    part.write_text(PART)
    files = [(str(main), MAIN.encode()), (str(part), PART.encode())]
    return DeckRecord(
        id="d",
        title="T",
        source_path=str(main),
        content_hash=content_hash(files),
        imported_at=datetime(2025, 1, 1),
        defaults=DeckDefaults(),
        exam_date=None,
        source_files=(str(main), str(part)),
    )


def bytes_read_by_this_process() -> int:
    """Bytes this process has read through system calls, whatever read them (Linux)."""
    if not Path("/proc/self/io").exists():
        pytest.skip("counting bytes read needs /proc/self/io")
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


# Reading /proc/self/io itself reads a little.
SLACK = 64 * 1024


def swap(record: DeckRecord, index: int) -> Path:
    """Remove one recorded file, to put something else in its place."""
    path = Path(record.source_files[index])
    path.unlink()
    return path


def test_files_with_the_same_bytes_are_unchanged(record: DeckRecord) -> None:
    assert is_unchanged(record)


def test_an_edited_file_is_changed(record: DeckRecord) -> None:
    Path(record.source_files[1]).write_text(PART + "# edited\n")
    assert not is_unchanged(record)


@pytest.mark.parametrize("index", [0, 1], ids=["main", "include"])
def test_a_file_swapped_for_a_link_to_dev_zero_is_changed_and_not_read(
    record: DeckRecord, index: int
) -> None:
    swap(record, index).symlink_to("/dev/zero")
    before = bytes_read_by_this_process()
    assert not is_unchanged(record)
    assert bytes_read_by_this_process() - before <= len(MAIN) + SLACK


def test_a_recorded_file_swapped_for_a_fifo_is_changed_without_waiting(
    record: DeckRecord,
) -> None:
    os.mkfifo(swap(record, 1))
    assert not is_unchanged(record)


def test_a_recorded_file_grown_huge_is_read_only_to_the_cap(record: DeckRecord) -> None:
    with swap(record, 1).open("wb") as stream:
        stream.truncate(8 * MAX_FILE_BYTES)  # sparse: costs no disk
    before = bytes_read_by_this_process()
    assert not is_unchanged(record)
    assert bytes_read_by_this_process() - before <= len(MAIN) + MAX_FILE_BYTES + 1 + SLACK


def test_an_include_swapped_for_a_link_out_of_the_folder_is_changed(
    record: DeckRecord, tmp_path: Path
) -> None:
    outside = tmp_path / "same.yaml"
    outside.write_text(PART)  # the very bytes recorded: only where it lies differs
    swap(record, 1).symlink_to(outside)
    assert not is_unchanged(record)


def test_a_missing_file_is_changed(record: DeckRecord) -> None:
    swap(record, 1)
    assert not is_unchanged(record)


def test_a_file_name_that_is_not_utf8_hashes_and_is_refused_by_name(tmp_path: Path) -> None:
    # Undecodable bytes in a name come back as lone surrogates ("\udcff"): the hash takes
    # them as the bytes they were, and the import refuses the name, which the collection
    # (UTF-8 text) could not record, with a message instead of a crash.
    name = os.fsdecode(b"deck-\xff.yaml")
    assert content_hash([(str(tmp_path / name), b"id: d\n")])
    path = tmp_path / name
    path.write_bytes((MAIN.replace("include: [part.yaml]\n", "") + PART).encode())
    environ = {"TRAINER_HOME": str(tmp_path / "home")}
    refused = pytest.raises(UndecodableDeckNameError, match=r"deck-\\udcff\.yaml: the file's name")
    with Engine.open(tmp_path / "c.sqlite", environ=environ, backup=False) as engine, refused:
        engine.import_deck(path)

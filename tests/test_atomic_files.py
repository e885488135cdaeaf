"""Tests for trainer.atomic_files: a file appears whole or not at all, never clobbered."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from trainer.atomic_files import atomic_output


class Failure(Exception):
    pass


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_file_appears_once_written(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    with atomic_output(target) as out:
        out.write("a,b\n")
        assert not target.exists()  # nothing there until the writing is done
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert leftovers(tmp_path) == ["log.csv"]


def test_a_failure_half_way_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    with pytest.raises(Failure), atomic_output(target) as out:
        out.write("half of it")
        raise Failure
    assert leftovers(tmp_path) == []


def test_a_failure_leaves_an_existing_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    target.write_text("the old export\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as out:
        out.write("new")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert leftovers(tmp_path) == ["log.csv"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    with atomic_output(target) as out:
        out.write("new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "new"


def test_a_link_is_followed_to_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with atomic_output(link) as out:
        out.write("new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_folder_is_refused_and_a_missing_folder_named(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError), atomic_output(tmp_path):
        pass
    missing = tmp_path / "nowhere" / "log.csv"
    with pytest.raises(FileNotFoundError) as caught, atomic_output(missing):
        pass
    assert caught.value.filename == str(missing)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_written_directly() -> None:
    with atomic_output("/dev/null") as out:
        out.write("gone")

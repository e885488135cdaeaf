"""Files someone named are read as regular files only, and never whole past a limit."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from trainer.core.deck.includes import RefusedFile
from trainer.regular_files import (
    LineTooLong,
    bounded_lines,
    open_regular,
    open_regular_text,
    read_regular,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


@needs_fifo
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "log.csv"
    os.mkfifo(fifo)
    with pytest.raises(RefusedFile, match="is a FIFO, not a regular file"):
        open_regular(fifo)
    with pytest.raises(RefusedFile, match="FIFO"):
        read_regular(fifo, 100)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_even_behind_a_link(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    link = tmp_path / "settings.toml"
    link.symlink_to(device)
    with pytest.raises(RefusedFile, match="character device"):
        read_regular(link, 100)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_regular(tmp_path, 100)


def test_a_file_past_the_limit_is_refused_and_one_at_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "theme.toml"
    path.write_bytes(b"x" * 10)
    assert read_regular(path, 10) == b"x" * 10
    with pytest.raises(RefusedFile, match="larger than"):
        read_regular(path, 9)


def test_text_keeps_its_line_ends_for_the_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b"\xef\xbb\xbfa,b\r\nc\rd\n")
    with open_regular_text(path, encoding="utf-8-sig") as handle:
        assert handle.read() == "a,b\r\nc\rd\n"


def test_bounded_lines_reads_lines_up_to_the_limit() -> None:
    lines = list(bounded_lines(io.StringIO("ab\ncd\r\nlast"), 4))
    assert lines == ["ab\n", "cd\r\n", "last"]


def test_a_line_past_the_limit_is_refused_with_its_number() -> None:
    text = io.StringIO("short\n" + "x" * 1000 + "\nnever read\n")
    lines = bounded_lines(text, 100)
    assert next(lines) == "short\n"
    with pytest.raises(LineTooLong) as raised:
        next(lines)
    assert raised.value.line == 2
    # Only a little past the limit was read, not the whole line.
    assert text.tell() <= len("short\n") + 101
